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

// personPrepositions stand before a person as well as a thing (« pour
// zephyrin »): an unknown word right after one may be a name; elsewhere
// it is more often a typo or slang (« quizz », « aprem »).
var personPrepositions = prepositionUses.of("person")

func (a *analysis) scanPossibleName() bool {
	for k := range a.s.Toks {
		t := &a.s.Toks[k]
		if a.consumed[k] {
			continue
		}
		if !t.Has(text.Cap) && t.Has(text.Letter) && !t.Has(text.Digit) && (t.IsAny(cFirst, cAmbig) || len(t.Norm) >= 4 && t.Cls == (text.ClassSet{}) && k > 0 && personPrepositions[a.s.Toks[k-1].Norm]) && !a.dictionaryWord(k) {
			return true // « karim », « sophie », « pour zephyrin »: lower case, no dictionary or list knows it
		}
		if !t.Has(text.Cap) && t.Is(cFirst) && !t.Is(cAmbig) && k+1 < len(a.s.Toks) && a.personVerbAt(k+1) && a.s.Toks[k+1].Norm != "et" {
			return true // « moussa est… »: a first name the dictionary also knows, before a person's verb
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
