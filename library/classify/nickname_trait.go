package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A nickname made of a trait or a region, written as a name after « le »
// or « la » and followed by the group the person belongs to (« le
// Rouquin de la fanfare doit encore 200 € », « la Bretonne du club de
// belote », "the Ginger from the darts team"), points at one member as a
// name does. Lower case (« le rouquin de la fanfare ») is a description
// (described_person.go); a capitalised word after it is a title or a
// place (« la Petite Sirène », « le Breton Express »); a group written
// with a capital is a body (« le Breton de l'Assemblée »).

// nicknameTraits are the traits (data/words/nickname_traits.txt).
var nicknameTraits = lexicon.Words(lexicon.Data, "nickname_traits")

// findTraitNickname reports the first trait nickname of the sentence.
func (a *analysis) findTraitNickname() {
	toks := a.s.Toks
	for i := 1; i+2 < len(toks); i++ {
		t := toks[i]
		if !t.Has(text.Cap) || t.Has(text.Upper) || a.consumed[i] || a.coveredByName(i) {
			continue
		}
		if !nicknameTraits[t.Norm] {
			continue // a nation (« la Portugaise du troisième ») is a description: demonym_noun.go
		}
		switch toks[i-1].Norm {
		case "le", "la", "l", "the":
		default:
			continue
		}
		if toks[i+1].Has(text.Cap) || !memberOfGroup(toks, i+1) {
			continue
		}
		a.reportName(i-1, i+1)
		return
	}
}

// memberOfGroup: « du », « de la », « des », "from the", "of the" at k,
// then a group written in lower case (« de la fanfare », « du club »,
// "from the darts team").
func memberOfGroup(toks []text.Token, k int) bool {
	switch toks[k].Norm {
	case "du", "des", "de", "d", "from", "of":
	default:
		return false
	}
	n := k + 1
	for n < len(toks) && n < k+3 && isArticle(toks[n].Norm) {
		n++
	}
	return n < len(toks) && n > k && toks[n].Has(text.Letter) && !toks[n].Has(text.Cap) && !toks[n].Has(text.Digit)
}
