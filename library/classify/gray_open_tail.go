package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A matter left open by a clause of its own (issue 7, section 4, the gray
// zone): « Le CCAS veut revoir le partenariat. À suivre. », « Le club
// voisin propose de mutualiser le minibus, à étudier. », "The tourist
// office may run its own tours. Still unclear.", "Early days, nothing to
// announce." The matter is told in one clause, and a short clause after
// or before it, holding nothing but words that leave it open, says it is
// not settled: internal news, a doubt. The rules that read « pas
// encore » or "unclear" ask for a matter of the association in the same
// sentence; a tail of its own has none, and that is its mark: it can only
// speak of what was just said.
//
// A clause after a colon is a field's value on a public notice (« Lieu :
// à confirmer »), one that ends on an exclamation mark a recommendation
// (« Un film superbe. À voir ! »), and a value that is nothing but the
// tail tells no matter: none of them is a doubt.

// openTailFillers may stand beside an open tail in its clause.
var openTailFillers = lexicon.Words(lexicon.Data, "open_tail_fillers")

// findOpenTail reports a clause that only leaves an earlier matter open.
func (a *analysis) findOpenTail() {
	if !a.sentencePending().has(pendOpenTail) || a.has(cWeather) || a.isPublishedNow() || a.sentenceCues().has(cueGoodNews) {
		return
	}
	for _, h := range a.hits {
		if h.dict != dPending || h.val != int(pendOpenTail) {
			continue
		}
		if i, j, ok := a.bareClause(h); ok && a.toldBefore(i) && !a.exclaimed(j) {
			a.add(ruleInternal, i, j)
			return
		}
	}
}

// bareClause returns the clause around the hit when every other token of
// it is a filler and it does not open after a colon.
func (a *analysis) bareClause(h hit) (int, int, bool) {
	toks := a.s.Toks
	i := h.i
	for i > 0 && !opensClause(toks[i]) {
		i--
	}
	j := h.j
	for j < len(toks) && !opensClause(toks[j]) {
		j++
	}
	if i > 0 && toks[i].Sep == ':' {
		return 0, 0, false
	}
	for k := i; k < j; k++ {
		if (k < h.i || k >= h.j) && !openTailFillers[toks[k].Norm] {
			return 0, 0, false
		}
	}
	return i, j, true
}

// opensClause: a comma, a semicolon, a colon, a bracket, a quotation mark
// or a dash between spaces (« Brouillon v2 — non validé ») stands before
// the token.
func opensClause(t text.Token) bool {
	return isClauseSep(t.Sep) || t.Sep == '-' && t.Spaced
}

// toldBefore: a word stands before the clause that starts at token i, in
// this sentence or an earlier one of the value.
func (a *analysis) toldBefore(i int) bool {
	if i > 0 {
		return true
	}
	before := a.text[:a.s.Toks[0].Start]
	return strings.IndexFunc(before, text.IsWordRune) >= 0
}

// exclaimed: the clause ending at token j closes the sentence on an
// exclamation mark.
func (a *analysis) exclaimed(j int) bool {
	toks := a.s.Toks
	if j < len(toks) {
		return false
	}
	rest := strings.TrimLeft(a.text[toks[j-1].End:], " \u00a0\u202f")
	return strings.HasPrefix(rest, "!")
}
