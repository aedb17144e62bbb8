package classify

import "tamis/library/classify/text"

// markerNotEvent: a word of the generic markers that, here, names no
// public event. A counted length of time (« six mois de prison ») is one;
// « cours » in the locutions « en cours » and « au cours de » is another:
// « sa demande d'asile est en cours » is a fact about someone, not a
// course about asylum (« cours sur le droit d'asile »).
func markerNotEvent(toks []text.Token, i int) bool {
	if isDuration(toks, i) {
		return true
	}
	return i > 0 && toks[i].Norm == "cours" && (toks[i-1].Norm == "en" || toks[i-1].Norm == "au")
}
