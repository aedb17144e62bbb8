package classify

import "tamis/library/classify/text"

// Initials glued in one upper-case word (« JPL », "TKM") stand for a
// person as dotted ones do (initials_alone.go), but a lone upper-case
// word is most often an acronym, so names.go leaves it. Right after a
// special fact and a word that says whose it is (« en cas
// d'hypoglycémie de JPL, donnez du sucre », "the seizures of TKM"), it is
// the person the fact is about: the anchor the fact needs. A known
// acronym, a body after its article (« du CCAS ») or a word with a digit
// (« PSC1 ») stays what it is.

// ownerOfFact is the prepositions that join a fact to its owner
// (data/words/prepositions.txt, use "owner").
var ownerOfFact = prepositionUses.of("owner")

// initialsOwner: the special fact at sp, with no other person, is followed by an owner word and
// a run of two to four upper-case letters that no lexicon knows.
func (a *analysis) initialsOwner(sp span) (anchor, bool) {
	toks := a.s.Toks
	k := sp.j + 1
	if k >= len(toks) || !ownerOfFact[toks[sp.j].Norm] || isClauseSep(toks[sp.j].Sep) || isClauseSep(toks[k].Sep) {
		return anchor{}, false
	}
	if a.gluedInitials(k) {
		return anchor{k: k, kind: anchorName}, true
	}
	return anchor{}, false
}

// gluedInitials: token k is two to four capital letters written as one
// word, not a known acronym or body, not a word of the lexicons.
func (a *analysis) gluedInitials(k int) bool {
	t := &a.s.Toks[k]
	n := len(t.Norm)
	if n < 2 || n > 4 || !t.Has(text.Upper) || a.s.Shouting || a.consumed[k] || t.End-t.Start != int32(n) {
		return false // « Éloïse » in capitals folds longer than it is written: not initials
	}
	for i := 0; i < n; i++ {
		if c := t.Norm[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return !a.isAcronym(k) && !t.IsAny(cKnownBodies, cOrg, cVenue, cFirst, cLast, cFunctionWords) && !a.lex.in(t.Norm, cAcronym)
}

// upperWordIn: a short upper-case word stands in the sentence, which
// initialsOwner may take for the owner of a fact.
func (a *analysis) upperWordIn() bool {
	for k := range a.s.Toks {
		if t := &a.s.Toks[k]; t.Has(text.Upper) && len(t.Norm) <= 4 {
			return true
		}
	}
	return false
}
