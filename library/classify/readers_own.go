package classify

import "tamis/library/classify/lexicon"

// A special word after « votre », « vos », "your" is the reader's, in an
// offer or advice to whoever reads it (« venez parler de vos pépins de
// santé avec une infirmière », "bring your meds on the trip"): about no
// one the value names. Written to a named person (« Madame Roux, votre
// diabète… ») it stays that person's fact.

// readerPossessives are the possessives of the reader
// (data/words/reader_possessives.txt).
var readerPossessives = lexicon.Words(lexicon.Data, "reader_possessives")

// readersOwn: a reader's possessive stands within two tokens before the
// special entry at sp, and the sentence names no one.
func (a *analysis) readersOwn(sp span) bool {
	if len(a.names) > 0 {
		return false
	}
	toks := a.s.Toks
	for k := sp.i - 1; k >= 0 && k >= sp.i-2; k-- {
		if readerPossessives[toks[k].Norm] {
			return true
		}
		if isClauseSep(toks[k+1].Sep) {
			return false
		}
	}
	return false
}

// readerAdviceVerbs send the reader to someone of their own
// (data/words/reader_advice_verbs.txt).
var readerAdviceVerbs = lexicon.Words(lexicon.Data, "reader_advice_verbs")

// readerHelpers are the professionals a notice sends its reader to
// (data/words/reader_helpers.txt).
var readerHelpers = lexicon.Words(lexicon.Data, "reader_helpers")

// readersHelper: the person at k is the reader's own doctor or
// pharmacist, whom an advice verb a few words before sends them to
// (« parlez-en à votre médecin », "ask your pharmacist"): whoever that is
// for each reader. Only one reader's possessive may stand in the
// sentence: « parlez-en à votre médecin, votre dépression… » tells a
// reader's own fact, to one person.
func (a *analysis) readersHelper(k int) bool {
	toks := a.s.Toks
	if !readerPossessives[toks[k].Norm] || k+1 >= len(toks) || !readerHelpers[toks[k+1].Norm] {
		return false
	}
	for p, t := range toks {
		if p != k && readerPossessives[t.Norm] {
			return false
		}
	}
	for p := k - 1; p >= 0 && p >= k-3; p-- {
		if readerAdviceVerbs[toks[p].Norm] {
			return true
		}
		if isClauseSep(toks[p+1].Sep) {
			return false
		}
	}
	return false
}
