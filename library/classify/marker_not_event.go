package classify

import "tamis/library/classify/text"

// markerNotEvent: a word of the generic markers that, here, names no
// public event. A counted length of time (« six mois de prison ») is one;
// a unit of time said as a frequency or a span (timeSpanOrRate) is
// another; « cours » in the locutions « en cours » and « au cours de »
// is a third: « sa demande d'asile est en cours » is a fact about
// someone, not a course about asylum (« cours sur le droit d'asile »).
func markerNotEvent(toks []text.Token, i int) bool {
	if isDuration(toks, i) || timeSpanOrRate(toks, i) {
		return true
	}
	return i > 0 && toks[i].Norm == "cours" && (toks[i-1].Norm == "en" || toks[i-1].Norm == "au")
}

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
		}
		return toks[i-2].Is(cFrequency)
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
