package classify

import "testing"

// A house number written in words right before a named street is an
// address (numbered_street.go): blocked beside a person, a home or a
// house, a doubt alone (a venue's address looks the same); a count of
// streets, an ordinal or a street without a name is no address.
func TestHouseNumberInWordsBeforeAStreet(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Onze chemin des Aubépines, la maison au bout, après le lavoir", Blocked, Personal, "postal-address"},
		{"Il faut sonner au dix-huit allée des Cèdres, deuxième étage", Blocked, Personal, "postal-address"},
		{"Le colis est à déposer chez le voisin, quatre impasse du Moulin", Blocked, Personal, "postal-address"},
		{"She's at nine Orchard Road now, the house with the green door", Blocked, Personal, "postal-address"},
		{"Drop the forms at twelve Mill Lane before Friday", Doubt, Personal, "postal-address"},
		{"Rendez-vous au douze rue Pasteur, mardi soir", Doubt, Personal, "postal-address"},
		{"Permanence au douze rue Pasteur, le mardi", OK, 0, ""},
		{"Trois rues du centre seront fermées samedi", OK, 0, ""},
		{"Première rue à gauche après la mairie", OK, 0, ""},
		{"Deux impasses mènent au stade", OK, 0, ""},
		{"Trois cours de Yoga par semaine au gymnase", OK, 0, ""},
		{"Six Nations rugby screening at the club house", OK, 0, ""},
	})
}
