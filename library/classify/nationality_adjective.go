package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// English capitalises nationalities (issue 7, section 4): in "with French
// lessons", "French subtitles" or "with Irish dancing steps", the word is
// an adjective before its noun, not a surname after « avec ». A surname
// there is followed by a word that ends the noun phrase ("ask French to
// bring", "check with Welsh if the van is free"), a comma and a role, or
// nothing; a civility or a first name keeps the name (name shapes that
// run before this one).

// nounPhraseEnders may follow a name where no noun follows an adjective
// (data/words/noun_phrase_enders.txt).
var nounPhraseEnders = lexicon.Words(lexicon.Data, "noun_phrase_enders")

// nationalityAdjective: token i is a nationality written with a capital
// right before a lower-case word that may be the noun it qualifies.
func (a *analysis) nationalityAdjective(i int) bool {
	toks := a.s.Toks
	if !toks[i].Is(cDemonym) || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	if (n.Norm == "and" || n.Norm == "or") && i+2 < len(toks) && toks[i+2].Has(text.Cap) {
		return a.nationalityAdjective(i + 2) // "with Arabic and Tamil speakers": both qualify the noun
	}
	return n.Sep == 0 && n.Has(text.Letter) && !n.Has(text.Cap) && !nounPhraseEnders[n.Norm]
}
