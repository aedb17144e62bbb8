package classify

import (
	"strconv"

	"tamis/library/classify/lexicon"
)

// A share of a small group of ours (« 1 bénévole sur 6 à l'antenne de
// Plougastel est témoin de Jéhovah », « dans notre club de 12 membres, 1
// sur 12 est séropositif ») is no statistic of a population: in a group
// of a dozen, everybody knows who the one is. « Un adulte sur cinq » in
// France stays a statistic: no group of ours is named.

// smallGroupWords name a group of the association (data/words/small_group_words.txt).
var smallGroupWords = lexicon.Words(lexicon.Data, "small_group_words")

// maxSmallWhole is the largest whole of a share that still points at one
// person of a group of ours.
const maxSmallWhole = 30

// smallOwnShare: a share of the sentence counts out of a whole of at most
// maxSmallWhole, written in digits, and the sentence names a group of
// the association (a section, an antenna, a club, a team).
func (a *analysis) smallOwnShare() bool {
	toks := a.s.Toks
	own := false
	for _, t := range toks {
		own = own || smallGroupWords[t.Norm] // not « notre département »: a territory is a population
	}
	if !own {
		return false
	}
	for i := range toks {
		if !a.shareAt(i) || i+1 < len(toks) && smallGroupWords[toks[i+1].Norm] {
			continue // « un club sur trois » counts clubs, a population of bodies
		}
		for k := i + 1; k < min(len(toks)-1, i+5); k++ {
			switch toks[k].Norm {
			case "sur", "in", "of":
				n, err := strconv.Atoi(toks[k+1].Norm)
				if err == nil && n > 1 && n <= maxSmallWhole {
					return true
				}
			}
		}
	}
	return false
}
