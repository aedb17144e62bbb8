package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// An addiction is often told without its name (issue 7, section 4): a
// trouble with a product (« un souci avec la bouteille », "a problem
// with drugs"), a leaning towards it, or its smell on someone (« sentait
// l'alcool dès 9 h », "smelled of booze"). The product and the word of
// trouble or smell together are a health fact; like the weak words of
// the special lists, it counts only next to a person, so
// a prevention workshop « pour les personnes en difficulté avec l'alcool »
// stays public.

// substanceLinks tell a use of the product that follows them
// (data/words/substance_links.txt).
var substanceLinks = lexicon.Words(lexicon.Data, "substance_links")

// findSubstanceUse reports a word of trouble or smell followed, through
// at most a preposition and an article, by a product, or a product
// followed by a word of trouble ("a drink problem").
func (a *analysis) findSubstanceUse() {
	toks := a.s.Toks
	for k, t := range toks {
		if !t.Is(cSubstance) || productOfSomething(toks, k) {
			continue
		}
		if i := substanceLinkBefore(toks, k); i >= 0 && a.substanceOfSomeone(span{i, k + 1, 0}) {
			a.add(ruleHealth, i, k+1)
		} else if k+1 < len(toks) && toks[k+1].Sep == 0 && substanceLinks[toks[k+1].Norm] && a.substanceOfSomeone(span{k, k + 2, 0}) {
			a.add(ruleHealth, k, k+2) // English puts the product first: "a drink problem", "his drug issues"
		}
	}
}

// substanceOfSomeone: a person the fact is about stands before it, in the
// sentence or in the one before (a name, a pronoun, « le voisin »). The link
// and its product are a predicate: a session or an hour after them
// (« dès 9 h », "at the Monday session") makes no public of the sentence,
// but an indefinite person in a sentence for a public (« atelier pour une
// personne en difficulté avec l'alcool ») is no one.
func (a *analysis) substanceOfSomeone(sp span) bool {
	an, ok := a.nearestAnchor(sp.i)
	if !ok || an.k > sp.i {
		an, ok = a.carriedAnchor(sp) // carried_person.go
	}
	if !ok || an.k > sp.i {
		return false // « souci avec la boisson du distributeur : il ne rend plus la monnaie » is the machine's
	}
	return an.kind == anchorName || !(a.sentenceGeneric() || a.genericBefore(sp.i)) || !isIndefinite(a.s.Toks[an.k].Norm)
}

// substanceLinkBefore returns the link word before the product at k
// (« souci avec la », "smelled of"), or -1: between them only a
// preposition and an article, in the same clause.
func substanceLinkBefore(toks []text.Token, k int) int {
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		if isClauseSep(toks[i+1].Sep) {
			return -1
		}
		if substanceLinks[toks[i].Norm] {
			return i
		}
		if !substanceGlue[toks[i].Norm] {
			return -1
		}
	}
	return -1
}

// substanceGlue may stand between a link and its product (data/words/substance_glue.txt).
var substanceGlue = lexicon.Words(lexicon.Data, "substance_glue")

// productOfSomething: the product word names a container or a drink of
// something else (« bouteille de gaz », « boisson chaude » is no
// product here: « de » or "of" follows it).
func productOfSomething(toks []text.Token, k int) bool {
	if k+1 >= len(toks) || isClauseSep(toks[k+1].Sep) {
		return false
	}
	switch toks[k+1].Norm {
	case "de", "d", "of", "du": // not « des », which is also « dès » folded
		return true
	}
	return false
}
