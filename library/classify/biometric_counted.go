package classify

import "tamis/library/classify/text"

// A biometric collection often counts the people it is taken from
// (« les empreintes digitales des 12 salariés », "fingerprints of all
// 25 staff"): the count stands between the determiner and the group, and
// the group is still the association's own, identifiable people.

// ownPeopleDetBefore: the group word at k follows a determiner of the
// association's people (« des », « nos », "all"), maybe through a count
// written in digits or in words (« des 48 adhérents », « nos deux
// gardiens »).
func (a *analysis) ownPeopleDetBefore(k int) bool {
	toks := a.s.Toks
	i := k - 1
	for i > 0 && i >= k-2 && isCount(toks[i]) {
		i--
	}
	return i >= 0 && toks[i].Is(cOwnPeopleDets)
}

// isCount: a number in digits or spelled out.
func isCount(t text.Token) bool {
	return t.Has(text.Digit) || t.Is(cSpelledNumber) || t.Is(cNumberWords)
}
