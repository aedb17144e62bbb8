package classify

// « Kev a fait une TS hier », "Kev was discharged from the psych ward":
// a short capitalised word that no lexicon knows, opening the sentence
// as the subject of an auxiliary, is someone's first name or nickname.
// The name rules do not take it (it might be a brand), but a weak
// special fact (a word that needs a person) is told of it: it anchors
// that fact, so that the fact is not read as about nobody. Short only:
// brands and services that open a sentence (« Doctolib propose… »,
// « Deezer a lancé une playlist pour les personnes alitées ») are
// longer, and a strong fact needs no anchor. Two unknown capitalised
// words in a row have a full name's shape (« Gildas Kervran est à
// l'hôpital »): any length.

// subjectAuxiliaries follow a subject at the start of a sentence.
var subjectAuxiliaries = auxiliaryUses.of("subject")

// unknownSubject: the sentence opens on a short unknown capitalised
// word, or two, followed by an auxiliary, before the fact at i.
func (a *analysis) unknownSubject(i int) (anchor, bool) {
	toks := a.s.Toks
	if i >= 3 && subjectAuxiliaries[toks[2].Norm] && toks[1].Sep == 0 && a.unknownCapWord(0) && a.unknownCapWord(1) {
		return anchor{k: 0, kind: anchorName}, true // « Gildas Kervran est à l'hôpital »: a first name and a surname
	}
	if i < 2 || len(toks[0].Norm) > 5 || !subjectAuxiliaries[toks[1].Norm] || !a.unknownCapWord(0) {
		return anchor{}, false
	}
	return anchor{k: 0, kind: anchorName}, true
}
