package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

// « Convoquer » a meeting is how an association works: « Le président
// convoque l'assemblée générale une fois par an », « le secrétaire
// convoque les assemblées », « les adhérents sont convoqués à l'AG ». The
// HR term « convoqué » reads a person summoned (« convoquée pour un
// entretien préalable »); when what is convened is a meeting, no one is.
// One person convened to a meeting (« La secrétaire est convoquée au
// conseil d'administration ») is summoned, and so is anyone convened for
// a reason (« pour s'expliquer », « pour sa révocation »).

// The forms of « convoquer » and the words of a reason
// (data/words/convene_forms.txt).
var (
	conveneUses    = readWordUses(lexicon.Data, "convene_forms")
	activeConvene  = conveneUses.of("active")
	pluralConvened = conveneUses.of("plural")
	conveneReasons = conveneUses.of("reason")
)

// meetingConvened: the HR term at sp is an active « convoquer » whose
// object is a meeting, the board or an assembly (« convoque l'AG », « le
// bureau »), or a plural participle followed by « à » and a meeting
// (« sont convoqués à l'AG »); and no reason is given after it.
func (a *analysis) meetingConvened(sp span) bool {
	toks := a.s.Toks
	verb := toks[sp.i].Norm
	plural := pluralConvened[verb]
	if !activeConvene[verb] && !plural || sp.j != sp.i+1 || sp.j >= len(toks) {
		return false
	}
	k := sp.j
	if plural {
		if n := toks[k].Norm; n != "a" && n != "au" && n != "aux" {
			return false
		}
		k++
	}
	for k < len(toks) && isArticle(toks[k].Norm) {
		k++
	}
	if k >= len(toks) {
		return false
	}
	w := strings.TrimSuffix(toks[k].Norm, "s")
	if !meetingWords[w] && !assemblyWords[w] && !(activeConvene[verb] && toks[k].Is(cBoard)) {
		return false
	}
	for j := k + 1; j < len(toks) && !isClauseSep(toks[j].Sep); j++ {
		if w := toks[j].Norm; conveneReasons[w] || strings.HasPrefix(w, "disciplin") || strings.HasPrefix(w, "sanction") {
			return false // « pour s'expliquer », « disciplinaire »: summoned
		}
	}
	return true
}
