package classify

import "testing"

// A public figure named by a title who makes a public statement passes;
// the same figure tied to the association, in the news or with contact
// details stays a doubt or a person.
func TestOfficialStatementIsPublic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La ministre Catherine Vautrin a annoncé dans un communiqué une hausse du budget des associations.", OK, Public, ""},
		{"Discours de M. Hervé Lacombe, président du conseil départemental, à l'ouverture du salon.", OK, Public, ""},
		{"The mayor, Sarah Whitcombe, announced the new cycle lanes in a statement.", OK, Public, ""},
		{"The Prime Minister, Keir Starmer, announced new funding for food banks.", OK, Public, ""},
		{"La chanteuse Zaz a annoncé un concert gratuit pour les Restos.", OK, Public, ""},
	})
}

func TestOfficialStatementGuards(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le maire Hervé Lacombe, notre adhérent, a annoncé qu'il quittait le club.", Blocked, Personal, "name"},
		{"La ministre Catherine Vautrin a annoncé hier sa venue au forum.", Doubt, 0, "public-figure"},
		{"Le maire Hervé Lacombe a annoncé sa visite : hlacombe@example.org.", Blocked, Personal, ""},
		{"La ministre Catherine Vautrin viendra samedi.", Doubt, 0, "public-figure"},
		{"La chanteuse Zaz, notre adhérente, a annoncé qu'elle quittait la chorale.", Blocked, Personal, "name"},
	})
}
