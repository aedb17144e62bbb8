package classify

import "tamis/library/classify/lexicon"

// A training case says its persons are invented with a word of invention
// beside a person or a case (« Mme Brun, locataire fictive »,
// « situation imaginaire », "a fictional tenant", "case study
// (fictional)"), more often than with one of the fixed phrases of
// invented_markers.txt: the pair is read here. A fake job (« emploi
// fictif ») or an invented excuse (« a inventé une excuse ») pair the
// word with no person and no case.
//
// Its next sentences go on with the same case (« … Son fils Marc refuse
// de l'aider. »): markInvented carries the reading to them while none
// says the case is real or gives contact details.

var (
	// inventedAdjectives say that what they stand beside is invented (data/words/invented_adjectives.txt).
	inventedAdjectives = lexicon.Words(lexicon.Data, "invented_adjectives")
	// caseNouns name a case of a training (data/words/case_nouns.txt).
	caseNouns = lexicon.Words(lexicon.Data, "case_nouns")
)

// inventedPair: a word of invention stands right beside a person or a
// case noun, or in brackets a few words after a case noun.
func (a *analysis) inventedPair() bool {
	toks := a.s.Toks
	for k, t := range toks {
		if !inventedAdjectives[t.Norm] || negatedAt(toks, k) {
			continue
		}
		if k > 0 && a.caseOrPerson(k-1) || k+1 < len(toks) && a.caseOrPerson(k+1) {
			return true // « locataire fictive », "a fictional tenant"
		}
		if t.Sep != '(' {
			continue
		}
		for m := max(0, k-4); m < k; m++ {
			if caseNouns[toks[m].Norm] {
				return true // "Case study (fictional)"
			}
		}
	}
	return false
}

// caseOrPerson: token k names a person or a case.
func (a *analysis) caseOrPerson(k int) bool {
	return a.s.Toks[k].Is(cPerson) || caseNouns[a.s.Toks[k].Norm]
}
