package classify

import "tamis/library/classify/text"

// possibleNameIn: a word of the sentence may be someone's name though no
// name shape took it: a capitalised first name or surname of the lists
// inside the sentence (« Rose y participe », "Tom and Ben"), or a first
// name typed in lower case (« karim a le VIH »). The frames that free a
// special word as a topic (a faith comparison, a workshop's theme, a
// public offer's address, the law's grounds, a vocabulary list) ask that
// none stands in the sentence: the words that would have anchored the
// fact may be exactly the name the shapes missed.
func (a *analysis) possibleNameIn() bool {
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
	}
	return false
}
