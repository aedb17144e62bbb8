package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// « Né à », "born in" say where someone was born: an origin when the
// place is abroad (« née à Alger »), but a French commune (« né à Dole »,
// « née à Basse-Terre ») tells no ethnic origin nor any migration — a
// place of birth, personal data the other rules read with the person
// (a name, a role, a date), not a special category.

// birthWords open a phrase of birthplace (data/words/born_words.txt).
var birthWords = lexicon.Words(lexicon.Data, "born_words")

// frenchBirthplace: the term at sp is a phrase of birthplace followed by
// a French commune written with its capital.
func (a *analysis) frenchBirthplace(sp span) bool {
	toks := a.s.Toks
	if sp.j-sp.i != 2 || !birthWords[toks[sp.i].Norm] || sp.j >= len(toks) || !toks[sp.j].Has(text.Cap) {
		return false
	}
	end, _ := a.communeAt(sp.j)
	return end > sp.j
}
