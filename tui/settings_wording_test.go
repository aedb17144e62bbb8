package tui

import (
	"strings"
	"testing"

	"tamis/i18n"
)

// settingsFooters are the keys each settings screen shows, in French and
// in English.
var settingsFooters = []struct {
	keys   []string
	fr, en []string
}{
	{[]string{"r"}, []string{"p/l/c réglages", "échap retour"}, []string{"p/l/c settings", "esc back"}},
	{[]string{"r", "p"}, []string{"↑/↓ champ", "entrée enregistrer", "ctrl+n autre constante", "échap retour"}, []string{"↑/↓ field", "enter save", "ctrl+n other constant", "esc back"}},
	{[]string{"r", "l"}, []string{"a autoriser…", "i interdire…", "échap retour"}, []string{"a allow…", "i deny…", "esc back"}},
	{[]string{"r", "l", "i"}, []string{"entrée ajouter", "échap annuler"}, []string{"enter add", "esc cancel"}},
	{[]string{"r", "c"}, []string{"↑/↓ lire", "e modifier", "échap retour"}, []string{"↑/↓ read", "e edit", "esc back"}},
	{[]string{"r", "c", "e"}, []string{"ctrl+s enregistrer", "échap annuler"}, []string{"ctrl+s save", "esc cancel"}},
}

// TestSettingsFooters: each settings screen names its keys in French, and
// in English with LANG=en; f1 on the référent's screen lists p, l and c
// one by one, at 80 columns too.
func TestSettingsFooters(t *testing.T) {
	defer i18n.SetEnglish(false)
	for _, english := range []bool{false, true} {
		i18n.SetEnglish(english)
		for _, f := range settingsFooters {
			h, _ := referentHarness(t)
			h.send(teaSize(120, 40)) // 80 columns cannot hold every key of the référent's list
			h.keys(f.keys...)
			want := f.fr
			if english {
				want = f.en
			}
			h.mustSee(want...)
		}
		h, _ := referentHarness(t) // 80×24
		h.keys("r", "f1")
		if english {
			h.mustSee("p   profile", "l   allow/deny lists", "c   charter")
		} else {
			h.mustSee("p     profil", "l     listes autorisée/interdite", "c     charte")
		}
	}
}

// TestSettingsScreensFit: every settings screen fits the terminal, from
// 40×12 to 120×40, after a resize too.
func TestSettingsScreensFit(t *testing.T) {
	for _, keys := range [][]string{{"r", "p"}, {"r", "l"}, {"r", "c"}, {"r", "c", "e"}} {
		h, _ := referentHarness(t)
		h.keys(keys...)
		for _, s := range [][2]int{{80, 24}, {120, 40}, {40, 12}, {100, 30}} {
			h.send(teaSize(s[0], s[1]))
			if lines := strings.Split(h.view(), "\n"); len(lines) > s[1] {
				t.Errorf("%v at %dx%d: %d lines", keys, s[0], s[1], len(lines))
			}
		}
	}
}
