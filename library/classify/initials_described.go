package classify

import "strings"

// Initials described as a person beyond names_lexicon.go's role in
// apposition: a birth year (« R.B., né en 1958 », "B.F., born in 1949")
// and two sets of initials sharing one plural role (« A.B. et C.D., nos
// deux stagiaires », "T.G. and M.H., our trainees"). A dotted acronym
// (« P.S., les bénévoles… ») stays apart: it is one run, not coordinated.

// initialsDescribed reports whether the initials i..k (k the first token
// after them) are described as a person.
func (a *analysis) initialsDescribed(i, k int) bool {
	toks := a.s.Toks
	if k >= len(toks) {
		return false
	}
	if a.bornAfter(k) {
		return true
	}
	if c := toks[k].Norm; c == "et" || c == "and" {
		e := k + 1
		for e < len(toks) && e-k <= maxFirstNameParts && a.isInitial(e) {
			e++
		}
		return e-k-1 >= 2 && a.pluralRoleAfter(e)
	}
	if i >= 3 && (toks[i-1].Norm == "et" || toks[i-1].Norm == "and") && a.isInitialText(i-2) {
		return a.pluralRoleAfter(k)
	}
	return false
}

// bornAfter: ", né en 1958", ", née le 3 mai 1961", ", born in 1949".
func (a *analysis) bornAfter(k int) bool {
	toks := a.s.Toks
	if !a.commaBefore(k) || k+2 >= len(toks) {
		return false
	}
	switch toks[k].Norm {
	case "ne", "nee", "born":
	default:
		return false
	}
	switch toks[k+1].Norm {
	case "en", "le", "in", "on":
	default:
		return false
	}
	for j := k + 2; j < min(len(toks), k+5); j++ {
		if len(toks[j].Norm) == 4 && toks[j].Norm[0] >= '1' && toks[j].Norm[0] <= '2' && allDigits(toks[j].Norm) {
			return true
		}
	}
	return false
}

// pluralRoleAfter: after a comma at k, a role or person noun in the
// plural within three words (« nos deux stagiaires », "our trainees").
func (a *analysis) pluralRoleAfter(k int) bool {
	toks := a.s.Toks
	if k >= len(toks) || !a.commaBefore(k) {
		return false
	}
	for j := k; j < min(len(toks), k+3); j++ {
		if j > k && isClauseSep(toks[j].Sep) {
			return false
		}
		w := toks[j].Norm
		if toks[j].IsAny(cRole, cPerson, cAppositionRoles) ||
			pluralLooking(w) && a.lex.in(strings.TrimRight(w, "sx"), cPerson) {
			return true
		}
	}
	return false
}

// isInitialText: token k is a capital glued to a dot, whether or not a
// name already took it.
func (a *analysis) isInitialText(k int) bool {
	t := a.s.Toks[k]
	return len(t.Norm) == 1 && int(t.End) < len(a.text) && a.text[t.End] == '.' && a.text[t.Start] >= 'A' && a.text[t.Start] <= 'Z'
}

// commaBefore: a comma stands between token k and the one before it
// ("R.B., né": the gap holds the initial's dot too).
func (a *analysis) commaBefore(k int) bool {
	toks := a.s.Toks
	return k > 0 && strings.IndexByte(a.text[toks[k-1].End:toks[k].Start], ',') >= 0
}
