package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/library"
)

// typedEnv gives env one template whose [date] is of type date and
// [contact] of type « e-mail de l'association ».
func typedEnv(env *testEnv) {
	env.deps.Profile = map[string]string{"contact": "contact_accueil@amisduquartier.fr"}
	env.deps.Templates = []library.Template{{
		ID: "PROMPT-001", Title: "Annonce", Status: library.StatusValidated,
		Context: "Nous animons des ateliers ouverts à tous.",
		Prompt:  "Annonce l'atelier du [date], inscriptions à [contact].",
		Variables: []library.Variable{
			{Name: "date", Help: "date de l'atelier", Kind: library.KindDate},
			{Name: "contact", Help: "e-mail d'inscription", Kind: library.KindAssocEmail},
		},
	}}
}

// typedHarness opens a form whose [date] is of type date and [contact] of
// type « e-mail de l'association ».
func typedHarness(t *testing.T) *harness {
	t.Helper()
	env := newTestEnv()
	typedEnv(env)
	h := &harness{t: t, m: New(env.deps), env: env}
	h.run(h.m.Init(), 0)
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	return h.keys("enter")
}

// A value that misfits its kind is refused before any classification: the
// badge says what is expected, the check goes back to the field, nothing is
// copied; a value that fits is classified and copied as usual.
func TestMisfitKindRefusedBeforeClassification(t *testing.T) {
	h := typedHarness(t)
	if h.m.fill.fields[1].misfit != "" || h.m.fill.fields[1].value() != "contact_accueil@amisduquartier.fr" {
		t.Fatalf("the profile's contact should fit: %+v", h.m.fill.fields[1])
	}
	h.typeText("Mme Dupont, diabétique")
	f := h.m.fill.fields[0]
	if f.misfit == "" || len(f.result.Findings) != 0 {
		t.Fatalf("misfit %q, findings %v: want refused and not classified", f.misfit, f.result.Findings)
	}
	h.mustSee("✗ date attendue", "✗ une date est attendue")
	h.keys("ctrl+y")
	if h.m.state != stateFill || h.env.clip.get() != "" || h.m.fill.focus != 0 || len(h.env.rec.all()) != 0 {
		t.Fatalf("state %d, focus %d, clipboard %q, events %v", h.m.state, h.m.fill.focus, h.env.clip.get(), h.env.rec.all())
	}
	h.mustSee("[date] : une date est attendue")
	h.keys("ctrl+u")
	h.typeText("samedi 14 juin").keys("ctrl+y")
	// The prompt reached the check.
	if h.m.state != stateVerdict || !strings.Contains(h.m.verdict.text, "samedi 14 juin") {
		t.Fatalf("state %d, text %q", h.m.state, h.m.verdict.text)
	}
}

func TestMisfitAssociationEmail(t *testing.T) {
	h := typedHarness(t).typeText("14/06/2026").keys("tab", "ctrl+u").typeText("marie.dupont@gmail.com")
	if h.m.fill.fields[1].misfit == "" {
		t.Fatal("a personal address passed as the association's")
	}
	h.mustSee("✗ e-mail de l'association attendu")
}

// The form with a value that misfits its type, after ctrl+y: the badge
// says what is expected, the reason is below, the notice names the field.
func TestScreenFillMisfit(t *testing.T) {
	eachSize(t, typedEnv, func(s *screenTest) {
		s.waitFor("PROMPT-001").keys("enter").waitFor("▸ date").typeText("Mme Dupont, diabétique").
			keys("ctrl+y").waitFor("[date] : une date").golden()
	})
}
