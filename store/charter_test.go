package store

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
)

var day = time.Date(2026, 11, 30, 15, 4, 0, 0, time.UTC)

func TestCharterVersionCountsChanges(t *testing.T) {
	s := newStore(t, nil)
	if v, _ := s.CharterVersion(); v != 1 {
		t.Fatalf("new database at version %d", v)
	}
	for _, text := range []string{"# Charte A", "# Charte A", "# Charte B"} {
		if err := s.SetCharter(text); err != nil {
			t.Fatal(err)
		}
	}
	if v, _ := s.CharterVersion(); v != 3 {
		t.Errorf("version %d after two different texts, want 3 (the same text twice is no new version)", v)
	}
	if c, _ := s.Charter(); c != "# Charte B" {
		t.Errorf("charter %q", c)
	}
}

func TestSignEraseAndOlderVersions(t *testing.T) {
	s := newStore(t, nil)
	for _, name := range []string{"Awa", "J.-P. M.", "Noé"} {
		if _, err := s.Sign(name, day); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	if err := s.SetCharter("# Nouvelle charte"); err != nil {
		t.Fatal(err)
	}
	sig, err := s.Sign("  awa ", day.AddDate(0, 0, 1))
	if err != nil || sig.Version != 2 || sig.Name != "awa" {
		t.Fatalf("re-sign %+v %v", sig, err)
	}
	list, _ := s.Signatures()
	if len(list) != 3 || list[0].Name != "J.-P. M." || list[0].Version != 1 || list[2].Version != 2 {
		t.Errorf("register %+v", list)
	}
	if err := s.EraseSignature("noé"); err != nil {
		t.Fatal(err)
	}
	if err := s.EraseSignature("Noé"); !errors.Is(err, ErrNoSignature) {
		t.Errorf("erasing twice: %v", err)
	}
	list, _ = s.Signatures()
	if len(list) != 2 {
		t.Errorf("after erasing: %+v", list)
	}
	ev, _ := s.Events()
	if len(ev) != 4 || ev[0].Action != ActionCharterSigned || ev[0].TemplateID != "" {
		t.Errorf("events %+v", ev)
	}
}

func TestSignRefusesWhatIsNotAName(t *testing.T) {
	s := newStore(t, nil)
	for _, bad := range []string{"", "   ", "Awa 06 12", "a@b.fr", strings.Repeat("a", 41), "Awa2", "<b>"} {
		if _, err := s.Sign(bad, day); !errors.Is(err, ErrSignerName) {
			t.Errorf("Sign(%q) = %v", bad, err)
		}
	}
	if list, _ := s.Signatures(); len(list) != 0 {
		t.Errorf("refused names were kept: %+v", list)
	}
}

func TestWriteSignaturesCSV(t *testing.T) {
	var b bytes.Buffer
	list := []Signature{{"Awa", day, 1}, {"=cmd", day, 2}, {"Lou, N.", day, 2}}
	if err := WriteSignaturesCSV(&b, list, 2); err != nil {
		t.Fatal(err)
	}
	want := "prénom ou initiales,date,version,version actuelle\n" +
		"Awa,2026-11-30,1,non\n'=cmd,2026-11-30,2,oui\n\"Lou, N.\",2026-11-30,2,oui\n"
	if b.String() != want {
		t.Errorf("CSV\n%s\nwant\n%s", b.String(), want)
	}
}
