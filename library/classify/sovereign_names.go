package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A monarch, a pope or a saint is named by a title and a first name alone
// (« l'encyclique du pape François », « le roi Charles », « vitrail de
// saint Martin », "Queen Victoria"): a public or historical person, like
// the first name and regnal number of regnalName. The guards of a famous
// name that do not read the title as a civility still apply: a relation
// to the association, news, a verb of now, contact details.

// sovereignTitles name a monarch, a pope or a saint (data/words/sovereign_titles.txt).
var sovereignTitles = lexicon.Words(lexicon.Data, "sovereign_titles")

// sovereignName: the name at [i, j) is a first name alone after a
// sovereign's title, the title inside the span or just before it.
func (a *analysis) sovereignName(i, j int) bool {
	toks := a.s.Toks
	n := i
	switch {
	case toks[i].Is(cSovereignTitles):
		n = i + 1
	case i == 0 || !toks[i-1].Is(cSovereignTitles) || isClauseSep(toks[i].Sep):
		return false
	}
	if j-n != 1 || !toks[n].Has(text.Cap) || !toks[n].IsAny(cFirst, cAmbig) || len(a.sdirect) > 0 {
		return false
	}
	if t := n - 1; t > 0 && (toks[t-1].Norm == "petit" || toks[t-1].Norm == "petite" || toks[t-1].Norm == "little") {
		return false // « notre petit roi Lucas »: a child's nickname
	}
	return !a.tiedOrNew(n, j)
}
