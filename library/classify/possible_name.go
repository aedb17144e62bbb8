package classify

import "tamis/library/classify/text"

// possibleNameIn: a word of the sentence may be someone's name though no
// name shape took it: a capitalised first name or surname of the lists
// inside the sentence (« Rose y participe », "Tom and Ben"), a first
// name typed in lower case (« karim a le VIH »), initials (« JD »), or
// a capitalised word no dictionary knows (« Jiahui », « Zéphyrin »: the
// lists cannot hold every name). The frames that free a
// special word as a topic (a faith comparison, a workshop's theme, a
// public offer's address, the law's grounds, a vocabulary list) ask that
// none stands in the sentence: the words that would have anchored the
// fact may be exactly the name the shapes missed. The answer is kept for
// the sentence: several frames ask, and the names taken later can only
// turn a yes into a no, so a kept yes errs on the side of blocking.
func (a *analysis) possibleNameIn() bool {
	if a.memo&memoPossibleNameDone == 0 {
		a.memo |= memoPossibleNameDone
		if a.scanPossibleName() {
			a.memo |= memoPossibleName
		}
	}
	return a.memo&memoPossibleName != 0
}

func (a *analysis) scanPossibleName() bool {
	for k := range a.s.Toks {
		t := &a.s.Toks[k]
		if a.consumed[k] {
			continue
		}
		if t.IsAny(cFirst, cAmbig) && !t.Has(text.Cap) && !a.dictionaryWord(k) {
			return true // « karim », « sophie »
		}
		if k > 0 && t.Has(text.Cap) && !t.Has(text.Upper) && t.IsAny(cFirst, cAmbig, cLast) {
			return true // « Rose », "Tom", « Marine »
		}
		if k > 0 && t.Has(text.Upper) && !t.Has(text.Digit) && len(t.Norm) <= 3 {
			return true // initials: « JD », « J.D. »
		}
		if k > 0 && t.Has(text.Cap) && !t.Has(text.Upper) && t.Has(text.Letter) && !a.dictionaryWord(k) && !t.Is(cCapWord) {
			return true // a capitalised word no dictionary knows: « Jiahui », « Zéphyrin », « Ba »
		}
	}
	return false
}
