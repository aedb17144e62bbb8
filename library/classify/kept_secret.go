package classify

import (
	"tamis/i18n"
)

// A matter the writer forbids to pass on (issue 7, section 4): « ne
// partagez pas ce chiffre avec les adhérents », "please don't breathe a
// word to the other clubs", « ne l'ébruitez pas : la fondation baisse sa
// subvention ». A negated word of telling or sharing, with no « yet »,
// « encore » or « until » that makes it news held back for a while
// (held_back.go, the gray zone), in a value that names a matter of the
// association (money, figures, the board, a grant, a contract), keeps
// that matter confidential whatever it is: category 4, blocked. Advice to
// the reader (« ne partagez jamais vos codes ») and a rule of wording
// (« ne dites pas "handicapé" ») name no such matter or speak to « vous ».

// findKeptSecret reports a sentence that forbids passing its matter on.
func (a *analysis) findKeptSecret() {
	// The negated word of telling first: few sentences hold one, and the
	// tests after it read the whole value (valueHoldsAmount) or a word set
	// per token. Each test is a predicate of the sentence: their order
	// changes nothing but the work.
	if a.has(cReaderWords) || !a.tellingForbiddenIn() {
		return
	}
	if !a.associationMatter() || a.sensitiveInSentence() {
		return // a fact already category 4 keeps its own, more precise reason
	}
	if a.anyWordIn(restraintWords) || a.anyWordIn(beforeWords) {
		return // held back only for a while (« pas encore », "until")
	}
	a.addAs(ruleConfidential, Blocked, 0, len(a.s.Toks),
		i18n.T("à ne pas divulguer : information confidentielle de l’association",
			"not to be passed on: the association's confidential information"))
}

// tellingForbiddenIn: a word of telling or sharing of the sentence has
// a negation before it (tellingForbidden).
func (a *analysis) tellingForbiddenIn() bool {
	for i := range a.s.Toks {
		if a.s.Toks[i].IsAny(cDisclose, cTell) && a.tellingForbidden(i) {
			return true
		}
	}
	return false
}

// tellingForbidden: a negation stands within three tokens before the
// word of telling at i, in its clause (findKeptSecret has checked that
// no word of time holds it back only for a while: « pas encore », "yet",
// "until", "before").
func (a *analysis) tellingForbidden(i int) bool {
	toks := a.s.Toks
	for k := i - 1; k >= max(0, i-3) && !isClauseSep(toks[k+1].Sep); k-- {
		if isNegation(toks[k]) {
			return true
		}
	}
	return false
}

// associationMatter: the sentence names a matter of the association
// (figures, its board, a grant, a contract, its accounts, a body it
// deals with) or the value holds an amount.
func (a *analysis) associationMatter() bool {
	return a.hasAny(cFigures, cBoard, cFunding, cAccount, cContract, cOrg) || a.valueHoldsAmount() // value_scan.go
}

// sensitiveInSentence: a category-4 finding lies in the sentence.
func (a *analysis) sensitiveInSentence() bool {
	for _, f := range a.findings[a.sentFirst:] { // the findings of earlier sentences lie before it (value_scan.go)
		if f.Category == Sensitive && f.Start >= a.s.Start && f.End <= a.s.End {
			return true
		}
	}
	return false
}
