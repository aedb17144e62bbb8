package tui

import (
	"strings"
	"testing"

	"tamis/library"
	"tamis/library/classify"
)

// TestWiderFindingShownOnItsField: a value whose badge says public is
// blocked once read with the template's words around it. The verdict says
// so on its line, the form says it on the field when the volunteer goes
// back, and the note goes as soon as a value changes.
func TestWiderFindingShownOnItsField(t *testing.T) {
	env := newTestEnv()
	env.deps.Templates = []library.Template{annonceTemplate()}
	env.deps.Checker = spanChecker{pattern: "l'atelier vélo du trésorier", flag: "trésorier",
		f: classify.Finding{Rule: "name", Category: classify.Personal, Verdict: classify.Blocked, Reason: "nom d’une personne"}}
	h := &harness{t: t, m: New(env.deps), env: env}
	h.send(teaSize(100, 30))
	h.keys("enter").typeText("vélo du trésorier").keys("tab").typeText("mardi")
	if h.m.fill.fields[0].level() != levelPublic {
		t.Fatal("the rule must not fire on the value alone")
	}
	h.keys("ctrl+y")
	if h.m.verdict.mode != modeBlocked {
		t.Fatalf("not blocked:\n%s", h.view())
	}
	h.mustSee("[atelier], lu avec le texte qui l’entoure")
	h.keys("esc")
	h.mustSee("✗ bloqué dans le prompt complet : nom d’une personne : « trésorier »")
	if h.m.fill.fields[1].wider != "" {
		t.Fatalf("the other field was not blocked: %q", h.m.fill.fields[1].wider)
	}
	h.typeText("x")
	if strings.Contains(h.view(), "bloqué dans le prompt complet") {
		t.Fatalf("the note outlived the change:\n%s", h.view())
	}
}

// TestWiderNoteForCombination: with the real classifier, a doubt in one
// field that the template's words make a described person with a health
// fact: both fields of the combination say it when the volunteer is back.
func TestWiderNoteForCombination(t *testing.T) {
	tp := library.Template{ID: "PROMPT-901", Title: "Mot", Status: library.StatusValidated,
		Context:   "Notre association rend visite aux adhérents.",
		Prompt:    "Rédige un mot gentil pour [qui], qui est hospitalisé depuis [quand].",
		Variables: []library.Variable{{Name: "qui", Help: "qui"}, {Name: "quand", Help: "quand"}}}
	h := realHarness(t, tp).keys("enter").typeText("notre trésorier").keys("tab").typeText("mardi")
	if lvl := h.m.fill.fields[0].level(); lvl == levelPersonal || lvl == levelSensitive {
		t.Fatalf("badge %q: the case needs a value not blocked alone", lvl.word())
	}
	h.keys("ctrl+y")
	if h.m.verdict.mode != modeBlocked {
		t.Fatalf("not blocked:\n%s", h.view())
	}
	h.keys("esc")
	for i, f := range h.m.fill.fields {
		if !strings.HasPrefix(f.wider, "bloqué dans le prompt complet : ") {
			t.Errorf("field %d note %q", i, f.wider)
		}
	}
}
