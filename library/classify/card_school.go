package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A child described like an index card (« Garçon, 11 ans, CM2, à
// Plouha », "Girl, 9, pupil at St Anne's, lives with her gran") is told
// by a school and a class as an adult is by a trade (described_card.go
// cardLife): with an age and a place, one child. And where the card's
// person lives (« domicilié au hameau de la Ferrière ») is that person's
// address, though no determiner anchors them (street_address.go).

var schoolMarks = lexicon.Words(lexicon.Data, "school_marks") // « scolarisé », « élève », "pupil"

// cardSchool: the card tells the child's school or class.
func (a *analysis) cardSchool() bool {
	toks := a.s.Toks
	for i := range toks {
		if schoolMarks[toks[i].Norm] || schoolClasses[toks[i].Norm] && (toks[i].Has(text.Upper) || toks[i].Has(text.Digit)) {
			return true
		}
	}
	return false
}

// residentNamed: the sentence holds someone whose home a verb of
// residence can tell: an anchored person, a card's person, the subject
// left out before the verb that opens the value (« Vit seule au lieu-dit
// Kerbiquet », "Lives in the last cottage past the church"), or a
// pronoun object.
func (a *analysis) residentNamed() bool {
	return len(a.anchors) > 0 || a.cardHead() >= 0 || a.s.Toks[0].Is(cResidenceVerbs) && a.s.Toks[0].Has(text.Cap) || a.residentObject()
}

// residentObject: a pronoun object before a verb of residence stands for
// the person housed (« on l'a relogé au 12 de la rue du Port », « on la
// loge au-dessus du bar »).
func (a *analysis) residentObject() bool {
	toks := a.s.Toks
	for v := 1; v < len(toks); v++ {
		if !toks[v].Is(cResidenceVerbs) {
			continue
		}
		p := v - 1
		if p > 0 && isPastAuxiliary(toks[p].Norm) {
			p-- // « l'a relogé »
		}
		if w := toks[p].Norm; w == "l" || w == "la" || w == "le" {
			return p+1 < len(toks) && (toks[p].Norm != "l" || toks[p+1].Sep == '\'')
		}
	}
	return false
}

// isPastAuxiliary: « a », « avait », « ont », « avons » before a participle.
func isPastAuxiliary(w string) bool {
	return w == "a" || w == "avait" || w == "ont" || w == "avons" || w == "avez"
}
