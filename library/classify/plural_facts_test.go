package classify

import "testing"

// A fact told of two people, in the plural of its words
// (plural_special_terms.txt), is the same fact about the people it names;
// about young people in general it is not.
func TestSpecialFactsInThePlural(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les deux fils du trésorier se droguent.", Blocked, Sensitive, "health"},
		{"Les deux filles de Mme Roche boivent trop le week-end.", Blocked, Sensitive, "health"},
		{"Les deux fils de M. Roche sont incarcérés.", Blocked, Sensitive, "criminal"},
		{"Les deux sœurs Martin sont enceintes.", Blocked, Sensitive, "health"},
		{"Des jeunes se droguent dans le parc, la mairie prévoit une campagne de prévention.", OK, 0, ""},
	})
}

// A term that ends in a plural but whose head is singular (« sclérose en
// plaques ») is one person's illness when someone is named with it.
func TestTermWithASingularHead(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Explique-moi ce qu'est la sclérose en plaques dont souffre mon mari.", Blocked, Sensitive, "health"},
		{"Conférence sur la sclérose en plaques, entrée libre.", OK, 0, ""},
		{"La sclérose en plaques touche 120 000 personnes en France.", OK, 0, ""},
	})
}

// The youngest of a group (« notre benjamine ») is one person, as the
// oldest is.
func TestTheYoungestIsSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Notre benjamine est suivie par le juge des enfants, une éducatrice l'accompagne.", Blocked, Sensitive, "child-protection"},
		{"Notre benjamin fête ses 6 ans samedi.", Doubt, Personal, "indirect"},
	})
}

// After an English kin word, a lower-case word that is also a first name
// of the lists ("said") is the verb it is; a French kin word before a
// first name typed in lower case still names someone.
func TestLowerCaseWordAfterEnglishKin(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Her mum said the workshop was great.", OK, 0, ""},
		{"le neveu de colette viendra samedi", Blocked, Personal, "name"},
	})
}
