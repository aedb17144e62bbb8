package classify

// A flat or a door written as a number glued to a letter (« au 21A »,
// "the new tenant in 7A", « appartement 3C ») is one door, one household,
// as « parcelle 14 » is (indirect.go quasiScore).

// flatNumberAt: token i is a place preposition and token i+1 is one to
// three digits glued to one letter.
func (a *analysis) flatNumberAt(i int) bool {
	toks := a.s.Toks
	if i+1 >= len(toks) || !isPlacePrep(toks[i].Norm) && toks[i].Norm != "at" {
		return false
	}
	return isFlatNumber(toks[i+1].Norm)
}

// isFlatNumber: "12b", "7a", "104c"; the letters of doors, A to D, not
// those of units (« 16h », "5k", « 3e »).
func isFlatNumber(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	return n >= 1 && n <= 3 && len(w) == n+1 && w[n] >= 'a' && w[n] <= 'd'
}
