package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

// Two shapes of a name after a civility that names.go lost. French
// administrative style puts a word between the civility and the surname
// (« Mme veuve Lambertin », « Mme Vve Martin », « Mme épouse Diallo »);
// and a room or a flat said in brackets after the name (« Mrs T. (room
// 12) », « Mme Dupont (chambre 12) ») was read as the building named
// after a person ("the Jean Monnet building").

var civilityInserts = lexicon.Words(lexicon.Data, "civility_inserts")

// afterCivilityInsert returns k, or the token after it when token k is
// such a word, the surname glued to it by a space.
func (a *analysis) afterCivilityInsert(k int) int {
	toks := a.s.Toks
	if k+1 < len(toks) && civilityInserts[toks[k].Norm] && !a.s.Shouting && toks[k+1].Sep == 0 && !isClauseSep(toks[k].Sep) {
		return k + 1
	}
	return k
}

// bracketBefore: a bracket or a comma stands before token p: what follows
// is said of the person, it is not the place named after them.
func (a *analysis) bracketBefore(p int) bool {
	toks := a.s.Toks
	return p > 0 && strings.ContainsAny(a.text[toks[p-1].End:toks[p].Start], "(,;:")
}
