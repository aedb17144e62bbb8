package classify

import (
	"slices"
	"strings"

	"tamis/library/classify/lexicon"
)

// A statistic whose scope is a country or the world (« En France, environ
// une femme sur dix est concernée par l'endométriose », "In the UK, one
// adult in four will experience a mental health problem") describes a
// population, not the association's public: the door test passes, and
// its aggregate doubt goes. The association's own voice (« nos
// adhérents », "our members": own_voice.txt) keeps it, and so does
// anything else the sentence holds: only the aggregate doubt is dropped.

var (
	scopeUses         = readWordUses(lexicon.Data, "national_scopes")
	scopePlaces       = scopeUses.of("place")
	scopeAdverbs      = scopeUses.of("adverb")
	scopePrepositions = prepositionUses.of("scope") // « en France », "across England"
)

// dropNationalAggregate removes the sentence's aggregate doubts when the
// statistic's scope is a country or the world and no word of ours is said.
func (a *analysis) dropNationalAggregate() {
	k := a.sentenceFindings()
	if !slices.ContainsFunc(a.findings[k:], aggregateDoubt) || !a.nationalScope() {
		return // aggregateDoubt: announced_event.go
	}
	a.dropFindingsFrom(k, aggregateDoubt)
}

// nationalScope: the sentence sets a country or the world as its scope
// and holds no word of the association's own voice (« nous », « on »).
func (a *analysis) nationalScope() bool {
	if a.ownVoiceSaid() { // public_voice.go
		return false
	}
	if a.populationRatio() { // national_ratio.go: « un Français sur cinq »
		return true
	}
	toks := a.s.Toks
	scope := false
	for k, t := range toks {
		if a.wholePopulation(k) {
			return true // « 24 % de la population », "of the UK population"
		}
		if scopeAdverbs[t.Norm] {
			scope = true // "nationally", "worldwide"
			continue
		}
		if !scopePlaces[t.Norm] {
			continue
		}
		p := k - 1
		if p >= 0 && toks[p].Is(cDefiniteArticles) {
			p-- // « dans le monde », "across the country"
		}
		scope = scope || p >= 0 && scopePrepositions[toks[p].Norm]
	}
	return scope
}

// wholePopulation: token k is « population » after a definite article or
// a country (« de la population », "the UK population"), and no
// participle or relative after it says which part (« la population accueillie »,
// "the population we serve" is the association's public).
func (a *analysis) wholePopulation(k int) bool {
	toks := a.s.Toks
	if toks[k].Norm != "population" || k == 0 || !toks[k-1].Is(cDefiniteArticles) && !scopePlaces[toks[k-1].Norm] {
		return false
	}
	if k+1 < len(toks) && !isClauseSep(toks[k+1].Sep) {
		next := toks[k+1].Norm
		for _, end := range []string{"ee", "ie", "ue", "ees", "ies", "ues", "we", "served", "supported", "helped", "nous", "que", "qui", "that", "who"} {
			if strings.HasSuffix(next, end) || next == end {
				return false
			}
		}
	}
	return true
}
