package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A tension said, not a thing described (issue 7, section 4, public text
// flagged as doubt). Some words of tension also describe things: « jardin
// partagé », « repas partagé », « grand froid », « vélo électrique »,
// « Radio Ondes Vives », "split into two teams". They say that people are
// at odds only as what is said of people or of their exchanges: after a
// verb of being (« le CA est partagé », "the board is split") or after a
// word of mood or exchange (« ambiance électrique », « échanges vifs »).
// The other words of tension (« tendu », « désaccord », "rift") say it
// wherever they stand.

var (
	tensionAttributes = lexicon.Words(lexicon.Data, "tension_attributes")
	tensionHeads      = lexicon.Words(lexicon.Data, "tension_heads")
)

// tensionSaid: a word of tension that tells a tension.
func (a *analysis) tensionSaid() bool {
	if !a.has(cTension) {
		return false
	}
	toks := a.s.Toks
	for i, t := range toks {
		if !t.Is(cTension) {
			continue
		}
		if !tensionAttributes[t.Norm] {
			return true
		}
		if (i > 0 && tensionHeads[toks[i-1].Norm] || i > 1 && tensionHeads[toks[i-2].Norm]) && !partitioned(toks, i) {
			return true
		}
	}
	return false
}

// partitioned: the word at i splits a group into parts ("split into four
// teams", « divisés en deux groupes »): how an activity is organised,
// not a quarrel (« divisé en deux camps » stays one).
func partitioned(toks []text.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	if toks[i+1].Norm == "into" {
		return true
	}
	return toks[i+1].Norm == "en" && i+3 < len(toks) && (toks[i+2].Has(text.Digit) || toks[i+2].Is(cNumberWords) || toks[i+2].Is(cSpelledNumber)) &&
		!quarrelSides[toks[i+3].Norm]
}

// quarrelSides are the parts of a group at odds (data/words/quarrel_sides.txt).
var quarrelSides = lexicon.Words(lexicon.Data, "quarrel_sides")
