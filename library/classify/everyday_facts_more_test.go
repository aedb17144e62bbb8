package classify

import "testing"

// Facts of the special categories in the words said of someone, taken
// from the lists others keep (SOURCES.md): a gender transition (DILCRAH
// glossary, NHS), a driving licence lost for drink (Code de la route),
// back trouble (CIM-10 M54); the same words about no one pass.
func TestEverydayFactsOfGenderLicenceAndBack(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Alex a commencé sa transition, appelez-le Alex.", Blocked, Sensitive, "sexuality"},
		{"Laurent a perdu son permis pour alcool au volant.", Blocked, Sensitive, "criminal"},
		{"Blanche a des problèmes de dos et ne peut plus porter.", Blocked, Sensitive, "health"},
		{"Conférence sur la transition écologique, entrée libre.", OK, Public, ""},
		{"La transition de genre expliquée aux parents : soirée-débat au centre social.", OK, Public, ""},
		{"Atelier : prévenir le mal de dos au jardin, ouvert à tous.", OK, Public, ""},
	})
}
