package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// The person nouns of the lexicon are French first, with the English
// ones written by hand: "the retired vet from Bergerac", "the elderly
// Englishman who lives alone past the bridge", "the only American on the
// parish council" named nobody the description rules knew. WordNet's
// noun.person file lists every English noun of a person; a description
// (described_person.go, definite_person.go) reads it as one more person
// noun, when the word is not also French (« figure », « déportée »). Its
// words are a class given at tagging (set_classes.go).

var wordnetPersons = lexicon.Words(lexicon.Data, "person_nouns_wordnet")

// wordnetPerson: token k is an English noun of a person, and no noun of
// the lexicon's own follows it ("the eldest son": « eldest » is a noun
// of WordNet, here an adjective of « son »).
func (a *analysis) wordnetPerson(k int) bool {
	toks := a.s.Toks
	t := &toks[k]
	if !t.Has(text.Letter) || !t.Is(cWordnetPersons) || lexicon.IsFrenchWord(t.Norm) { // « figure », « déportée »: French words
		return false
	}
	return k+1 >= len(toks) || !toks[k+1].IsAny(cPerson, cDescribedPersons) || toks[k+1].Sep != 0
}
