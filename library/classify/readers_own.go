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
