package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

// A value that says a place bears the name of the person it names
// before (« Jean Moulin : proposer un parcours mémoire autour du lycée
// qui porte son nom », "Who was Mary Seacole? Our new wing is named
// after her") speaks of the eponym of a school, a street or a prize: a
// public figure, whom no kept list may hold. The name must come before
// the phrase, so that « son » can be it (« Le trophée qui porte son nom
// sera remis à Léa Martin » gives the trophy to Léa, a person), and the
// guards of a famous name still apply (famousGuarded).

var bearsName = lexicon.MustList(lexicon.Data, "data/words/bears_name.txt")

// eponymTold: the full name at [i, j) is followed, in the value, by a
// phrase that says something bears its name.
func (a *analysis) eponymTold(i, j int) bool {
	if j-i < 2 {
		return false
	}
	rest := a.text[a.s.Toks[j-1].End:]
	if !strings.Contains(rest, " nom") && !strings.Contains(rest, " name") && !strings.Contains(rest, "after h") {
		return false // the cheap test first: every name of every value asks
	}
	rest = strings.ToLower(strings.ReplaceAll(rest, "’", "'"))
	for _, p := range bearsName {
		if strings.Contains(rest, p) {
			return true
		}
	}
	return false
}
