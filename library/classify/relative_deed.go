package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

// A relative clause that tells a deed done once (« celui qui est arrivé
// en janvier », "the one who broke the window", "the volunteer who found
// the wallet") pins down the one who did it, as « qui a cassé la vitre »
// does (indirect.go relativeDeed). English past forms and French
// compound tenses with « être » are read here: the auxiliary « a » is
// already read there.

var (
	relativeDeeds       = lexicon.Words(lexicon.Data, "relative_deeds")       // "broke", "found"
	relativeParticiples = lexicon.Words(lexicon.Data, "relative_participles") // « arrivé », « tombée »
)

// deedAfterRelative: the words after the relative pronoun at q tell a
// deed done: an English past ("who broke", "who joined"), or « est »,
// « était », "was" before a participle of coming or going.
func (a *analysis) deedAfterRelative(q int) bool {
	toks := a.s.Toks
	if q+1 >= len(toks) {
		return false
	}
	w := toks[q+1].Norm
	if toks[q].Norm == "who" && (relativeDeeds[w] || englishPast(w)) {
		return true
	}
	return q+2 < len(toks) && (w == "est" || w == "etait") && relativeParticiples[toks[q+2].Norm]
}

// englishPast: a regular English past ("joined", "shouted", "moved"), not
// a verb whose stem ends in -eed ("need", "feed", "speed").
func englishPast(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}
