package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// The frames that read a sentence as telling nobody — a story under a
// work's heading or title, an exercise, an appeal to the readers — infer
// it from the shape of the text, not from words that say so (« cas
// fictif »). A real person told in that shape must not pass: a floor or
// a flat, the writer's own people, a time of real events, a weekly
// habit, or an identifier found in the sentence tie its persons to real
// life, and the frame does not hold (issue 7: a risky value opened is a
// leak).

var realLifeWords = lexicon.Words(lexicon.Data, "real_life_words")

// realLifeSaid: the sentence ties its persons to real life.
func (a *analysis) realLifeSaid() bool {
	toks := a.s.Toks
	for k := range toks {
		if realLifeWords[toks[k].Norm] || isFloor(toks[k].Norm) || // indirect.go: « 3e », "4th"
			numberedDoor(toks, k) || a.realTimeAt(k) ||
			a.habitAt(k) || a.dwellingAt(k) {
			return true
		}
	}
	return a.identifierFound()
}

// numberedDoor: « appartement 12 », « n° 4 », "flat 3", "at number 12":
// a door with its number.
func numberedDoor(toks []text.Token, k int) bool {
	if k+1 >= len(toks) || !toks[k+1].Has(text.Digit) {
		return false
	}
	switch toks[k].Norm {
	case "n", "no", "numero", "number": // « au n° 12 », "at number 12", not a heading's « Mise en situation n° 3 »
		return k > 0 && (toks[k-1].Norm == "au" || toks[k-1].Norm == "du" || toks[k-1].Norm == "at" || toks[k-1].Norm == "from")
	}
	return doorWords[toks[k].Norm]
}

// doorWords come before the number of a door.
var doorWords = lexicon.Words(lexicon.Data, "door_words")

// dwellingAt: a verb of living followed by a landmark (« qui habite
// au-dessus de la pharmacie », "lives opposite the church"): a home told
// in words.
func (a *analysis) dwellingAt(k int) bool {
	toks := a.s.Toks
	if !dwellingVerbs[toks[k].Norm] {
		return false
	}
	for m := k + 1; m < min(len(toks), k+4); m++ {
		if landmarkWords[toks[m].Norm] {
			return true
		}
	}
	return false
}

var (
	dwellingVerbs = lexicon.Words(lexicon.Data, "dwelling_verbs")
	landmarkWords = lexicon.Words(lexicon.Data, "landmark_words")
)

// realTimeAt: « ce soir », « hier soir », « cette nuit », « la semaine
// dernière », « depuis lundi », "last night", "last week" at k.
func (a *analysis) realTimeAt(k int) bool {
	toks := a.s.Toks
	if k+1 >= len(toks) {
		return false
	}
	w, next := toks[k].Norm, toks[k+1].Norm
	switch {
	case (w == "ce" || w == "cette") && (next == "soir" || next == "matin" || next == "nuit"):
		return true
	case (w == "hier" || w == "yesterday") && (next == "soir" || next == "matin" || next == "evening" || next == "morning"):
		return true // « hier soir »; « hier » alone is also an exercise's passé composé
	case w == "last" && (next == "night" || next == "week" || next == "weekend" || next == "month" || dayWords[next]):
		return true
	case (w == "semaine" || w == "mois" || dayWords[w]) && (next == "dernier" || next == "derniere"):
		return true
	case (w == "depuis" || w == "since") && dayWords[next]:
		return true // « hospitalisée depuis lundi », "since Monday"
	}
	return false
}

// habitAt: « tous les mardis », "every Tuesday", "on Tuesdays": a
// regular known by the day they come.
func (a *analysis) habitAt(k int) bool {
	toks := a.s.Toks
	w := toks[k].Norm
	switch {
	case w == "tous" && k+2 < len(toks) && toks[k+1].Norm == "les" && dayWords[toks[k+2].Norm]:
		return true
	case w == "every" && k+1 < len(toks) && dayWords[toks[k+1].Norm]:
		return true
	case w == "on" && k+1 < len(toks) && toks[k+1].Has(text.Cap) && dayWords[toks[k+1].Norm] &&
		toks[k+1].Norm[len(toks[k+1].Norm)-1] == 's':
		return true
	}
	return false
}

// identifierFound: a finding of the sentence so far identifies someone
// by something else than a name (an address, a number, a handle…).
func (a *analysis) identifierFound() bool {
	if len(a.sdirect) > 0 {
		return true
	}
	for _, f := range a.findings[a.sentenceFindings():] {
		switch r := ruleNamed(f.Rule); {
		case r == ruleName || r == rulePublicFigure:
		case r.info().identifier, r == rulePublicID, r == ruleIP, r == ruleGeolocation:
			return true
		}
	}
	return false
}

// newPersonTold: the sentence, from token from on, names someone by a
// civility or by two capitalised words glued together (« M. Paul
// Girard »): a person a case or an exercise given before did not
// introduce.
func (a *analysis) newPersonTold(from int) bool {
	toks := a.s.Toks
	for k := from; k < len(toks); k++ {
		if toks[k].Is(cCivility) || toks[k].Has(text.Cap) && k+1 < len(toks) && toks[k+1].Has(text.Cap) && toks[k+1].Sep == 0 {
			return true
		}
	}
	return false
}
