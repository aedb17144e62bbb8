package classify

import "tamis/library/classify/lexicon"

// « Antoine est pacsé avec Julien », "Kate is dating Emma": one first
// name said to be the partner of another of the same gender tells an
// orientation (category 4), as two names said to be a couple do
// (gendered_couple.go). Names given to both genders are in neither list.

var coupleWith = lexicon.Words(lexicon.Data, "couple_with")

// ownedCoupleWords are couple words only right after a possessive
// (data/words/owned_couple_words.txt).
var ownedCoupleWords = lexicon.Words(lexicon.Data, "owned_couple_words")

// partnerLinks open the partner's name after a couple word.
var partnerLinks = prepositionUses.of("partner")

// findSameGenderPartner reports the two names and what joins them.
func (a *analysis) findSameGenderPartner() {
	if len(a.names) < 2 {
		return
	}
	toks := a.s.Toks
	g := genders()
	for k := 0; k+1 < len(a.names); k++ {
		x, y := a.names[k], a.names[k+1]
		if y.i-x.j < 2 || y.i-x.j > 5 || !a.partnerBetween(x.j, y.i) {
			continue
		}
		p, q := toks[x.i].Norm, toks[y.i].Norm
		if g.female[p] && g.female[q] || g.male[p] && g.male[q] {
			a.add(ruleSexuality, x.i, y.j)
			return
		}
	}
}

// partnerBetween: a couple word in [i, j), and the name at j follows a
// link (« avec », "to") or the couple word itself ("dating Emma").
func (a *analysis) partnerBetween(i, j int) bool {
	toks := a.s.Toks
	for k := i; k < j; k++ {
		if isClauseSep(toks[k].Sep) && k > i {
			return false
		}
		if coupleWith[toks[k].Norm] && (k == j-1 || partnerLinks[toks[j-1].Norm]) {
			return !ownedCoupleWords[toks[k].Norm] || k > 0 && ownerWords[toks[k-1].Norm] // "her partner Emma", not "his business partner Marc", « un texte conjoint »
		}
	}
	return false
}
