package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

var communeArticles = map[string]bool{"la": true, "le": true, "les": true}

// communeAt returns the end of the commune name starting at token i (its
// words glued by hyphens and apostrophes: "Saint-Martin-d'Hères") and its
// population; end is 0 when the tokens name no commune.
func (a *analysis) communeAt(i int) (end int, pop int32) {
	toks := a.s.Toks
	if i >= len(toks) || !toks[i].Has(text.Letter) {
		return 0, 0
	}
	var buf [96]byte
	key := buf[:0] // no allocation for a usual name
	j := i
	for ; j < len(toks) && j < i+8; j++ {
		if j > i {
			article := j == i+1 && toks[j].Sep == 0 && communeArticles[toks[i].Norm] // "La Rochelle", "Le Mans"
			if !article && (toks[j].Spaced || toks[j].Sep != '-' && toks[j].Sep != '\'') {
				break
			}
			if article {
				key = append(key, ' ')
			} else {
				key = append(key, toks[j].Sep)
			}
		}
		key = append(key, toks[j].Norm...)
		if p, ok := lexicon.CommunePopulation(string(key)); ok {
			end, pop = j+1, p
		}
	}
	return end, pop
}
