package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// An origin is often told by a nationality or a people said of a person
// (« Mme Yilmaz est kurde », "Kofi is Ghanaian", "Amira is of Kurdish
// origin"): the special-category table lists the French adjectives that
// tell it alone, but a nationality is also a language, a cuisine or a
// teacher's subject ("French lessons", « cours d'anglais »), so the list
// of nationalities (demonyms.txt, peoples.txt) counts only in these two
// shapes, and only about a person named or described before it.

var (
	originNouns = lexicon.Words(lexicon.Data, "origin_nouns") // "of Kurdish origin"
	copulas     = lexicon.Words(lexicon.Data, "copulas")      // "is Ghanaian"
)

// findOriginOf reports a nationality or a people said of a person.
func (a *analysis) findOriginOf() {
	toks := a.s.Toks
	for k := 1; k < len(toks); k++ {
		if !toks[k].Is(cDemonym) || a.consumed[k] {
			continue
		}
		i, j, ok := a.originShape(k)
		if ok && a.subjectBefore(i) && !a.sentenceGeneric() {
			a.add(ruleOrigin, i, j)
		}
	}
}

// originShape: "of <nationality> origin|descent…" or "<is> <nationality>"
// ending the phrase (not "is French-speaking", not "est anglais de
// formation"); [i, j) is the span to report.
func (a *analysis) originShape(k int) (i, j int, ok bool) {
	toks := a.s.Toks
	prev := toks[k-1].Norm
	if (prev == "of" || prev == "d") && k+1 < len(toks) && originNouns[toks[k+1].Norm] {
		return k - 1, k + 2, true
	}
	if !isCopula(toks, k-1) {
		return 0, 0, false
	}
	if k+1 < len(toks) && (toks[k+1].Sep == '-' || !isClauseSep(toks[k+1].Sep) && toks[k+1].Has(text.Letter) && !toks[k+1].Is(cFunctionWords)) {
		return 0, 0, false // "is French-speaking", "is French teacher"
	}
	return k - 1, k + 1, true
}

// subjectBefore: a person is named or described before token i, in the
// same clause: the nationality is said of them.
func (a *analysis) subjectBefore(i int) bool {
	toks := a.s.Toks
	for _, an := range a.anchors {
		if an.k >= i {
			break
		}
		clause := true
		for k := an.k + 1; k <= i && clause; k++ {
			clause = !isClauseSep(toks[k].Sep) || toks[k].Sep == '"'
		}
		if clause && i-an.k <= 8 {
			return true
		}
	}
	return false
}

// isCopula: token k is a copula, or the "'s" of "he's", "Ben's" before a
// word that no possessive is followed by (a nationality, « on »).
func isCopula(toks []text.Token, k int) bool {
	return copulas[toks[k].Norm] || toks[k].Norm == "s" && toks[k].Sep == '\''
}
