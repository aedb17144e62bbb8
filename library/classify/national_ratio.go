package classify

import "tamis/library/classify/lexicon"

// A ratio over a whole population (« Un Français sur cinq souffre de
// troubles du sommeil », "One in four people will experience a mental
// health problem", « une grossesse sur cinq ») is general knowledge: its
// scope is everyone, as « en France » says elsewhere (national_scope.go).
// « Un bénéficiaire sur cinq », "one in three of our volunteers", « une
// personne sur trois au foyer » count the association's public, and stay.

var scopePeople = scopeUses.of("people")

// populationRatio: « un <people> sur <n> », "one <people> in <n>" or
// "one in <n> <people>", not followed by a preposition that says where
// (« au foyer », "at our club", « de notre club »).
func (a *analysis) populationRatio() bool {
	toks := a.s.Toks
	for k := 0; k+3 < len(toks); k++ {
		if w := toks[k].Norm; w != "un" && w != "une" && w != "one" {
			continue
		}
		end := -1
		switch {
		case scopePeople[toks[k+1].Norm] && (toks[k+2].Norm == "sur" || toks[k+2].Norm == "in") && isCount(toks[k+3]):
			end = k + 4 // « un Français sur cinq », "one adult in four"
		case toks[k+1].Norm == "in" && isCount(toks[k+2]) && scopePeople[toks[k+3].Norm]:
			end = k + 4 // "one in four people"
		}
		if end < 0 {
			continue
		}
		if end < len(toks) && !isClauseSep(toks[end].Sep) && placeLinks[toks[end].Norm] {
			return false // « une personne sur trois au foyer »
		}
		return true
	}
	return false
}

// placeLinks say where a ratio was counted: in a place of the
// association or among its people (data/words/ratio_place_links.txt).
var placeLinks = lexicon.Words(lexicon.Data, "ratio_place_links")
