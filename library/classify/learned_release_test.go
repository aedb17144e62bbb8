package classify

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"tamis/library/classify/lexicon"
)

// TestLearnedReleaseFreesPublicFigures: names alone in sentences that read
// like public text pass; the same names in a note about someone, or next
// to a private fact, stay blocked.
func TestLearnedReleaseFreesPublicFigures(t *testing.T) {
	c := New(Rules{})
	rules := New(Rules{})
	rules.noLearned = true
	for _, text := range []string{
		"Kylian Mbappé a inscrit un doublé contre la Belgique en Ligue des nations.",
		"Thomas Pesquet a passé six mois dans la Station spatiale internationale.",
		"Zinedine Zidane a marqué deux buts en finale de la Coupe du monde 1998.", // "David Beckham scored a free kick against Greece in 2001." was, until the model learned again on 3 December 2026
	} {
		if r := rules.Classify(text); r.Verdict != Blocked {
			t.Errorf("%q: the rules alone no longer block it (%+v): the test needs another", text, r.Findings)
		}
		if r := c.Classify(text); r.Verdict == Blocked {
			t.Errorf("%q: still blocked (%+v)", text, r.Findings)
		}
	}
	for _, text := range []string{
		"Kylian Mbappé, notre bénévole, a inscrit un doublé au match des vétérans.",
		"Thomas Pesquet, 06 12 34 56 78, a passé six mois dans la Station spatiale internationale.",
		"Inscrire Thomas Pesquet à l'atelier couture du mardi.",
		"David Beckham scored a free kick against Greece in 2001; he is diabetic.",
		"Karim Benali a gagné la tombola de la fête de l'école.",
	} {
		if r := c.Classify(text); r.Verdict != Blocked {
			t.Errorf("%q: %s, want blocked", text, r.Verdict)
		}
	}
}

// TestLearnedReleaseKeepsEverydayNotes measures the release's reverse
// leak: ordinary full names (the name lists' first names and surnames,
// paired in turn) and the famous list's full names, in the everyday notes
// of famousLookalikeNotes and a few more. A note that the rules block and
// that the release lets through is a name leaked; an ordinary name made
// a doubt is a question the volunteer should not have had to answer. A
// famous name made a doubt (« Le vélo de Tony Curtis est resté dans la
// cour ») asks the right question: is it the public figure?
func TestLearnedReleaseKeepsEverydayNotes(t *testing.T) {
	notes := append([]string{
		"%s ne pourra pas venir à la distribution de jeudi.",
		"Appeler %s pour le covoiturage du match de dimanche.",
		"%s rejoint l'équipe des bénévoles du vestiaire.",
		"Can you remind %s about the rota for Saturday?",
		"%s a gagné la tombola de la fête de l'école.",
		"Rédige un mot de bienvenue pour %s, notre nouvelle adhérente.",
	}, famousLookalikeNotes...)
	firsts := sortedWords(lexicon.LoadWords(lexicon.Data, "data/firstnames.txt"))
	lasts := sortedWords(lexicon.LoadWords(lexicon.Data, "data/lastnames.txt"))
	const ordinary = 400
	var names []string
	for k := 0; k < ordinary; k++ {
		names = append(names, capitalizeWords(firsts[k*len(firsts)/ordinary]+" "+lasts[(k*7919)%len(lasts)]))
	}
	famous := sortedWords(lexicon.LoadWords(lexicon.Data, "data/famous_names.txt"))
	for k := 0; k < len(famous); k += 20 {
		if strings.Count(famous[k], " ") == 1 {
			names = append(names, capitalizeWords(famous[k]))
		}
	}
	c := New(Rules{})
	rules := New(Rules{})
	rules.noLearned = true
	blocked, released, ordinaryBlocked, ordinaryDoubted, famousDoubted := 0, 0, 0, 0, 0
	for k, name := range names {
		text := fmt.Sprintf(notes[k%len(notes)], name)
		if rules.Classify(text).Verdict != Blocked {
			continue
		}
		blocked++
		ordinaryBlocked += b2i(k < ordinary)
		switch c.Classify(text).Verdict {
		case OK:
			released++
			t.Logf("let through: %s", text)
		case Doubt:
			if k < ordinary {
				ordinaryDoubted++
				t.Logf("ordinary name doubted: %s", text)
			} else {
				famousDoubted++
			}
		}
	}
	rate := 100 * float64(released) / float64(blocked)
	doubtRate := 100 * float64(ordinaryDoubted) / float64(ordinaryBlocked)
	t.Logf("%d of %d everyday notes blocked by the rules are let through by the release (%.1f %%); %d of %d with an ordinary name made a doubt (%.1f %%), and %d with a famous one",
		released, blocked, rate, ordinaryDoubted, ordinaryBlocked, doubtRate, famousDoubted)
	if blocked < 400 || rate > 1 || doubtRate > 1 {
		t.Errorf("reverse leak of the release: %d of %d notes let through (%.1f %%), %d of %d ordinary names doubted (%.1f %%), bound 1 %% each",
			released, blocked, rate, ordinaryDoubted, ordinaryBlocked, doubtRate)
	}
}

// sortedWords returns the words of a set in order (folded: LoadWords
// folds them).
func sortedWords(set lexicon.WordSet) []string {
	var ws []string
	for w := range set {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	return ws
}

// TestLearnedDoubtAsksAboutPublicFigures: a name alone in text that reads
// public, but not surely enough for the release, is a doubt the volunteer
// confirms, with a reason that says why; the same name in a private note
// stays blocked.
func TestLearnedDoubtAsksAboutPublicFigures(t *testing.T) {
	c := New(Rules{})
	doubted := 0
	for _, text := range []string{
		"La navigatrice Isabelle Autissier a bouclé son tour du monde en solitaire.",
		"Striker Erling Haaland scored a hat-trick against Fulham.",
		"Le pilote Pierre Gasly a terminé troisième du Grand Prix de Monaco.",
	} {
		r := c.Classify(text)
		if r.Verdict == Blocked {
			t.Errorf("%q: blocked (%v)", text, describe(text, r))
		}
		if r.Verdict != Doubt {
			continue
		}
		doubted++
		for _, f := range r.Findings {
			if f.Rule == ruleName.String() && f.Verdict == Doubt && !strings.Contains(f.Reason, "personnalité publique dans son rôle") && !strings.Contains(f.Reason, "public figure in a public role") {
				t.Errorf("%q: the doubt does not say why: %q", text, f.Reason)
			}
		}
	}
	if doubted == 0 {
		t.Error("no public-looking name made a doubt: the doubt band is empty")
	}
	if r := c.Classify("Isabelle Autissier a oublié son parapluie à la distribution de jeudi."); r.Verdict != Blocked {
		t.Errorf("a private note with a famous name: %s", r.Verdict)
	}
}
