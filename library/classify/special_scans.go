package classify

import "strings"

// Two facts that a word list cannot hold: a scan of faces told with a
// verb ("we'll scan each child's face"), and fasting written "jeûne",
// which folding turns into "jeune" (young).

func (a *analysis) findScansAndFasting() {
	if !a.hasAny(cScan, cJeune) {
		return
	}
	toks := a.s.Toks
	for i, t := range toks {
		if t.Is(cScan) && a.bodyPartWithin(i+1, 5) && !a.sentenceGeneric() {
			a.add(ruleBiometric, i, i+1)
			return
		}
		if t.Norm == "jeune" && strings.Contains(a.text[t.Start:t.End], "û") && i > 0 && !isArticle(toks[i-1].Norm) && len(a.anchors) > 0 {
			a.add(ruleReligion, i, i+1) // "Youssouf jeûne en ce moment"
			return
		}
	}
}

// bodyPartWithin: a face, an iris or a hand within n tokens after k.
func (a *analysis) bodyPartWithin(k, n int) bool {
	toks := a.s.Toks
	for j := k; j < min(len(toks), k+n); j++ {
		if toks[j].Is(cBodyPart) {
			return true
		}
	}
	return false
}
