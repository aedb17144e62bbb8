package classify

import "tamis/library/classify/text"

// A married woman's birth name follows her name after « née » (« Mme
// DURAND Sylvie née LE GALL », « Marie Durand née Benali »), and a
// married name after « épouse »: it names the same person, and
// anonymising the line left it in clear (« Personne_001 née LE GALL »).

// maidenWords introduce the other surname of a person just named.
var maidenWords = map[string]bool{"nee": true, "ne": true, "epouse": true, "ep": true, "epoux": true}

// maidenName: a capitalised surname, with its particles (« Le Gall », « de
// La Tour »), right after a maiden word that follows a name.
func (a *analysis) maidenName(i int) int {
	toks := a.s.Toks
	if i < 2 || !maidenWords[toks[i-1].Norm] || len(a.names) == 0 || a.names[len(a.names)-1].j != i-1 {
		return 0
	}
	k := i
	for k+1 < len(toks) && k-i < 3 && isParticle(toks[k].Norm) && toks[k+1].Sep == 0 {
		k++
	}
	if !toks[k].Has(text.Cap) || !a.isName(k) && !toks[k].Has(text.Upper) {
		return 0 // a surname in capitals (« née LE GALL ») as a civil register writes it
	}
	return a.extend(k + 1)
}
