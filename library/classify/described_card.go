package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
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
func (a *analysis) cardOpener() bool { return a.cardHead() >= 0 }

// cardHead returns the token of a card's opening person noun, after an
// optional adjective of age (« Jeune femme de 22 ans », "Elderly man,
// 80"), or -1.
func (a *analysis) cardHead() int {
	toks := a.s.Toks
	h := 0
	if len(toks) > 1 && toks[1].Sep == 0 && toks[1].Is(cPerson) && ageAdjectives[toks[0].Norm] { // the bit before the hash
		h = 1
	}
	if a.ageOpens(h) {
		h = 2 // "68 yo widower from Saint-Denis"
		if gluedAge(toks[0].Norm) {
			h = 1 // "68yo widower"
		}
		if h+2 < len(toks) && (toks[h].Is(cPerson) || a.familyWordAt(h)) && !pluralLooking(toks[h].Norm) {
			return h
		}
		return -1
	}
	if len(toks) < h+3 || !toks[0].Has(text.Cap) || !toks[h].Is(cPerson) && !a.familyWordAt(h) || pluralLooking(toks[h].Norm) {
		return -1
	}
	n := &toks[h+1]
	switch {
	case n.Sep == ',', n.Has(text.Digit):
		return h
	case (n.Norm == "de" || n.Norm == "of" || n.Norm == "aged") && toks[h+2].Has(text.Digit):
		return h
	}
	return -1
}

// ageOpens: the card opens on an age, spaced or glued (« 68 ans veuf »,
// "68yo widower").
func (a *analysis) ageOpens(h int) bool {
	toks := a.s.Toks
	return h == 0 && len(toks) > 2 && (toks[0].Has(text.Digit) && isAgeUnit(toks[1].Norm) || gluedAge(toks[0].Norm))
}

// familyWordAt: the word at k is a family situation of the quasi-
// identifiers that names a person by itself (« Veuf de 68 ans », "widower").
func (a *analysis) familyWordAt(k int) bool {
	end, v := a.at(dQuasi, k)
	return v != 0 && end == k+1 && a.lex.quasi[v-1].kind == "family"
}

var (
	ageAdjectives    = lexicon.Words(lexicon.Data, "age_adjectives")     // written before a person noun: « jeune », "elderly"
	formerTradeWords = lexicon.Words(lexicon.Data, "former_trade_words") // « ancien », "retired"
)

// cardLife reports what makes a card one person's rather than a rule of
// access (« Enfant, 6 ans minimum, piscine de Nevers ») or a job offer
// (« Stagiaire, 6 mois, à pourvoir à Nevers »): a trade held or once held,
// a family situation, a habit or something only one person has. An age
// and a town alone are shared by many.
func (a *analysis) cardLife() bool {
	if a.hasPhraseOf(roleVacancy) { // roles_without_person.go
		return false
	}
	if a.quasiOfKind("job", "career", "family", "unique", "habit", "arrival") || a.cardSchool() { // quasi_kinds.go, card_school.go
		return true
	}
	for i := range a.s.Toks {
		if a.formerTrade(i) {
			return true
		}
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
	case i > 0 && i-1 == a.cardHead():
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
	// « l'ancien président » is an office, public or of the association
	return toks[i+1].Is(cPerson) && !toks[i+1].Is(cRole) && formerTradeWords[toks[i].Norm] // the classes first: no hash for most words
}
