package classify

// « Kev a fait une TS hier », "Kev was discharged from the psych ward":
// a short capitalised word that no lexicon knows, opening the sentence
// as the subject of an auxiliary, is someone's first name or nickname.
// The name rules do not take it (it might be a brand), but a weak
// special fact (a word that needs a person) is told of it: it anchors
// that fact, so that the fact is not read as about nobody. Short only:
// brands and services that open a sentence (« Doctolib propose… ») are
// longer, and a strong fact needs no anchor.

// subjectAuxiliaries follow a subject at the start of a sentence.
var subjectAuxiliaries = auxiliaryUses.of("subject")

// unknownSubject: the sentence opens on a short unknown capitalised
// word followed by an auxiliary, before the fact at i.
func (a *analysis) unknownSubject(i int) (anchor, bool) {
	toks := a.s.Toks
	if i < 2 || len(toks[0].Norm) > 5 || !subjectAuxiliaries[toks[1].Norm] || !a.unknownCapWord(0) {
		return anchor{}, false
	}
	return anchor{k: 0, kind: anchorName}, true
}
