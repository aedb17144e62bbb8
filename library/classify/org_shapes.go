package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// An organisation's name is a run of capitalised words, some of them
// common words, that a small word may link ("Paws of Provence", « Les
// Restos du Cœur », "Hands Together Bergerac"); a person's name starts
// with a first name or a civility and holds no common word ("Rose Hill",
// "Mrs Baker", "John Smith"). After a name label ("account name:",
// « titulaire : ») the shape tells an association's account from a
// person's.

// orgLinks may stand between two capitalised words of an organisation's
// name, in lower case.
var orgLinks = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "de": true, "du": true, "des": true,
	"la": true, "le": true, "les": true, "d": true, "et": true, "en": true, "pour": true,
}

// orgShaped: the tokens from k are a run of two capitalised words or
// more, maybe linked by small words, that starts with no first name nor
// civility and holds a common word of the French or English lexicon that
// no name list gives.
func (a *analysis) orgShaped(k int) bool {
	toks := a.s.Toks
	if k >= len(toks) || toks[k].IsAny(cFirst, cAmbig, cCivility) {
		return false
	}
	caps, common := 0, false
	for j := k; j < len(toks); j++ {
		t := toks[j]
		if j > k && (t.Sep != 0 && t.Sep != '-' && t.Sep != '\'') {
			break
		}
		if !t.Has(text.Cap) {
			if orgLinks[t.Norm] && j+1 < len(toks) && toks[j+1].Has(text.Cap) {
				continue
			}
			break
		}
		caps++
		common = common || a.commonCapWord(j)
	}
	return caps >= 2 && common
}

// commonCapWord: token j is a word of the French or English lexicon that
// no name list gives ("Paws", "Together", « Restos »).
func (a *analysis) commonCapWord(j int) bool {
	t := a.s.Toks[j]
	if t.IsAny(cFirst, cAmbig, cLast, cCivility) || len(t.Norm) < 3 {
		return false
	}
	return lexicon.IsEnglishWord(t.Norm) || lexicon.IsFrenchWord(t.Norm)
}

// titleAroundFirstName: the first name at i, whose surname would be token
// k (or the word after a lone first name), stands inside a run of capitalised common words, a heading or an
// event's name ("Christmas Carol Service", "Annual General Meeting"): a
// common capitalised word or a holiday right before it and a common word, no name
// list's surname, as its "surname". A word that addresses a person
// before it ("Welcome Carol Hands") keeps a person.
func (a *analysis) titleAroundFirstName(i, k int) bool {
	toks := a.s.Toks
	if i == 0 || k >= len(toks) || toks[i].Sep != 0 || toks[k].Sep != 0 || !toks[i-1].Has(text.Cap) || !toks[k].Has(text.Cap) || !a.commonCapWord(k) {
		return false
	}
	prev := toks[i-1]
	if prev.IsAny(cSurnameCtx, cCivility, cKin, cRole, cPerson, cNameLabels) || thanksWords[prev.Norm] {
		return false
	}
	return prev.IsAny(cCapWord, cHoliday) || a.commonCapWord(i-1)
}
