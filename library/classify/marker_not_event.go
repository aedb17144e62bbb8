package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// markerNotEvent: a word of the generic markers that, here, names no
// public event. A counted length of time (« six mois de prison ») is one;
// a unit of time said as a frequency or a span (timeSpanOrRate) is
// another; « cours » in the locutions « en cours » and « au cours de »
// is a third: « sa demande d'asile est en cours » is a fact about
// someone, not a course about asylum (« cours sur le droit d'asile »);
// and a bare event noun after « faire » is an idiom (« fait débat »).
func markerNotEvent(toks []text.Token, i int) bool {
	if isDuration(toks, i) || timeSpanOrRate(toks, i) {
		return true
	}
	if i > 0 && makeForms[toks[i-1].Norm] {
		return true // « le candidat au bureau fait débat »: a controversy, no debate held
	}
	return i > 0 && toks[i].Norm == "cours" && (toks[i-1].Norm == "en" || toks[i-1].Norm == "au")
}

var makeForms = lexicon.Words(lexicon.Data, "make_forms")

// timeSpanOrRate: a unit of time after a frequency word (« deux fois par
// semaine », "every week"), after « tout le » / « toute la » (« absente
// tout le mois »), or after « un » / « une » with no theme after it
// (« sort d'un mois en clinique », « une semaine à l'hôpital ») says how
// often or how long something lasts: no public week or month (« la
// Semaine bleue », « un mois de sensibilisation »). The fact around it
// (dialysis three times a week, a month in a clinic) stays a fact.
func timeSpanOrRate(toks []text.Token, i int) bool {
	if i == 0 || !durationUnits[toks[i].Norm] {
		return false
	}
	prev := toks[i-1]
	if prev.Is(cFrequency) {
		return true
	}
	if i > 1 && prev.Is(cDefiniteArticles) {
		switch toks[i-2].Norm {
		case "tout", "toute", "tous", "toutes", "all":
			return true
		case "de", "d", "of":
			return !toks[i].Has(text.Cap) && !themeAfter(toks, i) // « la crise de la semaine »
		}
		return toks[i-2].Is(cFrequency)
	}
	if prev.Norm == "du" && !(i > 1 && dayWords[toks[i-2].Norm]) { // « le premier samedi du mois »: a schedule
		return !toks[i].Has(text.Cap) && !themeAfter(toks, i) // « l'hospitalisation du mois »
	}
	if prev.Norm != "un" && prev.Norm != "une" {
		return false
	}
	if i+1 < len(toks) {
		switch toks[i+1].Norm {
		case "de", "du", "des", "d", "pour", "sans", "contre":
			return false // « un mois de sensibilisation », « une semaine pour l'emploi »
		}
	}
	return true
}

// themeAfter: the unit of time at i is followed, in its clause, by what
// names a public week or month (« la semaine du goût », « le mois sans
// tabac », « la journée mondiale »), not by the end of the clause or a
// word that dates (« de la semaine dernière », « du mois au CHU »).
func themeAfter(toks []text.Token, i int) bool {
	if i+1 >= len(toks) || isClauseSep(toks[i+1].Sep) || !toks[i+1].Has(text.Letter) {
		return false
	}
	return !timeTails[toks[i+1].Norm]
}

// timeTails are the words after a unit of time that leave it a time: a
// date's tail or a preposition of place or company.
var timeTails = map[string]bool{"dernier": true, "derniere": true, "prochain": true, "prochaine": true, "passe": true, "passee": true,
	"a": true, "au": true, "aux": true, "en": true, "dans": true, "chez": true, "avec": true, "et": true, "ou": true, "il": true, "elle": true,
	"last": true, "next": true, "past": true, "at": true, "in": true, "with": true, "and": true, "or": true, "to": true}
