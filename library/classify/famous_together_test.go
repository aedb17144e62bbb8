package classify

import "testing"

// Two names of the kept list in one sentence speak of public figures; each
// stays a person where a guard ties it to the association.
func TestFamousNamesInCompany(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Quiz musical : Édith Piaf, Charles Aznavour, Jacques Brel, qui chante quoi ?", OK, Public, ""},
		{"Soirée ciné : un documentaire sur Nelson Mandela et Desmond Tutu.", OK, Public, ""},
		{"Reading club: Agatha Christie, then Arthur Conan Doyle in June.", OK, Public, ""},
	})
}

func TestFamousNamesInCompanyGuards(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Édith Piaf et Jacques Brel, nos bénévoles, tiendront le stand.", Blocked, Personal, "name"},
		{"Appeler Charles Aznavour et Jacques Brel au 06 12 34 56 78.", Blocked, Personal, ""},
		{"Mme Édith Piaf et M. Jacques Brel ont payé leur cotisation.", Blocked, Personal, "name"},
		{"Nelson Mandela est hospitalisé, Desmond Tutu le remplace.", Blocked, Sensitive, ""},
		{"Édith Piaf et Paul Durand tiendront le stand.", Blocked, Personal, "name"},
	})
}

// A single name between two public figures of a list is one more of them;
// between a public figure and someone else it stays a person.
func TestNameBetweenFamousNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Soirée poésie autour de Baudelaire, Rimbaud et Verlaine.", OK, Public, ""},
		{"Exposé sur Feydeau, Labiche et Courteline au club théâtre.", OK, Public, ""},
		{"Baudelaire, Durand et Petit tiendront le stand samedi.", Blocked, Personal, "name"},
	})
}
