package store

import (
	"errors"
	"testing"
)

func TestCharterAndPassphrase(t *testing.T) {
	s := newStore(t, nil)
	steps := []struct {
		charter, hash string
	}{
		{"Jamais de données personnelles dans une IA publique.", "$argon2id$v=19$m=65536,t=3,p=2$c2FsdA$aGFzaA"},
		{"", ""},
	}
	for _, st := range steps {
		if err := s.SetCharter(st.charter); err != nil {
			t.Fatal(err)
		}
		if err := s.SetPassphraseHash(st.hash); err != nil {
			t.Fatal(err)
		}
		c, err := s.Charter()
		if err != nil || c != st.charter {
			t.Errorf("Charter = %q, %v; want %q", c, err, st.charter)
		}
		h, err := s.PassphraseHash()
		if err != nil || h != st.hash {
			t.Errorf("PassphraseHash = %q, %v; want %q", h, err, st.hash)
		}
	}
	for _, clear := range []string{"motdepasse", "$ pas un hachage"} {
		if err := s.SetPassphraseHash(clear); !errors.Is(err, ErrNotHashed) {
			t.Errorf("SetPassphraseHash(%q): err = %v, want ErrNotHashed", clear, err)
		}
	}
}
