package classify

import "tamis/library/classify/lexicon"

// The newest one of a small group (« la nouvelle bénévole du jeudi »,
// "the new girl at the Thursday knitting group") is one person, as « la
// seule bénévole » is (described_person.go). A new office holder (« le
// nouveau président du club ») holds a role, a doubt as any role, and
// things are new too (« le nouveau local »): the noun must be a person
// and no role.

var newcomerWords = lexicon.Words(lexicon.Data, "newcomer")

// newcomerBefore: token n is a person noun, no role, and « nouveau » or
// "new" stands among the tokens [i, n).
func (a *analysis) newcomerBefore(i, n int) bool {
	toks := a.s.Toks
	if n >= len(toks) || toks[n].Is(cRole) {
		return false
	}
	for k := i; k < n; k++ {
		if newcomerWords[toks[k].Norm] {
			return true
		}
	}
	return false
}
