package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

// A troubled mind told in everyday words (« parle tout seul », « un peu
// dérangée », told_around_special_terms.txt) has senses that tell
// nothing of health: figures that speak for themselves (« le bilan parle
// tout seul »), a character of a play (« un personnage qui parle tout
// seul »), a toddler (« 2 ans, parle tout seul dans son lit »), someone
// disturbed by something (« un peu dérangé par le bruit »).

// idiomSpeakers are the things and roles that « parle tout seul » says
// nothing of a mind about (data/words/troubled_mind_idioms.txt).
var idiomSpeakers = lexicon.Words(lexicon.Data, "troubled_mind_idioms")

// troubledMindIdiom: the term at sp is one of the troubled-mind phrases,
// used in one of the senses above.
func (a *analysis) troubledMindIdiom(sp span) bool {
	toks := a.s.Toks
	speaks, disturbed := false, false
	for k := sp.i; k < sp.j; k++ {
		w := toks[k].Norm
		speaks = speaks || strings.HasPrefix(w, "parl") || strings.HasPrefix(w, "talk")
		disturbed = disturbed || strings.HasPrefix(w, "derange")
	}
	switch {
	case disturbed:
		return sp.j < len(toks) && (toks[sp.j].Norm == "par" || toks[sp.j].Norm == "by") // « dérangé par le bruit »
	case speaks:
		for k := range sp.i {
			if idiomSpeakers[toks[k].Norm] {
				return true // « le bilan … parle tout seul », « un personnage qui parle tout seul »
			}
		}
		return a.toddlerAge()
	}
	return false
}

// toddlerAge: the sentence gives an age of at most three years or in
// months (« 2 ans », « 18 mois »).
func (a *analysis) toddlerAge() bool {
	toks := a.s.Toks
	for k := 0; k+1 < len(toks); k++ {
		switch toks[k+1].Norm {
		case "mois", "months":
			return isCount(toks[k])
		case "ans", "an", "years", "year":
			switch toks[k].Norm {
			case "1", "2", "3", "un", "deux", "trois", "one", "two", "three":
				return true
			}
		}
	}
	return false
}
