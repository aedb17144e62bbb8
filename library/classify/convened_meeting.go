package classify

import "strings"

// « Convoquer » a meeting is how an association works: « Le président
// convoque l'assemblée générale une fois par an », « le secrétaire
// convoque les assemblées », « convoqués à l'AG ». The HR term
// « convoqué » reads a person summoned (« convoquée pour un entretien
// préalable »); when what is convened is a meeting, no one is.

// meetingConvened: the HR term at sp is followed by a meeting or an
// assembly (meeting_words.txt, assembly_words.txt, plural too), or by the
// board as its object (« convoque le bureau »; « convoquée au bureau » is
// called into an office, and stays).
func (a *analysis) meetingConvened(sp span) bool {
	toks := a.s.Toks
	if !strings.HasPrefix(toks[sp.i].Norm, "convoqu") || sp.j >= len(toks) {
		return false
	}
	k := sp.j
	to := toks[k].Norm == "a" || toks[k].Norm == "au" || toks[k].Norm == "aux"
	if to {
		k++
	}
	for k < len(toks) && isArticle(toks[k].Norm) {
		k++
	}
	if k >= len(toks) {
		return false
	}
	for j := k + 1; j < min(len(toks), k+4); j++ {
		if w := toks[j].Norm; strings.HasPrefix(w, "disciplin") || strings.HasPrefix(w, "sanction") || strings.HasPrefix(w, "exclu") {
			return false // « convoqué à une réunion disciplinaire », « au conseil de discipline »: summoned
		}
	}
	w := strings.TrimSuffix(toks[k].Norm, "s")
	return meetingWords[w] || assemblyWords[w] || !to && toks[k].Is(cBoard)
}
