package classify

import "testing"

// A law's number is no code when the sentence names a public code (« le
// Code du travail et la loi n° 78-17 »), and an English question that
// opens on a modal that is also a first name ("Can a trustee…") names
// no one: « a » after it is an article, not the French verb.
func TestCodeOfLawAndEnglishArticle(t *testing.T) {
	allPass(t,
		"Le Code de la consommation et la loi n° 2014-344 : thèmes de la permanence juridique.",
		"Can a parish council fund a youth club? A general question for our trustees.",
		"Will a new trustee of the charity need a DBS check?",
	)
	runRuleCases(t, []ruleCase{
		{"Le code de l'alarme, comme dans le Code civil : 4 4 1 7.", Blocked, Sensitive, "credential"},
		{"Karim a appelé pour le colis.", Blocked, Personal, "name"},
	})
}
