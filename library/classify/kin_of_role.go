package classify

import (
	"tamis/i18n"
	"tamis/library/classify/lexicon"
)

// A relative of the holder of a single role is one person, even with a
// word that tells which one (« la fille aînée de notre présidente », "the
// eldest son of our chair"): indirect.go's roleRelative reads the kin
// word right before « de »; here one such word may stand between.

var kinAdjectives = lexicon.Words(lexicon.Data, "kin_adjectives")

// findKinOfRole reports "kin + which one + of + (det) + role".
func (a *analysis) findKinOfRole() {
	if len(a.names) > 0 {
		return
	}
	toks := a.s.Toks
	for k := 0; k+3 < len(toks); k++ {
		if !toks[k].Is(cKin) || !kinAdjectives[toks[k+1].Norm] {
			continue
		}
		n := k + 2
		if w := toks[n].Norm; w != "de" && w != "du" && w != "d" && w != "of" {
			continue
		}
		n++
		if n < len(toks) && (toks[n].Is(cPlainDets) || toks[n].Is(cSingDet)) {
			n++
		}
		if n < len(toks) && (toks[n].Is(cRole) || toks[n].Is(cUniqueOffices)) && !a.sentenceGeneric() {
			a.addAs(ruleIndirect, Blocked, k, n+1,
				i18n.T("proche d’une personne au rôle unique", "relative of the holder of a single role"))
			return
		}
	}
}
