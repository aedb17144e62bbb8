package classify

import "tamis/library/classify/lexicon"

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

// placeStates follow a verb whose unsaid subject is a place or no one
// (« Reste ouvert pendant le ramadan », « Va falloir adapter »).
var placeStates = lexicon.WordSet{"ouvert": true, "ouverte": true, "ouverts": true, "ouvertes": true, "ferme": true, "fermee": true,
	"fermes": true, "fermees": true, "open": true, "closed": true, "falloir": true, "possible": true}

// infinitiveNegation follow « ne » before an infinitive.
var infinitiveNegation = lexicon.WordSet{"pas": true, "plus": true, "jamais": true, "rien": true}

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

// auxiliaryAfterPronoun follow an object pronoun as the verb it is the
// object of (« l'a », « l'avait », « lui ont »).
var auxiliaryAfterPronoun = lexicon.WordSet{"a": true, "ont": true, "avait": true, "avaient": true, "aura": true, "auront": true,
	"aurait": true, "auraient": true, "est": true, "etait": true, "sera": true}
