package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// An incident told in the past (issue 7, section 4, the gray zone):
// « après l'incident de samedi », « le souci d'hier à la buvette », « il y
// a eu un problème la semaine dernière », "the row at last week's
// session", "after what happened on Friday". Something that went wrong
// (data/words/incident_nouns.txt) at a time already gone
// (data/words/past_times.txt) is an incident of the association: however
// it is worded, it is not for outside until someone checks — doubt, the
// delicate situation the gray zone names. An incident denied (« aucun
// incident », "no problem"), a habit (« le samedi », "every Friday"), a
// notice that moves or cancels an event, the weather, a sentence to the
// public or a published one stay public.

var (
	rescheduled = lexicon.Words(lexicon.Data, "rescheduled_words")
	// incidentDenials before an incident noun deny it (data/words/incident_denials.txt).
	incidentDenials = lexicon.Words(lexicon.Data, "incident_denials")
	// dayNames are the past times that may also be to come (data/words/week_days.txt).
	dayNames = lexicon.Words(lexicon.Data, "week_days")
	// dayLinks join an incident to its day (« l'incident de samedi »).
	dayLinks = prepositionUses.of("day")
	// afterWords before a definite incident tell what follows it (data/words/after_words.txt).
	afterWords = lexicon.Words(lexicon.Data, "after_words")
	// definiteBefore: the incident already known (data/words/definite_before.txt).
	definiteBefore = lexicon.Words(lexicon.Data, "definite_before")
	// hourWords after a number make it a time of day (data/words/hour_words.txt).
	hourWords = lexicon.Words(lexicon.Data, "hour_words")
	// habitDets before a day make it a habit, not a date (data/words/habit_dets.txt).
	habitDets = lexicon.Words(lexicon.Data, "habit_dets")
)

// findPastIncident reports a sentence telling of an incident at a past
// time: doubt.
func (a *analysis) findPastIncident() {
	i := a.incidentNamed()
	if i < 0 || !a.followsIncident(i) && !a.pastTimeNamed() && !a.toldInPast(i) || a.incidentAnnounced() { // gray_incident_tense.go
		return
	}
	a.add(ruleVague, 0, len(a.s.Toks))
}

// incidentNamed returns the first incident noun not denied within the
// two words before it (« aucun incident », « pas de problème », "no
// problems"), or -1.
func (a *analysis) incidentNamed() int {
	toks := a.s.Toks
	for i, t := range toks {
		if !t.Is(cIncidentNoun) {
			continue
		}
		if !a.deniedTrouble(i) {
			return i
		}
	}
	return -1
}

// followsIncident: the incident at i is the one already known, that
// something follows (« après l'incident », « suite au souci », « depuis
// l'altercation », "after the scuffle", "following the row"): it
// happened.
func (a *analysis) followsIncident(i int) bool {
	toks := a.s.Toks
	return i >= 2 && definiteBefore[toks[i-1].Norm] && afterWords[toks[i-2].Norm]
}

// pastTimeNamed: a time gone (« hier », « dernier », "last"), or a day
// that dates the incident itself (« l'incident de samedi », "the fight on
// Friday"): a day elsewhere may be to come (« atelier samedi : réparer
// un problème de freins »). A habit (« le samedi », "every Friday") and
// "at last" are no date.
func (a *analysis) pastTimeNamed() bool {
	toks := a.s.Toks
	for i, t := range toks {
		if !t.Is(cPastTime) || i > 0 && habitDets[toks[i-1].Norm] {
			continue
		}
		if !dayNames[t.Norm] || i >= 2 && dayLinks[toks[i-1].Norm] && toks[i-2].Is(cIncidentNoun) || !a.startsGeneric() && !a.hasHour() && !dayInTitle(toks, i) {
			return true
		}
	}
	return false
}

// incidentAnnounced: the sentence moves or cancels an event (« le cours
// est reporté »), names the weather, speaks to its public or says it is
// published: a notice, not internal news.
func (a *analysis) incidentAnnounced() bool {
	if a.has(cWeather) || a.addressesPublic() || a.isPublishedNow() {
		return true
	}
	for _, t := range a.s.Toks {
		if rescheduled[t.Norm] {
			return true
		}
	}
	return false
}

// dayInTitle: the day at i closes a title before a colon (« Atelier
// vélo samedi : … », "Bike workshop on Saturday: …"): an event to come.
func dayInTitle(toks []text.Token, i int) bool {
	return i+1 < len(toks) && toks[i+1].Sep == ':'
}

// hasHour: a time of day (« à 10 h », « 14h30 », "10am", "6 pm"): a day
// with an hour is an event to come.
func (a *analysis) hasHour() bool {
	toks := a.s.Toks
	for i, t := range toks {
		if !t.Has(text.Digit) {
			continue
		}
		n := t.Norm
		if strings.Contains(n, "h") || strings.HasSuffix(n, "am") || strings.HasSuffix(n, "pm") {
			return true
		}
		if i+1 < len(toks) && (hourWords[toks[i+1].Norm] || toks[i+1].Sep == ':') {
			return true
		}
	}
	return false
}

// deniedTrouble: a denial within the two words before token i (« aucun
// incident », « sans incident », « pas d'accident », "no incidents"), or
// three before « à », "to" (« rien à signaler », « aucun incident à
// signaler », "nothing to report"): the trouble named at i did not
// happen.
func (a *analysis) deniedTrouble(i int) bool {
	toks := a.s.Toks
	from := i - 2
	if i > 0 && (toks[i-1].Norm == "a" || toks[i-1].Norm == "to") {
		from = i - 3
	}
	for k := max(0, from); k < i; k++ {
		if incidentDenials[toks[k].Norm] {
			return true
		}
	}
	return false
}
