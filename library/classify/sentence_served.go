package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A sentence passed on someone is told by its length more often than by
// « condamné » (issue 7, section 4): « il a pris deux ans ferme », « a
// écopé de 18 mois avec sursis », « a fait deux ans à Fresnes pour vol »,
// "got two years for dealing". A verb of receiving (served_verbs.txt), a
// number and a unit of time (sentence_lengths.txt), then a word of the
// courts (« ferme », « sursis », « prison ») or « pour »/"for" with an
// offence after it, said of a person, is a criminal matter (category 4).
// « a pris deux ans pour finir sa thèse » has a verb or a determiner
// after « pour » and passes.

// sentenceLengths are the units of a sentence's length.
var sentenceLengths = lexicon.Words(lexicon.Data, "sentence_lengths")

// prisonWords close a sentence's length (« ferme », « sursis », "jail").
var prisonWords = lexicon.Words(lexicon.Data, "prison_words")

// prisonNames close it too, as the place the time was served in
// (« à Clairvaux », « à la Santé », "in Wandsworth").
var prisonNames = lexicon.Words(lexicon.Data, "prison_names")

// prisonKinds name a kind of prison in lower case (« à la centrale »).
var prisonKinds = lexicon.Words(lexicon.Data, "prison_kinds")

// findSentenceServed reports the first sentence passed on someone.
func (a *analysis) findSentenceServed() {
	toks := a.s.Toks
	for k := range toks {
		if !toks[k].Is(cServed) {
			continue
		}
		j := lengthAfter(toks, k+1)
		if j < 0 {
			continue
		}
		p := placeAfter(toks, j)
		end := courtWordAt(toks, p)
		if end < 0 && p > j && (prisonNames[toks[p-1].Norm] || prisonKinds[toks[p-1].Norm]) && placeEnds(toks, p) {
			end = p // « a fait dix ans à Clairvaux »
		}
		if end >= 0 && a.factOfSomeone(span{k, end, 0}) {
			a.add(ruleCriminal, k, end)
			return
		}
	}
}

// lengthAfter reads « (de) deux ans », « un an » (isCount:
// biometric_counted.go) from i and returns the index after
// the unit, or -1.
func lengthAfter(toks []text.Token, i int) int {
	if i < len(toks) && toks[i].Norm == "de" {
		i++
	}
	if i+1 >= len(toks) || !(isCount(toks[i]) || toks[i].Norm == "un" || toks[i].Norm == "a") || !sentenceLengths[toks[i+1].Norm] {
		return -1
	}
	return i + 2
}

// placeAfter skips the place the time was served in (« à Fresnes »,
// "in Wandsworth"), named with a capital.
func placeAfter(toks []text.Token, i int) int {
	if i+1 >= len(toks) || !(toks[i].Norm == "a" || toks[i].Norm == "aux" || toks[i].Norm == "in" || toks[i].Norm == "at") {
		return i
	}
	k := i + 1
	if k+1 < len(toks) && (toks[k].Norm == "la" || toks[k].Norm == "les") && toks[k+1].Has(text.Cap) {
		k++ // « à la Santé »
	}
	if toks[k].Has(text.Cap) {
		return k + 1
	}
	if k+1 < len(toks) && toks[k].Norm == "la" && prisonKinds[toks[k+1].Norm] {
		if p := k + 2; p+1 < len(toks) && toks[p].Norm == "de" && toks[p+1].Has(text.Cap) && prisonNames[toks[p+1].Norm] {
			return p + 2 // « à la centrale de Poissy »; « de Cattenom » is a power plant's town
		}
		return k + 2 // « à la centrale »
	}
	return i
}

// placeEnds: the place that ended before p closes its clause, or « pour »,
// "for" or a joiner (clause_joiners.txt) follows it: « à la Santé
// publique France » is another place.
func placeEnds(toks []text.Token, p int) bool {
	if p >= len(toks) || isClauseSep(toks[p].Sep) || clauseJoiners[toks[p].Norm] {
		return true
	}
	return toks[p].Norm == "pour" || toks[p].Norm == "for"
}

// courtWordAt returns the index after a word of the courts at i, or -1.
func courtWordAt(toks []text.Token, i int) int {
	if i >= len(toks) {
		return -1
	}
	if prisonWords[toks[i].Norm] {
		return i + 1
	}
	switch toks[i].Norm {
	case "avec", "de", "in":
		if i+1 < len(toks) && courtWordAt(toks, i+1) > 0 {
			return i + 2 // « avec sursis », « de prison », "in jail"
		}
	case "pour", "for":
		if i+1 < len(toks) && isOffenceWord(toks[i+1]) {
			return i + 2
		}
	}
	return -1
}

// isOffenceWord: the word after « pour » names what was done (« vol »,
// « trafic », "dealing"), not a purpose (« pour finir », « pour sa
// thèse », "for the project") nor whom it was done for (« pour
// Emmaüs »).
func isOffenceWord(t text.Token) bool {
	if t.Has(text.Digit) || t.Has(text.Cap) || isArticle(t.Norm) || singularOwners[t.Norm] || purposeWords[t.Norm] {
		return false
	}
	for _, end := range []string{"er", "ir", "oir"} {
		if strings.HasSuffix(t.Norm, end) {
			return false // an infinitive: « pour finir », « pour partir »
		}
	}
	return true
}

// purposeWords start a purpose or an owner after « pour », "for" (data/words/purpose_words.txt).
var purposeWords = lexicon.Words(lexicon.Data, "purpose_words")
