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
// in text, as written, with a capital (« Porte son nom ») or a curly
// apostrophe, or -1. It looks for the phrases' last two words
// (« son nom », "after her"), rare in a text, with a forward search, then
// reads the phrase before each: 1 MB of prose is read five times, not
// once per phrase backwards.
func lastBearsName(text string) int {
	last := -1
	for anchor, phrases := range bearsNameAnchors {
		for from := 0; ; {
			k := strings.Index(text[from:], anchor)
			if k < 0 {
				break
			}
			end := from + k + len(anchor)
			for _, v := range phrases {
				if strings.HasSuffix(text[:end], v) && end-len(v)+1 > last {
					last = end - len(v) + 1
				}
			}
			from = end
		}
	}
	return last
}

// bearsNameAnchors are the phrases of bears_name.txt, each as written,
// with a capital and with a curly apostrophe, by their last two words.
var bearsNameAnchors = func() map[string][]string {
	m := map[string][]string{}
	for _, p := range bearsName {
		w := strings.Fields(p)
		anchor := strings.Join(w[max(0, len(w)-2):], " ")
		m[anchor] = append(m[anchor], p, strings.ToUpper(p[:1])+p[1:], strings.ReplaceAll(p, "'", "’"))
	}
	return m
}()
