package tui

import (
	"strings"
	"testing"
)

// TestValuesKeptAcrossReopen: esc goes back to the list without losing
// anything; reopening the template brings the values back.
func TestValuesKeptAcrossReopen(t *testing.T) {
	h := newHarness(t, 80, 24).openFirst().typeText("un long texte collé").keys("esc")
	if h.m.state != stateBrowse {
		t.Fatalf("esc from the form: state %d", h.m.state)
	}
	h.keys("esc") // the filter
	h.openFirst()
	if got := h.m.fill.fields[2].value(); got != "un long texte collé" {
		t.Fatalf("mission after reopening = %q", got)
	}
	if h.m.fill.focus != 0 { // nothing left empty: the first field
		t.Fatalf("focus %d", h.m.fill.focus)
	}
}

// TestEscOnResultsGoesBackToTheForm: two esc from a result screen land on
// the list with the values still there.
func TestEscOnResultsGoesBackToTheForm(t *testing.T) {
	for name, text := range map[string]string{"blocked": "écrire à jean@exemple.fr", "doubt": "la trésorière", "copied": safeMission} {
		h := newHarness(t, 80, 24).openFirst().typeText(text).keys("ctrl+y", "esc")
		if h.m.state != stateFill || h.m.fill.fields[2].value() != text {
			t.Fatalf("%s: esc gave state %d value %q", name, h.m.state, h.m.fill.fields[2].value())
		}
		h.keys("esc", "esc").openFirst()
		if h.m.fill.fields[2].value() != text {
			t.Fatalf("%s: value lost: %q", name, h.m.fill.fields[2].value())
		}
	}
}

// TestClearValuesKey: ctrl+l empties the form back to the profile and the
// defaults, and the reopened form is empty too.
func TestClearValuesKey(t *testing.T) {
	h := newHarness(t, 80, 24).openFirst().typeText("texte").keys("ctrl+l")
	if got := h.m.fill.fields[2].value(); got != "" {
		t.Fatalf("mission after ctrl+l = %q", got)
	}
	if got := h.m.fill.fields[0].value(); got != "Les Amis du Quartier" {
		t.Fatalf("profile value after ctrl+l = %q", got)
	}
	h.mustSee("Valeurs effacées")
	h.keys("esc", "esc").openFirst()
	if got := h.m.fill.fields[2].value(); got != "" || h.m.fill.focus != 2 {
		t.Fatalf("reopened with %q, focus %d", got, h.m.fill.focus)
	}
	if h.keys("esc", "esc", "q"); !h.quit {
		t.Fatal("cleared values still asked a question")
	}
}

func TestFocusOnFirstEmptyField(t *testing.T) {
	h := newHarness(t, 80, 24).openFirst()
	if h.m.fill.focus != 2 {
		t.Fatalf("focus %d, want 2 (mission: name and year come pre-filled)", h.m.fill.focus)
	}
	h.typeText("x")
	if got := h.m.fill.fields[0].value(); got != "Les Amis du Quartier" {
		t.Fatalf("typing appended to the profile value: %q", got)
	}
}

// TestQuitAsksOnce: leaving with typed, uncopied values asks « Quitter
// sans copier ? » with No selected; No keeps everything.
func TestQuitAsksOnce(t *testing.T) {
	cases := []struct {
		name   string
		answer []string
		quit   bool
	}{
		{"enter keeps No", []string{"enter"}, false},
		{"esc goes back", []string{"esc"}, false},
		{"n goes back", []string{"n"}, false},
		{"o quits", []string{"o"}, true},
		{"right then enter quits", []string{"right", "enter"}, true},
		{"a second ctrl+c quits", []string{"ctrl+c"}, true},
	}
	for _, c := range cases {
		for _, leave := range [][]string{{"ctrl+c"}, {"esc", "esc", "q"}} {
			t.Run(c.name+" after "+strings.Join(leave, " "), func(t *testing.T) {
				h := newHarness(t, 80, 24).openFirst().typeText("pas encore copié").keys(leave...)
				if h.quit {
					t.Fatal("quit without asking")
				}
				h.mustSee("Quitter sans copier ?", "▸ Non, revenir")
				h.keys(c.answer...)
				if h.quit != c.quit {
					t.Fatalf("quit %v, want %v", h.quit, c.quit)
				}
				if !c.quit && (h.m.ask.open || strings.Contains(h.view(), "Quitter sans copier")) {
					t.Fatal("the question stayed")
				}
			})
		}
	}
}

// TestQuitWithoutQuestion: nothing typed, or everything copied, quits at
// once.
func TestQuitWithoutQuestion(t *testing.T) {
	cases := map[string][]string{
		"nothing opened":           {"q"},
		"opened, nothing typed":    {"enter", "ctrl+c"},
		"copied then ctrl+c":       {"/", "presentation", "enter", safeMission, "ctrl+y", "ctrl+c"},
		"copied, back, q":          {"/", "presentation", "enter", safeMission, "ctrl+y", "esc", "esc", "esc", "q"},
		"copied, other template q": {"/", "presentation", "enter", safeMission, "ctrl+y", "enter", "esc", "q"},
	}
	for name, keys := range cases {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, 80, 24)
			for _, k := range keys {
				if len([]rune(k)) > 1 && !strings.Contains(k, "+") && k != "enter" && k != "esc" {
					h.typeText(k)
					continue
				}
				h.keys(k)
			}
			if !h.quit {
				t.Fatalf("did not quit:\n%s", h.view())
			}
		})
	}
}

// TestTypedAfterCopyAsks: a value changed after the copy is uncopied again.
func TestTypedAfterCopyAsks(t *testing.T) {
	h := newHarness(t, 80, 24).openFirst().typeText(safeMission).keys("ctrl+y", "esc").typeText(" et plus").keys("ctrl+c")
	if h.quit {
		t.Fatal("quit without asking")
	}
	h.mustSee("Quitter sans copier ?")
}

func TestScreenQuitAsk(t *testing.T) {
	eachSize(t, nil, func(s *screenTest) {
		s.openFirst().typeText("pas encore copié").keys("ctrl+c").waitFor("Quitter sans copier").golden()
	})
}
