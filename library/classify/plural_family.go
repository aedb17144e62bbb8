package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// English names a family by its surname in the plural after « the »:
// "the Patels won't come", "the Smiths have moved". With a surname of
// the lists and a verb after it, that is one household (personal, like
// « les Nguyen »). "The Alps are" is no family: « Alp » is no surname.

var familyPluralVerbs = lexicon.Words(lexicon.Data, "family_plural_verbs")

// pluralFamily: token i is "the", then a capitalised surname of the
// lists with an « s », then a verb; it returns the end of the name.
func (a *analysis) pluralFamily(i int) int {
	toks := a.s.Toks
	if i == 0 || i+1 >= len(toks) || toks[i-1].Norm != "the" {
		return 0
	}
	t := toks[i]
	n := t.Norm
	if !t.Has(text.Cap) || t.Has(text.Upper) || len(n) < 5 || n[len(n)-1] != 's' || t.IsAny(cCapWord, cVenue, cOrg, cKnownBodies) {
		return 0
	}
	if !a.lex.lastnames[n[:len(n)-1]] || !familyPluralVerbs[toks[i+1].Norm] || isClauseSep(toks[i+1].Sep) {
		return 0
	}
	return i + 1
}
