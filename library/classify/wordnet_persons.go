package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// The person nouns of the lexicon are French first, with the English
// ones written by hand: "the retired saddler who lives by the mill", "the
// old Scotsman who lives above the bakery", "the only harpist in the
// choir" named nobody the description rules knew. WordNet's
// noun.person file lists every English noun of a person; a description
// (described_person.go, definite_person.go) reads it as one more person
// noun, when the word is not also French (« figure », « déportée »).
// The list is the class cWordnetPersons (set_classes.go), read with the
// rest of the lexicon on first use and given to the tokens when the
// sentence is tagged.

// wordnetPerson: token k is an English noun of a person, and no noun of
// the lexicon's own follows it ("the eldest son": « eldest » is a noun
// of WordNet, here an adjective of « son »).
func (a *analysis) wordnetPerson(k int) bool {
	toks := a.s.Toks
	t := &toks[k]
	if !t.Is(cWordnetPersons) || !t.Has(text.Letter) || lexicon.IsFrenchWord(t.Norm) { // « figure », « déportée »: French words
		return false
	}
	return k+1 >= len(toks) || !toks[k+1].IsAny(cPerson, cDescribedPersons) || toks[k+1].Sep != 0
}
