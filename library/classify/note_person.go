package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A note without its subject is about the person the form is about:
// « Absente pendant le ramadan », « Ne vient pas pendant les fêtes
// juives », « Jeûne pendant le ramadan, éviter les goûters », "Away for
// Passover". A weak special-category word (a feast, a fast, a word with
// an everyday sense) is then that person's, as an anchored one is. A
// reminder in the infinitive (« Ne pas programmer d'atelier pendant le
// ramadan ») has no person, nor has a place's hours (« Reste ouvert
// pendant le ramadan »).

var absenceOpeners = lexicon.Words(lexicon.Data, "absence_openers")

// notesOwnPerson: the sentence opens on a verb with no subject or on an
// absence (« Absente », « Excusé », "Away").
func (a *analysis) notesOwnPerson() bool {
	toks := a.s.Toks
	if len(toks) < 2 {
		return false
	}
	if a.endsOnQuestion() {
		return false // "Is it safe to take…?": a question's verb, before its subject
	}
	if absenceOpeners[toks[0].Norm] {
		return true
	}
	if n := toks[1].Norm; isArticle(n) || subjectPronouns[n] || n == "it" || n == "there" || n == "this" || n == "that" || placeStates[n] {
		return false // "Is it…", « Fait le point… », « Reste ouvert… », « Va falloir… »: a subject, an object, a place's hours or no one
	}
	if (toks[0].Norm == "ne" || toks[0].Norm == "n") && infinitiveNegation[toks[1].Norm] {
		return false // « Ne pas programmer… »: a reminder
	}
	return a.subjectlessOpener() // no_one_told.go
}

// practiceVerbs open a note on its person's practice of a feast or a
// fast (« Observe le ramadan », « Jeûne pendant le carême », "Fasting
// during Ramadan").
var practiceVerbs = lexicon.Words(lexicon.Data, "practice_verbs")

// practiceLinks stand between a practice verb and its feast: an
// article, a possessive, a span of time (« Fait son ramadan », « Jeûne
// tout le carême »).
var practiceLinks = lexicon.Words(lexicon.Data, "practice_links")

// notesOwnPractice: the weak special word at sp is the practice of the
// note's unsaid person: governed by a practice verb that opens the
// sentence (« Suit le ramadan, repas à part »), or named by a heading
// before a note without its subject (« Ramadan : ne mange pas avant
// 18h »).
func (a *analysis) notesOwnPractice(sp span) bool {
	toks := a.s.Toks
	if len(toks) < 2 || a.endsOnQuestion() {
		return false
	}
	if practiceVerbs[toks[0].Norm] && toks[1].Sep != '-' && sp.i >= 1 && sp.i <= 3 {
		for k := 1; k < sp.i; k++ {
			if !practiceLinks[toks[k].Norm] || toks[k].Sep != 0 {
				return false
			}
		}
		return toks[sp.i].Sep == 0 || toks[sp.i].Sep == '\''
	}
	q, mark := headingEnd(a.text, toks, ruleHeading)
	if mark != ':' || q == 0 || q >= len(toks)-1 || sp.j > q {
		return false
	}
	if w := toks[q].Norm; w == "ne" || w == "n" {
		return !infinitiveNegation[toks[q+1].Norm] // « ne mange pas », not « ne pas programmer »
	}
	return practiceVerbs[toks[q].Norm] || a.subjectlessAt(q) // no_one_told.go
}

// opensOnOwnCondition: a word that describes a person by itself opens
// the sentence, in the singular, before a comma: the note's person
// (« Diabétique insulinodépendante, prévoir une collation pendant
// l'atelier »). A workshop or a week named after it does not make it a
// topic then; an appeal to the reader does (« Diabétique, venez à
// l'atelier cuisine », « Enceinte ? Atelier yoga samedi »).
func (a *analysis) opensOnOwnCondition(sp span, t term) bool {
	toks := a.s.Toks
	if sp.i != 0 || t.flags&selfPerson == 0 || a.isPlural(sp) || a.endsOnQuestion() || a.addressesPublic() {
		return false
	}
	for k := sp.j; k < len(toks); k++ {
		if toks[k].Sep == ',' {
			return true
		}
		if toks[k].Sep != 0 || !toks[k].Has(text.Letter) {
			return false // « Diabétique : les bons réflexes », « Diabétique ? »: a heading, a question
		}
	}
	return false
}

// notesAbsence: the sentence opens on its person's absence, or its
// heading does (« Absente pendant les fêtes juives », « Excusé :
// ramadan », « Cours de FLE : absent car en garde à vue »). A special
// word after it is the absent person's, whatever the heading names.
func (a *analysis) notesAbsence(sp span) bool {
	toks := a.s.Toks
	if len(toks) < 2 || a.endsOnQuestion() {
		return false
	}
	if oneAbsent(toks[0]) {
		return true
	}
	q, mark := headingEnd(a.text, toks, ruleHeading)
	return mark == ':' && q > 0 && q < len(toks)-1 && sp.i > q && oneAbsent(toks[q])
}

// oneAbsent: the word says that one person is absent (« Absente »,
// « excusé », "Away"), not a group (« absents excusés pour cause de
// grève SNCF »).
func oneAbsent(t text.Token) bool {
	return absenceOpeners[t.Norm] && !strings.HasSuffix(t.Norm, "s")
}

// placeStates follow a verb whose unsaid subject is a place or no one (data/words/place_states.txt).
var placeStates = lexicon.Words(lexicon.Data, "place_states")

// infinitiveNegation follow « ne » before an infinitive (data/words/infinitive_negation.txt).
var infinitiveNegation = lexicon.Words(lexicon.Data, "infinitive_negation")

// objectPronounTold: an object pronoun stands for someone before a verb
// (« Le syndicat l'a exclu », « Le parti l'a investi », « Le syndicat
// lui a proposé un poste », "The party picked him"): a weak word of a
// union or a party, a feast or a fast, is then that person's.
func (a *analysis) objectPronounTold() bool {
	toks := a.s.Toks
	for k := 0; k+1 < len(toks); k++ {
		next := toks[k+1].Norm
		switch toks[k].Norm {
		case "l":
			if toks[k+1].Sep == '\'' && auxiliaryAfterPronoun[next] {
				return true // « l'a exclu », « l'avait soutenue »
			}
		case "lui":
			if auxiliaryAfterPronoun[next] || toks[k+1].Is(cPersonVerbs) {
				return true // « lui a proposé »
			}
		case "him":
			return k > 0
		}
	}
	return false
}

// auxiliaryAfterPronoun follow an object pronoun (data/words/auxiliary_after_pronoun.txt).
var auxiliaryAfterPronoun = lexicon.Words(lexicon.Data, "auxiliary_after_pronoun")
