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
	if a.bearsName == 0 {
		a.bearsName = lastBearsName(a.text) // once per value: every name of every sentence asks
	}
	return a.bearsName > int(a.s.Toks[j-1].End)
}

// lastBearsName gives 1 + where the last phrase of bears_name.txt starts
// in text, as written or with a capital (« Porte son nom »), or -1.
func lastBearsName(text string) int {
	last := -1
	for _, p := range bearsName {
		for _, v := range [...]string{p, strings.ToUpper(p[:1]) + p[1:], strings.ReplaceAll(p, "'", "’")} {
			if k := strings.LastIndex(text, v); k >= 0 && k+1 > last {
				last = k + 1
			}
		}
	}
	return last
}
