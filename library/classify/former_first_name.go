package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A gender transition is told by the first name someone no longer uses
// (issue 7, section 4): « Noah, né Noémie », « Léo, anciennement Léa »,
// « Alex, qui s'appelait Alexandra », "Sam, formerly Samantha". A name,
// then a word of a former name (data/words/former_name_links.txt) and a
// first name of one gender that is not the name's own, is a fact of
// gender identity (category 4). « Mme Durand, née Michel » gives a
// maiden name (« née » is no link), « Paul, dont la mère s'appelait
// Marie » speaks of someone else (only « qui » may stand between the
// name and the link), « Jo, anciennement Joanna » keeps a gender.

// formerNameLinks give a former first name (data/words/former_name_links.txt).
var formerNameLinks = lexicon.Words(lexicon.Data, "former_name_links")

// findFormerFirstName reports a name followed by the first name of
// another gender that the person bore before.
func (a *analysis) findFormerFirstName() {
	toks := a.s.Toks
	g := genders() // gendered_couple.go
	for _, n := range a.names {
		k := n.j
		if k < len(toks) && (toks[k].Norm == "qui" || toks[k].Norm == "who") {
			k++
		}
		f := a.formerNameAt(k)
		if f < 0 || !toks[f].Has(text.Cap) {
			continue
		}
		was := toks[f].Norm
		oneGender := g.female[was] != g.male[was]
		female, male := a.nameGender(n, g) // civility_gender.go
		if oneGender && (g.female[was] && !female || g.male[was] && !male) {
			a.add(ruleSexuality, n.i, f+1)
			return
		}
	}
}

// formerNameAt returns the index of the first name after a link to a
// former name at k (« né », « anciennement », « s'appelait »), or -1.
func (a *analysis) formerNameAt(k int) int {
	toks := a.s.Toks
	switch {
	case k+1 >= len(toks):
		return -1
	case toks[k].Norm == "s" && k+2 < len(toks) && toks[k+1].Norm == "appelait":
		return k + 2
	case !formerNameLinks[toks[k].Norm]:
		return -1
	case toks[k].Norm == "ne" && !strings.EqualFold(a.text[toks[k].Start:toks[k].End], "né"):
		return -1 // the negation « ne », not « né »
	}
	return k + 1
}
