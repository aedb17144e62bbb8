package classify

// News of a generation ago (issue 7, section 4, public text flagged as a
// doubt): « Le krach de 1929 entraîna la faillite de milliers de
// banques », « En mai 1968, le pays est paralysé par les grèves », "In
// 1984 the pits began to close". A matter dated a generation back
// is history, not news of the association waiting to be told: its gray
// doubts go (generationAgo: dated_public_deed.go). « depuis 1990 », "since 1985" reach the present and keep
// them, and so does anything of ours (world_question.go nothingOfOurs:
// « en 1990, la mairie nous a retiré le local »). Persons' facts are read
// by history_frame.go.

// dropOldNewsGray removes the gray doubts of a sentence dated a
// generation ago.
func (a *analysis) dropOldNewsGray() {
	a.dropWorldDoubts(func() bool { return a.datedLongAgo() && a.nothingOfOurs() }) // general_advice.go
}

// datedLongAgo: a year before generationAgo after a word that dates
// (« en 1929 », « de 1929 », « mai 1968 », "in 1984"), not one that
// reaches the present (« depuis », "since").
func (a *analysis) datedLongAgo() bool {
	toks := a.s.Toks
	for k := 1; k < len(toks); k++ {
		w := toks[k].Norm
		if !yearToken(toks[k]) || w >= generationAgo {
			continue
		}
		switch p := toks[k-1].Norm; {
		case p == "depuis" || p == "since":
			return false
		case yearLinks[p] || p == "de" || p == "of" || monthName(p):
			return true
		}
	}
	return false
}
