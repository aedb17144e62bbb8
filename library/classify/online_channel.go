package classify

// « En ligne » is also a channel (issue 7, section 4): « les dons en
// ligne ont baissé », "online sign-ups are down" say how people give or
// register, not that a figure was published. Right after a noun of the
// association's activity or money, the phrase publishes nothing.

// onlineChannel: the published marker at tokens [i, j) is « en ligne » or
// "online" right after an activity or money noun (« dons en ligne »), or
// "online" right before one ("online donations").
func (a *analysis) onlineChannel(i, j int) bool {
	toks := a.s.Toks
	if j == i+1 && toks[i].Norm == "online" && j < len(toks) && toks[j].IsAny(cActivity, cPersonMoney) {
		return true // "online donations"
	}
	if i == 0 || !(j == i+2 && toks[i].Norm == "en" && toks[i+1].Norm == "ligne" || j == i+1 && toks[i].Norm == "online") {
		return false
	}
	return toks[i-1].IsAny(cActivity, cPersonMoney)
}
