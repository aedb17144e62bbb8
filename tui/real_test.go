package tui

import (
	"errors"
	"sort"
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

// VersionedClassifierRules builds the rules as the store does: the profile
// values, sorted, are the association's own texts. The rules never change:
// the version stays 0 (TestRulesFreshness uses a real store).
func (l *memLibrary) VersionedClassifierRules() (store.CheckRules, uint64, error) {
	texts := make([]string, 0, len(l.profile))
	for _, v := range l.profile {
		texts = append(texts, v)
	}
	sort.Strings(texts)
	return store.CheckRules{Allow: l.rules.Allow, Deny: l.rules.Deny, Profile: texts}, 0, nil
}

func (l *memLibrary) RulesVersion() (uint64, error) { return 0, nil }

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
	d.Tick = newFakeClock().tick
	h := &harness{t: t, m: New(d)}
	h.send(teaSize(80, 24))
	h.openFirst().typeText("répondre à jeanne.martin@gmail.com").keys("ctrl+y")
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

// failingLibrary fails on one method, to check the messages.
type failingLibrary struct {
	memLibrary
	fail string
}

var errDisk = errors.New("disque illisible")

func (l *failingLibrary) List(all bool) ([]library.Template, error) {
	if l.fail == "list" {
		return nil, errDisk
	}
	return l.memLibrary.List(all)
}

func (l *failingLibrary) Profile() (store.Profile, error) {
	if l.fail == "profile" {
		return nil, errDisk
	}
	return l.memLibrary.Profile()
}

func (l *failingLibrary) VersionedClassifierRules() (store.CheckRules, uint64, error) {
	if l.fail == "rules" {
		return store.CheckRules{}, 0, errDisk
	}
	return l.memLibrary.VersionedClassifierRules()
}

func (l *failingLibrary) RecordEvent(store.Event) error { return errDisk }

func TestDepsErrors(t *testing.T) {
	cases := map[string]string{
		"list":    "lecture des modèles impossible : disque illisible",
		"profile": "lecture du profil impossible : disque illisible",
		"rules":   "lecture des règles impossible : disque illisible",
	}
	for fail, want := range cases {
		_, err := depsFrom(&failingLibrary{fail: fail})
		if err == nil || err.Error() != want || !errors.Is(err, errDisk) {
			t.Errorf("%s: error %v, want %q wrapping errDisk", fail, err, want)
		}
	}
}

// TestRecordErrorIsShown: an event that cannot be written is said in the
// footer; the copy itself went through.
func TestRecordErrorIsShown(t *testing.T) {
	d, err := depsFrom(&failingLibrary{memLibrary: memLibrary{ts: testTemplates()}})
	if err != nil {
		t.Fatal(err)
	}
	clip := &fakeClipboard{}
	d.Clipboard = clip
	h := &harness{t: t, m: New(d)}
	h.send(teaSize(80, 24))
	h.keys("/").typeText("planning").keys("enter", "ctrl+y")
	h.mustSee("Vérifié et copié", "statistique non enregistrée : disque illisible")
	if clip.get() == "" {
		t.Fatal("nothing copied")
	}
}
