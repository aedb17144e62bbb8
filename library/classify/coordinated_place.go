package classify

import "tamis/library/classify/text"

// A place named like a first name after « et »/"and" that joins it to a
// place the preposition introduced ("in Paris and London", « en Bretagne
// et Lorraine ») is the second place of the pair, not a person: the
// preposition of place governs both. The name must close its clause, so
// that « en ville et Karim conduit » keeps Karim as the subject of the
// next clause.

// coordinatedPlace: the lone first name at i follows « et », "and", « ou »
// or "or" right after a place read by placeAfterPreposition, and ends
// its clause.
func (a *analysis) coordinatedPlace(i int) bool {
	toks := a.s.Toks
	if i < 3 || isClauseSep(toks[i].Sep) || !toks[i-2].Has(text.Cap) {
		return false
	}
	switch toks[i-1].Norm {
	case "et", "and", "ou", "or":
	default:
		return false
	}
	if i+1 < len(toks) && !isClauseSep(toks[i+1].Sep) && toks[i+1].Sep != '.' {
		return false
	}
	p := i - 2
	return placeOnlyPreps[toks[p-1].Norm] && !isClauseSep(toks[p].Sep)
}
