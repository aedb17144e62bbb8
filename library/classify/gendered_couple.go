package classify

import (
	"sync"

	"tamis/library/classify/lexicon"
)

// Two first names of the same gender said to be a couple (issue 7,
// section 4): « Hugo et Maxime sont en couple » tells an orientation,
// category 4; « Léa et Thomas sont en couple » tells no more than two
// names. The genders come from faker's gendered first-name lists
// (data/firstnames_female.txt, data/firstnames_male.txt, SOURCES.md);
// names given to both are in neither.

type firstnameGenders struct{ female, male lexicon.WordSet }

// genders reads the two lists on first use only: few sentences speak of
// a couple.
var genders = sync.OnceValue(func() firstnameGenders {
	return firstnameGenders{female: lexicon.LoadWords(lexicon.Data, "data/firstnames_female.txt"), male: lexicon.LoadWords(lexicon.Data, "data/firstnames_male.txt")}
})

func (a *analysis) findGenderedCouple() {
	if len(a.names) < 2 || !a.coupleSaid() {
		return
	}
	toks := a.s.Toks
	g := genders()
	for k := 0; k+1 < len(a.names); k++ {
		x, y := a.names[k], a.names[k+1]
		if y.i != x.j+1 || !(toks[x.j].Norm == "et" || toks[x.j].Norm == "and") {
			continue
		}
		p, q := toks[x.i].Norm, toks[y.i].Norm
		if g.female[p] && g.female[q] || g.male[p] && g.male[q] {
			a.add(ruleSexuality, x.i, y.j)
			return
		}
	}
}

// cohabitVerbs say a shared home before « ensemble » (cohabit_verbs.txt).
var cohabitVerbs = lexicon.Words(lexicon.Data, "cohabit_verbs")

// coupleSaid: the sentence says a couple, not only « ensemble »: a word
// of a couple, « en couple », or a home shared.
func (a *analysis) coupleSaid() bool {
	toks := a.s.Toks
	for i, t := range toks {
		if coupleSayings[t.Norm] {
			return true
		}
		if t.Norm == "couple" && i > 0 && (toks[i-1].Norm == "en" || toks[i-1].Norm == "a") {
			return true
		}
		if (t.Norm == "ensemble" || t.Norm == "together") && (i > 0 && cohabitVerbs[toks[i-1].Norm] || i > 1 && cohabitVerbs[toks[i-2].Norm]) {
			return true // « vivent ensemble », "moved in together": a shared home
		}
	}
	return false
}
