package store

import (
	"errors"
	"reflect"
	"testing"
)

// ForFill reads in one transaction what Get, Profile and ClassifierRules
// read in three, and gives the same answers.
func TestForFillMatchesSeparateReads(t *testing.T) {
	s := newStore(t, seedFS())
	if err := s.SetProfile(Profile{"Nom asso": "Les Amis du Quartier", "année": "2010"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRules(Rules{Allow: []string{"contact@amis.fr"}, Deny: []string{"Projet Horizon"}}); err != nil {
		t.Fatal(err)
	}
	d, err := s.ForFill("PROMPT-001")
	if err != nil {
		t.Fatal(err)
	}
	tmpl, _ := s.Get("PROMPT-001")
	p, _ := s.Profile()
	cr, _ := s.ClassifierRules()
	if !reflect.DeepEqual(d.Template, tmpl) || !reflect.DeepEqual(d.Profile, p) || !reflect.DeepEqual(d.Rules, cr) {
		t.Fatalf("ForFill = %+v\nwant %+v, %v, %+v", d, tmpl, p, cr)
	}
	if len(cr.Profile) != 2 || cr.Deny[0] != "Projet Horizon" {
		t.Fatalf("classifier rules %+v", cr)
	}
	for _, id := range []string{"PROMPT-404", "pas un id"} {
		if _, err := s.ForFill(id); !errors.Is(err, ErrNotFound) {
			t.Errorf("ForFill(%q) = %v, want ErrNotFound", id, err)
		}
	}
}

// BenchmarkFillReads compares what fill reads in one transaction with the
// three separate reads (four opens of the file) it used to make.
func BenchmarkFillReads(b *testing.B) {
	s := newStore(b, seedFS())
	if err := s.SetProfile(Profile{"Nom asso": "Les Amis du Quartier"}); err != nil {
		b.Fatal(err)
	}
	b.Run("ForFill", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.ForFill("PROMPT-001"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Get+Profile+ClassifierRules", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Get("PROMPT-001"); err != nil {
				b.Fatal(err)
			}
			if _, err := s.Profile(); err != nil {
				b.Fatal(err)
			}
			if _, err := s.ClassifierRules(); err != nil {
				b.Fatal(err)
			}
		}
	})
}
