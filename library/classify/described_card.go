package classify

import (
	"strings"

	"tamis/library/classify/text"
)

// A person described like an index card, with no name and no determiner:
// « Homme de 70 ans, veuf, vit seul à Lormes », "Woman, 43, night nurse,
// two children". The bare person noun that opens the value is the subject
// left out, as « Née à Oran en 1952, … » is (life_story.go), and the
// quasi-identifiers after it single out one person in a small place: the
// method counts indirect identification. A plural (« Femmes, 30-45 ans »)
// is a public described, and « Femme de ménage recherchée » has no age.

// cardOpener reports whether the sentence opens on a bare singular person
// noun followed by its description: a comma, or an age ("Homme de 70
// ans", "Man, 58", "Woman aged 43").
func (a *analysis) cardOpener() bool {
	toks := a.s.Toks
	if len(toks) < 3 || !toks[0].Has(text.Cap) || !toks[0].Is(cPerson) || pluralLooking(toks[0].Norm) {
		return false
	}
	switch {
	case toks[1].Sep == ',':
		return true
	case toks[1].Has(text.Digit):
		return true
	case toks[1].Norm == "de" || toks[1].Norm == "of" || toks[1].Norm == "aged":
		return toks[2].Has(text.Digit)
	}
	return false
}

// pluralLooking: a French or English plural ending, "femmes", "volunteers".
func pluralLooking(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x"))
}

// cardAge reports an age written without its unit at token i: the number
// right after a card's opening noun ("Man, 58, …", "Veuve, 81 ans" has its
// unit and is seen elsewhere), "aged 43", "a 64-year-old".
func (a *analysis) cardAge(i int) bool {
	toks := a.s.Toks
	if !toks[i].Has(text.Digit) || len(toks[i].Norm) > 3 {
		return false
	}
	switch {
	case i == 1 && a.cardOpener():
		return i+1 == len(toks) || toks[i+1].Sep == ','
	case i > 0 && toks[i-1].Norm == "aged":
		return true
	case i+2 < len(toks) && toks[i+1].Norm == "year" && toks[i+2].Norm == "old":
		return true
	}
	return false
}

// formerTrade reports a past trade at token i: « ancien routier »,
// "retired postman": a trade once held tells who it is as much as one
// held now.
func (a *analysis) formerTrade(i int) bool {
	toks := a.s.Toks
	if i+1 >= len(toks) {
		return false
	}
	switch toks[i].Norm {
	case "ancien", "ancienne", "ex", "former", "retired", "retraite", "retraitee":
		return toks[i+1].Is(cPerson) && !toks[i+1].Is(cRole) // « l'ancien président » is an office, public or of the association
	}
	return false
}
