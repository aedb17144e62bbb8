package classify

// A vague word asked of the reader is a request, not an incident: « Merci
// de signaler toute absence au secrétariat », « Pensez à signaler les
// allergies », "Please report any damage to the caretaker". The verb
// follows « merci de », a word that speaks to the reader
// (addressing.txt: « pensez à », « n'hésitez pas à ») or "please".

// askedOfReader: the word at k follows a request made to the reader.
func (a *analysis) askedOfReader(k int) bool {
	toks := a.s.Toks
	if k >= 1 && toks[k-1].Norm == "please" {
		return true
	}
	if k < 2 || toks[k-1].Norm != "de" && toks[k-1].Norm != "d" && toks[k-1].Norm != "a" {
		return false
	}
	p := k - 2
	if toks[p].Norm == "pas" && p > 0 {
		p-- // « n'hésitez pas à »
	}
	return toks[p].Norm == "merci" || toks[p].Is(cAddressing)
}
