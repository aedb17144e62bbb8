package classify

import "tamis/library/classify/lexicon"

// A person described by a visible mark (« le grand roux avec la cicatrice
// au menton », "the redhead with a tattoo on her arm") is one person in a
// small association: described_person.go's pinsDown reads markAfter.

var physicalMarks = lexicon.Words(lexicon.Data, "physical_marks")

// markAfter: right after the person noun, « avec », « à », "with" opens
// a visible mark within three words, in the same clause.
func (a *analysis) markAfter(k int) bool {
	toks := a.s.Toks
	if k >= len(toks) || isClauseSep(toks[k].Sep) {
		return false
	}
	switch toks[k].Norm {
	case "avec", "au", "aux", "a", "with":
	default:
		return false
	}
	for i := k + 1; i < min(len(toks), k+4); i++ {
		if isClauseSep(toks[i].Sep) {
			return false
		}
		if physicalMarks[toks[i].Norm] {
			return true
		}
	}
	return false
}
