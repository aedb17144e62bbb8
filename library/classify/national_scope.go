package classify

import (
	"slices"

	"tamis/library/classify/lexicon"
)

// A statistic whose scope is a country or the world (« En France, environ
// une femme sur dix est concernée par l'endométriose », "In the UK, one
// adult in four will experience a mental health problem") describes a
// population, not the association's public: the door test passes, and
// its aggregate doubt goes; so does one given as national or official
// figures (« selon les chiffres nationaux », "official statistics show").
// The association's own voice (« nos
// adhérents », "our members": own_voice.txt) keeps it, and so does
// anything else the sentence holds: only the aggregate doubt is dropped.

var (
	scopeUses         = readWordUses(lexicon.Data, "national_scopes")
	scopePlaces       = scopeUses.of("place")
	scopeAdverbs      = scopeUses.of("adverb")
	scopeFigures      = scopeUses.of("figure")      // chiffres, "surveys"
	scopeOfficial     = scopeUses.of("official")    // nationaux, publiques, "official"
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
	toks := a.s.Toks
	scope := false
	for k, t := range toks {
		if scopeAdverbs[t.Norm] || a.officialFigures(k) {
			scope = true // "nationally", "worldwide", « chiffres nationaux »
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

// officialFigures: the statistic's noun at k is said national or
// official, in French after it (« chiffres nationaux », « statistiques
// publiques »), in English before it ("national surveys").
func (a *analysis) officialFigures(k int) bool {
	toks := a.s.Toks
	if !scopeFigures[toks[k].Norm] {
		return false
	}
	return k+1 < len(toks) && scopeOfficial[toks[k+1].Norm] || k > 0 && scopeOfficial[toks[k-1].Norm]
}
