package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Things named after a person (« la loi Evin », « le prix Goncourt », « la
// maladie de Lyme », "Clare's Law", « la soirée des César »): the name is
// the thing's, not someone of the association's. Three shapes:
//
//   - a head noun and a capitalised name right after it (« le stade
//     Bollaert », « le trophée Jean Dupuy »);
//   - a head noun, « de », and one capitalised word that is no first name
//     (« la maladie de Parkinson », not « la maladie de Léa »);
//   - an English possessive before a head ("Clare's Law"; lowercase only
//     when the owner is no first name: "Crohn's disease", not "Tom's
//     disease");
//
// and an event named after someone after an article (« des César »).
// A civility keeps the person (« la maladie de Mme Roux »), and so do a
// first name (« Malgré la maladie Julie Fontaine continue… », "Tom's
// disease") and a sentence that speaks of him or her (« il », "she",
// "his"), where a member could hide.

// namedEvents are the events named after someone, without a head.
var namedEvents = phraseList("named_events")

// markNamedThings explains away the names of named things.
func (a *analysis) markNamedThings() {
	toks := a.s.Toks
	told, asked := false, false
	for i := range toks {
		if toks[i].Is(cNamedThingHead) {
			if !asked {
				told, asked = a.speaksOfSomeone(), true
			}
			a.markAfterHead(i, told)
			if !told {
				a.markPossessiveHead(i)
			}
		}
		if i > 0 && toks[i].Has(text.Cap) && toks[i-1].Is(cEventLinks) {
			a.markNamedEvent(i)
		}
	}
}

// markAfterHead: « loi Evin », « maladie de Lyme » at the head i.
func (a *analysis) markAfterHead(i int, told bool) {
	toks := a.s.Toks
	k := i + 1
	if k >= len(toks) || isClauseSep(toks[k].Sep) || toks[k].Sep == '\'' && toks[i].Has(text.Cap) {
		return // « la loi, Mme Evin … », "Clare's Law's"
	}
	qualified := headQualifiers[toks[k].Norm] && !toks[k].Has(text.Cap) && k+1 < len(toks) && toks[k+1].Has(text.Cap) && toks[k+1].Sep == 0
	if qualified {
		k++ // « le prix littéraire Louis-Guilloux », « la coupe régionale Roger-Lapébie »
	}
	if toks[k].Has(text.Cap) {
		if !told && !toks[k].Is(cCivility) && toks[i].Sep != '\'' && // not the head of "Sarah's Law Degree"
			(!toks[k].IsAny(cFirst, cAmbig) || a.eponymHeadAt(i) || hyphenatedEponym(toks, k)) {
			a.consumeCaps(k)                                                         // « la loi Evin », not « Malgré la maladie Julie Fontaine continue »
			if toks[k].IsAny(cFirst, cAmbig) && (qualified || !a.headIsSubject(i)) { // « La coupe régionale Julie Martin a gagné » is Julie's win
				e := k + 1
				for e < len(toks) && a.consumed[e] {
					e++
				}
				if e < len(toks) && (a.personVerbAt(e) || a.humanVerbAt(e)) {
					for ; k < e; k++ {
						a.consumed[k] = false // « Au tournoi Julie a gagné »: Julie is the subject
					}
				}
			}
		}
		return
	}
	if told || (toks[k].Norm != "de" && toks[k].Norm != "d") || k+1 >= len(toks) {
		return
	}
	k++
	if t := &toks[k]; t.Has(text.Cap) && !t.Is(cCivility) && (!t.IsAny(cFirst, cAmbig) || eponymOfHeads[toks[i].Norm]) && !isClauseSep(t.Sep) &&
		(k+1 >= len(toks) || !toks[k+1].Has(text.Cap) || toks[k+1].Sep == '-') {
		for a.consumed[k] = true; k+1 < len(toks) && toks[k+1].Sep == '-' && toks[k+1].Has(text.Cap); k++ {
			a.consumed[k+1] = true // one word, or a hyphenated one: « Gilles de la Tourette » stays a full name
		}
	}
}

// eponymHeads name a thing after its namesake, even one whose name is a
// first name (data/words/eponym_heads.txt); eponymOfHeads do so with
// « de » (data/words/eponym_of_heads.txt); eponymTimeWords before the head
// let a sentence go on with a person (data/words/eponym_time_words.txt).
var (
	eponymHeads     = lexicon.Words(lexicon.Data, "eponym_heads")
	eponymOfHeads   = lexicon.Words(lexicon.Data, "eponym_of_heads")
	eponymTimeWords = lexicon.Words(lexicon.Data, "eponym_time_words")
	// headQualifiers may stand between a head and its namesake: « le prix
	// littéraire Louis-Guilloux » (data/words/head_qualifiers.txt).
	headQualifiers = lexicon.Words(lexicon.Data, "head_qualifiers")
)

// eponymHeadAt: the head at i names its thing after a first name (« la
// loi Evin », « la coupe Davis »), unless a word of time comes before it
// or its article (« Après la coupe Julie est partie »).
func (a *analysis) eponymHeadAt(i int) bool {
	toks := a.s.Toks
	if !eponymHeads[toks[i].Norm] {
		return false
	}
	for k := max(0, i-2); k < i; k++ {
		if eponymTimeWords[toks[k].Norm] {
			return false
		}
	}
	return true
}

// hyphenatedEponym: a first name joined to a surname by a hyphen at k
// (« le prix Louis-Guilloux », « le stade Jean-Bouin »), the French way
// of naming a thing after someone; « Jean-Pierre » is a first name.
func hyphenatedEponym(toks []text.Token, k int) bool {
	return k+1 < len(toks) && toks[k+1].Sep == '-' && toks[k+1].Has(text.Cap) && !toks[k+1].IsAny(cFirst, cAmbig)
}

// headIsSubject: the head at i opens the sentence, after its article at
// most (« La coupe Davis revient », "The Stanley Cup…"), so a verb after
// the name is the thing's.
func (a *analysis) headIsSubject(i int) bool {
	if i == 0 {
		return true
	}
	switch a.s.Toks[i-1].Norm {
	case "le", "la", "les", "l", "the":
		return i == 1
	}
	return false
}

// markPossessiveHead: "Clare's Law", "Parkinson's disease" at the head i.
func (a *analysis) markPossessiveHead(i int) {
	toks := a.s.Toks
	if i < 2 || toks[i-1].Norm != "s" || toks[i-1].Sep != '\'' || !toks[i-2].Has(text.Cap) || toks[i-2].Is(cCivility) {
		return
	}
	if toks[i-2].IsAny(cFirst, cAmbig) && !(toks[i].Has(text.Cap) && eponymHeads[toks[i].Norm] &&
		(i+1 >= len(toks) || !toks[i+1].Has(text.Cap))) {
		return // "Tom's disease", "Sarah's law degree", "Jess's Disease Clinic"; "Megan's Law" is the law's
	}
	a.consumed[i-2] = true
	a.consumed[i-1] = true
}

// markNamedEvent: « des César », « de Roland-Garros » at i. An event
// whose name is also a first name needs a ceremony word before its link
// (« la soirée des César »; « Merci à César », « les enfants des Oscar »
// are people); none is followed by a comma, where a person is told of.
func (a *analysis) markNamedEvent(i int) {
	toks := a.s.Toks
	if toks[i].IsAny(cFirst, cAmbig) && (i < 2 || !ceremonyWords[toks[i-2].Norm]) {
		return
	}
	for _, p := range namedEvents {
		j := i + len(p)
		if a.wordsAt(i, p) && (j >= len(toks) || !toks[j].Has(text.Cap) && !isClauseSep(toks[j].Sep)) {
			for k := i; k < j; k++ {
				a.consumed[k] = true
			}
		}
	}
}

// ceremonyWords come before an event named after someone
// (data/words/ceremony_words.txt).
var ceremonyWords = lexicon.Words(lexicon.Data, "ceremony_words")

// An article or a preposition opens a named event: the class cEventLinks
// (data/words/event_links.txt, set_classes.go).

// speaksOfSomeone: the sentence has a pronoun or a possessive of someone
// (« il », « sa », "she", "his").
func (a *analysis) speaksOfSomeone() bool {
	for k := range a.s.Toks {
		if thirdPersons[a.s.Toks[k].Norm] {
			return true
		}
	}
	return false
}
