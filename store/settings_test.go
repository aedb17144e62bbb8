package store

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestProfileReplacesWhole(t *testing.T) {
	s := newStore(t, nil)
	if p, err := s.Profile(); err != nil || len(p) != 0 {
		t.Fatalf("new profile %v, %v", p, err)
	}
	first := Profile{"Nom asso": "Les Amis du Quartier", "année": "2010", "mission": "créer du lien"}
	second := Profile{"Nom asso": "Les Amis du Quartier", "territoire": "Lyon 7e"}
	for _, want := range []Profile{first, second} {
		if err := s.SetProfile(want); err != nil {
			t.Fatal(err)
		}
		got, err := s.Profile()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Profile = %v, want %v", got, want)
		}
	}
	if err := s.SetProfile(Profile{"": "x"}); !errors.Is(err, ErrEmptyName) {
		t.Errorf("err = %v, want ErrEmptyName", err)
	}
}

func TestRulesRoundTrip(t *testing.T) {
	s := newStore(t, nil)
	if r, err := s.Rules(); err != nil || r.Allow != nil || r.Deny != nil {
		t.Fatalf("new rules %+v, %v", r, err)
	}
	want := Rules{Allow: []string{"Les Amis du Quartier", "contact@amis.fr"}, Deny: []string{"Projet Horizon"}}
	if err := s.SetRules(want); err != nil {
		t.Fatal(err)
	}
	got, err := s.Rules()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Rules = %+v, want %+v", got, want)
	}
}

func TestEvents(t *testing.T) {
	s := newStore(t, nil)
	at := time.Date(2026, 3, 12, 14, 0, 0, 0, time.UTC)
	want := []Event{
		{Time: at, TemplateID: "PROMPT-001", Verdict: "ok", Action: "copied"},
		{Time: at.Add(time.Minute), TemplateID: "PROMPT-002", Verdict: "blocked", Rules: []string{"phone", "email"}, Action: "cancelled"},
	}
	for _, e := range want {
		if err := s.RecordEvent(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.RecordEvent(Event{TemplateID: "PROMPT-003", Verdict: "doubt", Action: "anonymized"}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Events()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || !reflect.DeepEqual(got[:2], want) || got[2].Time.IsZero() {
		t.Errorf("Events = %+v", got)
	}
}

func TestRecordEventRefusesTypedText(t *testing.T) {
	s := newStore(t, nil)
	tests := map[string]Event{
		"name in action":  {TemplateID: "PROMPT-001", Verdict: "ok", Action: "Jean Dupont"},
		"text in rule":    {TemplateID: "PROMPT-001", Verdict: "blocked", Rules: []string{"Mme X est diabétique"}},
		"newline":         {TemplateID: "PROMPT-001\n", Verdict: "ok"},
		"long identifier": {TemplateID: "PROMPT-001", Verdict: strings.Repeat("a", 65)},
	}
	for name, e := range tests {
		if err := s.RecordEvent(e); !errors.Is(err, ErrEventText) {
			t.Errorf("%s: err = %v, want ErrEventText", name, err)
		}
	}
	if got, _ := s.Events(); len(got) != 0 {
		t.Errorf("refused events were recorded: %v", got)
	}
}
