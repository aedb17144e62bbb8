package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A failing body is told without the illness's name more often than with
// it (issue 7, section 4): « ses reins lâchent », « sa vue baisse », « il
// a le cœur fragile », "her memory is going", "his liver is shot", "he has
// a bad back". An organ or a faculty (organs.txt) owned by someone — a
// possessive before it, or « a le … », "has a …" — and a word of failing
// (failing_words.txt) right after it, through a copula, or right before
// it in English, is a health fact about that person, category 4. Only
// the slot next to the organ counts: « behind his back, they are going »
// says nothing of a back.

// failingWords say an organ fails (data/words/failing_words.txt).
var failingWords = lexicon.Words(lexicon.Data, "failing_words")

// lumpWords are what an examination finds in an organ
// (data/words/lump_words.txt).
var lumpWords = lexicon.Words(lexicon.Data, "lump_words")

// findOrganFailing reports the first failing organ of a person.
func (a *analysis) findOrganFailing() {
	toks := a.s.Toks
	for k := range toks {
		if !toks[k].Is(cOrgan) && !toks[k].Is(cSurgeryObject) || k+1 < len(toks) && nounComplements[toks[k+1].Norm] && !a.organOfNamed(k) {
			continue // « le cœur du village », "the back of the hall", « au sein de »
		}
		if i := lumpBefore(toks, k); i >= 0 && a.factOfSomeone(span{i, k + 1, 0}) {
			a.add(ruleHealth, i, k+1) // « une boule au sein », "a shadow on his lung"
			return
		}
		if !toks[k].Is(cOrgan) {
			continue
		}
		if i := senseLostBefore(toks, k); i >= 0 && a.factOfSomeone(span{i, k + 1, 0}) {
			a.add(ruleHealth, i, k+1) // « n'entend plus de l'oreille gauche », "can't see out of one eye"
			return
		}
		i := organOwner(toks, k)
		if i < 0 {
			continue
		}
		end := failingAfter(toks, k)
		if end < 0 && k-i == 2 && failingWords[toks[k-1].Norm] {
			end = k + 1 // "his bad back", "has a weak heart"
		}
		if end > 0 && a.factOfSomeone(span{i, end, 0}) { // violence_suffered.go
			a.add(ruleHealth, i, end)
			return
		}
	}
}

// lumpBefore returns the index of a word of lumpWords before the organ at
// k, through a preposition of place and an article or a possessive (« une
// boule au sein », « quelque chose à la prostate », "a lump in her
// breast"), or -1. « chose » needs « quelque » before it.
func lumpBefore(toks []text.Token, k int) int {
	i := k - 1
	if i >= 0 && (isArticle(toks[i].Norm) || organPossessives[toks[i].Norm]) {
		i--
	}
	if i < 1 || !lumpPlaces[toks[i].Norm] || !lumpWords[toks[i-1].Norm] {
		return -1
	}
	if toks[i-1].Norm == "chose" {
		if i < 2 || toks[i-2].Norm != "quelque" {
			return -1
		}
		return i - 2
	}
	return i - 1
}

// organOfNamed: an organ of organs.txt after a word of lumpWords,
// followed by « de » and a name the sentence holds (« quelque chose au
// poumon de Didier »): a person's organ. « au cœur de Paris » names a
// place, « sein » (« au sein de Nantes Métropole ») is not in that list.
func (a *analysis) organOfNamed(k int) bool {
	toks := a.s.Toks
	if !toks[k].Is(cOrgan) || k+2 >= len(toks) || toks[k+1].Norm != "de" && toks[k+1].Norm != "d" || lumpBefore(toks, k) < 0 {
		return false
	}
	for _, n := range a.names {
		if n.i == k+2 {
			return true
		}
	}
	return false
}

// organOwner returns the index of the owner's word before the organ at k
// (« ses », "his", « a le », "has a", the genitive of "Phil's"), an
// English adjective of failing allowed between them, or -1.
func organOwner(toks []text.Token, k int) int {
	i := k - 1
	if i > 0 && failingWords[toks[i].Norm] {
		i-- // "his dodgy knee"
	}
	if i < 0 {
		return -1
	}
	w := toks[i].Norm
	switch {
	case organPossessives[w]:
		return i
	case w == "s" && i > 0 && toks[i].Sep == '\'' && toks[i-1].Has(text.Cap):
		return i - 1 // "Phil's liver"
	case (isArticle(w) || w == "an") && i > 0 && organHaving[toks[i-1].Norm]:
		return i - 1
	}
	return -1
}

// failingAfter returns the end of a word of failing right after the organ
// at k, through a copula and an adverb (« sont complètement usés », "is
// going"), or -1.
func failingAfter(toks []text.Token, k int) int {
	for j := k + 1; j < min(len(toks), k+4); j++ {
		if isClauseSep(toks[j].Sep) {
			return -1
		}
		if failingWords[toks[j].Norm] {
			return j + 1
		}
		if !organLinks[toks[j].Norm] {
			return -1
		}
	}
	return -1
}

// The closed words around an organ: whose it is, and what may stand
// between it and its failing.
var (
	organPossessives = lexicon.Words(lexicon.Data, "organ_possessives") // son, her: whose the organ is
	organHaving      = auxiliaryUses.of("organ")
	lumpPlaces       = lexicon.Words(lexicon.Data, "lump_places") // au, dans, in: a lump on an organ
	organLinks       = lexicon.Words(lexicon.Data, "organ_links") // est, very: between an organ and its failing
)

// senseVerbs and senseNegations tell a sense lost through an organ
// (data/words/sense_verbs.txt, sense_negations.txt).
var (
	senseVerbs     = lexicon.Words(lexicon.Data, "sense_verbs")
	senseNegations = lexicon.Words(lexicon.Data, "sense_negations")
)

// senseLostBefore returns the index of a verb of sensing, negated, at most
// five words before the organ at k (« n'entend pas de l'oreille
// gauche », « ne voit plus de l'œil droit », "can't hear in his left
// ear"), or -1. The negation stands between the verb and the organ, or
// right before the verb ("cannot see"): « on voit bien l'œil du
// cyclone » loses nothing. The organ says which one (organSideSaid).
func senseLostBefore(toks []text.Token, k int) int {
	if !organSideSaid(toks, k) {
		return -1 // « ne voit pas d'un bon œil », « n'entend pas de cette oreille »: idioms
	}
	for v := k - 1; v >= 0 && v >= k-5; v-- {
		if !senseVerbs[toks[v].Norm] {
			continue
		}
		for n := max(0, v-2); n < k; n++ {
			if senseNegations[toks[n].Norm] {
				return v
			}
		}
		return -1
	}
	return -1
}

// organSideSaid: a side stands beside the organ at k (« l'oreille
// gauche », "his left ear"), one of two or both (« d'un œil », "either
// eye", « des deux yeux »), or its owner (« de ses yeux »): the body's
// organ, not an idiom's (« d'un bon œil », « de cette oreille »).
func organSideSaid(toks []text.Token, k int) bool {
	if k+1 < len(toks) && sideWords[toks[k+1].Norm] {
		return true
	}
	if k == 0 {
		return false
	}
	p := toks[k-1].Norm
	return sideWords[p] || organCounts[p] || organPossessives[p] || p == "un" && k >= 2 && (toks[k-2].Norm == "d" || toks[k-2].Norm == "de")
}

// organCounts say which of two organs (data/words/organ_counts.txt).
var organCounts = lexicon.Words(lexicon.Data, "organ_counts")
