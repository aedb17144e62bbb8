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
// residence can tell: an anchored person, a card's person, or the
// subject left out before the verb that opens the value (« Vit seule au
// lieu-dit Kerbiquet », "Lives in the last cottage past the church").
func (a *analysis) residentNamed() bool {
	return len(a.anchors) > 0 || a.cardHead() >= 0 || a.s.Toks[0].Is(cResidenceVerbs) && a.s.Toks[0].Has(text.Cap)
}
