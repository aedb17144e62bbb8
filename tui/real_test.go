package tui

import (
	"strings"
	"testing"

	"tamis/library"
	"tamis/store"
)

// memLibrary is an in-memory Library, to run the real classifier without
// a database.
type memLibrary struct {
	ts      []library.Template
	profile store.Profile
	rules   store.Rules
	events  []store.Event
}

func (l *memLibrary) List(bool) ([]library.Template, error) { return l.ts, nil }
func (l *memLibrary) Profile() (store.Profile, error)       { return l.profile, nil }
func (l *memLibrary) Rules() (store.Rules, error)           { return l.rules, nil }
func (l *memLibrary) RecordEvent(e store.Event) error {
	l.events = append(l.events, e)
	return nil
}

// TestRealClassifierFlow runs the real classifier: a personal e-mail is
// blocked, anonymised, copied without it, and restored in the AI's answer.
func TestRealClassifierFlow(t *testing.T) {
	lib := &memLibrary{ts: testTemplates(), profile: store.Profile{"Nom asso": "Les Amis du Quartier"}}
	d, err := depsFrom(lib)
	if err != nil {
		t.Fatal(err)
	}
	clip := &fakeClipboard{}
	d.Clipboard = clip
	h := &harness{t: t, m: New(d)}
	h.send(teaSize(80, 24))
	h.openFirst().keys("tab", "tab").typeText("répondre à jeanne.martin@gmail.com").keys("ctrl+y")
	if h.m.verdict.mode != modeBlocked || clip.get() != "" {
		t.Fatalf("mode %d clipboard %q\n%s", h.m.verdict.mode, clip.get(), h.view())
	}
	h.keys("a")
	got := clip.get()
	if got == "" || strings.Contains(got, "jeanne.martin") {
		t.Fatalf("anonymised copy %q\n%s", got, h.view())
	}
	code := ""
	for _, w := range strings.Fields(got) {
		if strings.Contains(w, "@") {
			code = strings.TrimRight(w, ".,")
		}
	}
	h.keys("r").typeText("Écrivez à " + code + " demain.").keys("ctrl+y")
	if want := "Écrivez à jeanne.martin@gmail.com demain."; clip.get() != want {
		t.Fatalf("restored %q, want %q", clip.get(), want)
	}
	var actions []string
	for _, e := range lib.events {
		actions = append(actions, e.Action)
	}
	if strings.Join(actions, ",") != "refused,anonymised" {
		t.Fatalf("actions %v", actions)
	}
}
