package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
)

// The ? help of a screen is rendered from its key map: every binding that
// applies is listed with its text, none that does not.
func TestHelpFromBindings(t *testing.T) {
	cases := []struct {
		name   string
		keys   []string
		absent []string // bindings of the screen that must be disabled there
	}{
		{"list", nil, []string{"effacer le filtre"}},
		{"form", []string{"enter"}, []string{"changer de choix"}},
		{"copied", []string{"/", "p", "l", "a", "n", "enter", "ctrl+y"}, []string{"rétablir", "anonymiser"}},
		{"blocked", []string{"enter"}, []string{"autre modèle", "voir le texte"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t, 80, 60)
			h.keys(c.keys...)
			if c.name == "blocked" {
				h.typeText("écrire à jean.dupont@exemple.fr").keys("ctrl+y")
				if h.m.state != stateVerdict || h.m.verdict.mode != modeBlocked {
					t.Fatalf("state %d mode %d", h.m.state, h.m.verdict.mode)
				}
			}
			of := h.m.screenOf(h.m.state)
			h.keys("f1")
			if h.m.state != stateHelp {
				t.Fatalf("f1 gave state %d", h.m.state)
			}
			v := h.view()
			n := 0
			for _, group := range of.FullHelp() {
				for _, b := range group {
					if b.Enabled() {
						n++
						mustList(t, v, b)
					}
				}
			}
			if n < 3 {
				t.Fatalf("only %d bindings enabled", n)
			}
			for _, a := range c.absent {
				if strings.Contains(v, a) {
					t.Errorf("the help lists %q, which does not apply here:\n%s", a, v)
				}
			}
		})
	}
}

func mustList(t *testing.T, view string, b key.Binding) {
	t.Helper()
	h := b.Help()
	for _, line := range strings.Split(view, "\n") {
		if strings.HasPrefix(line, h.Key+" ") && strings.Contains(line, h.Desc) {
			return
		}
	}
	t.Errorf("the help lacks %q %q:\n%s", h.Key, h.Desc, view)
}

// The footer is the short help of the screen's key map: a disabled binding
// is not shown (esc on the list does nothing without a filter).
func TestFooterFromBindings(t *testing.T) {
	h := newHarness(t, 120, 24)
	if strings.Contains(h.view(), "échap ") {
		t.Fatalf("esc shown on the list without a filter:\n%s", h.view())
	}
	h.keys("/", "p", "l", "a", "n")
	h.mustSee("échap effacer le filtre")
	if strings.Contains(h.view(), "q quitter") {
		t.Fatalf("q shown while it is typed in the filter:\n%s", h.view())
	}
}

// Enter on the last field checks and copies, as ctrl+y does, and the
// footer says so; on another one-line field it moves on.
func TestEnterOnLastFieldChecks(t *testing.T) {
	h := newHarness(t, 100, 30).openFirst().typeText(safeMission)
	h.keys("shift+tab", "enter") // from the year, a one-line field
	if h.m.state != stateFill || h.m.fill.focus != 2 {
		t.Fatalf("enter on a field before the last: state %d focus %d", h.m.state, h.m.fill.focus)
	}
	h.keys("tab")
	h.mustSee("entrée/ctrl+y vérifier et copier")
	h.keys("enter")
	if h.m.state != stateVerdict || h.m.verdict.mode != modeCopied || h.env.clip.get() == "" {
		t.Fatalf("enter on the last field: state %d mode %d\n%s", h.m.state, h.m.verdict.mode, h.view())
	}
}
