package classify

import "tamis/library/classify/lexicon"

// Initials alone stand for a person where a person stands: « Rappel à
// B.L. pour la cotisation », "Remind T.K. about the fee". names.go takes
// initials before a surname (« J. Dupont ») or before a role or an age
// (« K.T. (animatrice) »); here two or more initials after a word that
// addresses someone are a name too.

var initialsContext = lexicon.Words(lexicon.Data, "initials_context")

// findInitialsAlone reports a run of two or three initials after a word
// of initialsContext, when no name covers it.
func (a *analysis) findInitialsAlone() {
	toks := a.s.Toks
	for k := 1; k+1 < len(toks); k++ {
		if len(toks[k].Norm) != 1 || !toks[k-1].Is(cInitialsContext) || a.nameCovers(k) {
			continue
		}
		j := k
		for j < len(toks) && j-k < 3 && a.isInitial(j) {
			j++
		}
		if j-k >= 2 && !a.dottedAcronym(k, j) {
			a.reportName(k, j)
			k = j
		}
	}
}

// nameCovers: token k is inside a name already found.
func (a *analysis) nameCovers(k int) bool {
	for _, n := range a.names {
		if k >= n.i && k < n.j {
			return true
		}
	}
	return false
}

// dottedAcronym: the letters of the initials spell a known acronym
// (« par S.M.S. », « avec le P.V. »).
func (a *analysis) dottedAcronym(i, j int) bool {
	var b [4]byte
	n := 0
	for k := i; k < j && n < len(b); k++ {
		b[n] = a.s.Toks[k].Norm[0]
		n++
	}
	return a.lex.in(string(b[:n]), cAcronym)
}
