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
	if !t.Has(text.Cap) || t.Has(text.Upper) || !a.englishFamilyName(i) { // family_surname.go
		return 0
	}
	if !familyPluralVerbs[toks[i+1].Norm] || isClauseSep(toks[i+1].Sep) {
		return 0
	}
	return i + 1
}

// kinPluralSurname: a surname after a plural kin word (« les jumelles
// Fontaine, 11 ans », « les frères Bouzid viendront »), when an age, a
// role, a person's verb or a special-category fact follows: the
// siblings of a family the association knows. Without it (« les contes des frères Grimm ») the
// siblings may be famous, and the name lists of public figures judge.
func (a *analysis) kinPluralSurname(i int) int {
	toks := a.s.Toks
	if i == 0 || !toks[i-1].Is(cKinPlural) || toks[i-1].Has(text.Cap) || !toks[i].Has(text.Cap) || toks[i].IsAny(cFirst, cAmbig) || isClauseSep(toks[i].Sep) {
		return 0
	}
	if !toks[i].Is(cLast) && !a.unknownCapWord(i) {
		return 0
	}
	if !a.roleInApposition(i+1) && !a.peopleInApposition(i+1) && !(i+1 < len(toks) && a.personVerbAt(i+1)) && !a.factTold(i+1) {
		return 0
	}
	return i + 1
}

// factTold: a word of the special categories stands after token k in
// the sentence (« les frères Haddad prient à la mosquée », « les enfants
// Dubois sont suivis par l'ASE »): told of the siblings just named, the
// fact is a family's, whoever they are.
func (a *analysis) factTold(k int) bool {
	if a.dictHits&dictsOf(dSpecial) == 0 {
		return false
	}
	for _, sp := range a.spansOf(dSpecial, nil) {
		if sp.i >= k {
			return true
		}
	}
	return false
}

// peopleInApposition: a comma at token k opens the association's people
// in the plural (« …, nos bénévoles du jeudi »).
func (a *analysis) peopleInApposition(k int) bool {
	toks := a.s.Toks
	if k >= len(toks) || toks[k].Sep != ',' {
		return false
	}
	for j := k; j < min(len(toks), k+3); j++ {
		if toks[j].Is(cPopulation) {
			return true
		}
	}
	return false
}
