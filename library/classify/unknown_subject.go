package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

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

// subjectReturns are the verbs of coming back or going out that follow
// a person more than a brand (« Zéphyrin revient de l'HP »), read as
// the auxiliaries are (data/words/subject_returns.txt).
var subjectReturns = lexicon.Words(lexicon.Data, "subject_returns")

// unknownSubject: the sentence opens on a short unknown capitalised
// word, or two, followed by an auxiliary, before the fact at i.
func (a *analysis) unknownSubject(i int) (anchor, bool) {
	toks := a.s.Toks
	if i >= 3 && subjectAuxiliaries[toks[2].Norm] && toks[1].Sep == 0 && a.unknownCapWord(0) && a.unknownCapWord(1) {
		return anchor{k: 0, kind: anchorName}, true // « Gildas Kervran est à l'hôpital »: a first name and a surname
	}
	if i < 2 && !(i == 1 && subjectReturns[toks[1].Norm]) || len(toks[0].Norm) > 5 && (len(toks[0].Norm) > 12 || i > 3) || !subjectAuxiliaries[toks[1].Norm] && !subjectReturns[toks[1].Norm] || !a.unknownCapWord(0) {
		return anchor{}, false // longer, only when the fact follows the auxiliary (« Nasrin a été surprise à voler »), not « Deezer a lancé une playlist pour les personnes alitées »
	}
	return anchor{k: 0, kind: anchorName}, true
}

// unknownOpener returns 0 when the sentence opens on a capitalised word
// shaped as a name (nameShapedOpener), as its subject: an auxiliary or « ne » right
// after it, or after a short complement of where the person belongs
// (« Bébert du comité des fêtes a perdu son travail », « Ti-Jean du
// marché ne paie plus »); -1 otherwise. Read with a fact that only a
// person has (role_fact.go findDescribedHardship): a brand does not lose
// its job.
func (a *analysis) unknownOpener() int {
	toks := a.s.Toks
	if len(toks) < 3 || !a.nameShapedOpener() {
		return -1
	}
	v := 1
	if toks[1].Is(cBelongLinks) && !subjectAuxiliaries[toks[1].Norm] { // « a » folds as « à »
		for v = 2; v < min(len(toks), 7) && !subjectAuxiliaries[toks[v].Norm] && toks[v].Norm != "ne" && toks[v].Norm != "n"; v++ {
			if isClauseSep(toks[v].Sep) {
				return -1
			}
		}
	}
	if v < len(toks) && (subjectAuxiliaries[toks[v].Norm] || toks[v].Norm == "ne" || toks[v].Norm == "n") {
		return 0
	}
	return -1
}

// nameShapedOpener: the first token is a capitalised word of letters that
// no name found already covers, not an acronym, not a word of places, bodies or persons' kinds, and either
// in a name list or in no dictionary (« Bébert », « Nanard », « Corinne »;
// not « Carrefour », « Mairie »).
func (a *analysis) nameShapedOpener() bool {
	t := &a.s.Toks[0]
	if !t.Has(text.Cap) || !t.Has(text.Letter) || t.Has(text.Upper) || t.Has(text.Digit) || a.s.Shouting || a.consumed[0] || a.coveredByName(0) ||
		a.isAcronym(0) || innerCapital(a.text[t.Start:t.End]) {
		return false
	}
	if t.IsAny(cCapWord, cVenue, cOrg, cKnownBodies, cPerson, cPopulation, cFunctionWords) {
		return false
	}
	return t.IsAny(cFirst, cAmbig, cLast) || !a.dictionaryWord(0)
}

// cappedPersonOpener returns 1 when the sentence opens on a definite
// article and a word of the dictionaries written with a capital inside
// the sentence, which makes it a nickname (« Le Colonel du club de boules doit 200
// euros », « La Sorcière du lotissement … », "The Professor from the
// chess club"), as its subject: an auxiliary or « ne » right after it, or
// after a short complement of where the person belongs; -1 otherwise.
// Read, like unknownOpener, only with a fact that only a person has.
func (a *analysis) cappedPersonOpener() int {
	toks := a.s.Toks
	if len(toks) < 4 || !toks[0].Is(cDefiniteArticles) || a.s.Shouting {
		return -1
	}
	t := &toks[1]
	if !t.Has(text.Cap) || !t.Has(text.Letter) || t.Has(text.Upper) || t.Sep != 0 || a.consumed[1] || a.coveredByName(1) {
		return -1
	}
	if !a.dictionaryWord(1) || t.IsAny(cVenue, cOrg, cKnownBodies, cPopulation, cCapWord) || a.communeStartsAt(1) {
		return -1 // « La Poste du quartier », « Le Havre »: a body or a place keeps its capital
	}
	v := 2
	if toks[2].Is(cBelongLinks) && !subjectAuxiliaries[toks[2].Norm] {
		for v = 3; v < min(len(toks), 8) && !subjectAuxiliaries[toks[v].Norm] && !a.personVerbAt(v) && toks[v].Norm != "ne" && toks[v].Norm != "n"; v++ {
			if isClauseSep(toks[v].Sep) {
				return -1
			}
		}
	}
	if v < len(toks) && (subjectAuxiliaries[toks[v].Norm] || a.personVerbAt(v) || toks[v].Norm == "ne" || toks[v].Norm == "n") {
		return 1
	}
	return -1
}

// communeStartsAt: a commune's name starts at token k (« Le Havre »).
func (a *analysis) communeStartsAt(k int) bool {
	end, _ := a.communeAt(k)
	return end > k
}
