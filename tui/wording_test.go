package tui

import (
	"strings"
	"testing"
)

// After x, the screen no longer says the text is in the clipboard, and v
// then shows it without claiming it is copied; v right after a copy says
// it is already copied.
func TestHeadlineFollowsTheClipboard(t *testing.T) {
	h := newHarness(t, 80, 24).openFirst().typeText(safeMission).keys("ctrl+y")
	h.mustSee("Vérifié et copié dans le presse-papiers")
	h.keys("v")
	h.mustSee("déjà copié")
	h.keys("esc", "x")
	h.mustSee("presse-papiers a été vidé depuis")
	if strings.Contains(h.view(), "copié dans le presse-papiers") {
		t.Fatalf("the headline still says copied after x:\n%s", h.view())
	}
	h.keys("v")
	if strings.Contains(h.view(), "déjà copié") {
		t.Fatalf("the text view says copied after x:\n%s", h.view())
	}
}

// No screen shows a technical word to a volunteer, nor a straight
// apostrophe in French.
func TestNoJargon(t *testing.T) {
	h := newHarness(t, 100, 30).openFirst().typeText("écrire à jean.dupont@exemple.fr diabétique")
	views := []string{h.view()}
	h.keys("ctrl+y")
	views = append(views, h.view())
	h.keys("esc", "ctrl+l").typeText(safeMission)
	h.env.clip.terminal = true
	h.keys("ctrl+y")
	views = append(views, h.view())
	for _, v := range views {
		for _, bad := range []string{"OSC", "autre(s)", "(entrée)", "n'a ", "l'IA", "d'une"} {
			if strings.Contains(v, bad) {
				t.Errorf("%q on screen:\n%s", bad, v)
			}
		}
	}
	h.mustSee("copié par le terminal")
}
