package classify

import "testing"

// A first name tells the gender of its bearer: their own partner of the
// same gender tells an orientation, category 4; a partner of the other
// gender, a relative, or a woman met somewhere tells nothing more than
// the name.
func TestNamedPersonsSameGenderPartnerIsSensitive(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Marc viendra avec son mari au repas de Noël", Blocked, Sensitive, "sexuality"},
		{"Julie et sa copine ont emménagé ensemble", Blocked, Sensitive, "sexuality"},
		{"Kevin has a boyfriend but his parents don't know", Blocked, Sensitive, "sexuality"},
		{"Thomas a présenté son compagnon au bureau", Blocked, Sensitive, "sexuality"},
		{"Sarah brought her wife to the quiz night", Blocked, Sensitive, "sexuality"},
		{"Marc viendra avec sa femme au repas de Noël", Blocked, Personal, ""},
		{"Sarah brought her husband to the quiz night", Blocked, Personal, ""},
		{"Marc vient avec son petit frère", Blocked, Personal, ""},
		{"Il vient avec son petit frère", OK, 0, ""},
		{"Sophie et sa femme de ménage tiennent le stand", Blocked, Personal, ""},
		{"Julie vient avec une femme du quartier", Blocked, Personal, ""},
	})
}

// A short first name (Tom, Léa) is a person when it is coordinated with
// a name already found; two first names of one gender then make a couple.
func TestShortFirstNameCoordinatedWithANameIsAPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Tom and Jake got married last spring", Blocked, Sensitive, "sexuality"},
		{"Léo et Maxime se sont pacsés en juin", Blocked, Sensitive, "sexuality"},
		{"Léa et Jonathan viendront samedi", Blocked, Personal, "name"},
		{"Lucy and Tom will run the cake stall", Blocked, Personal, "name"},
	})
}

// Two capitalised words joined by « et » and followed by people in
// apposition are two persons, even as nicknames no list holds; places
// and things in the same shape are not.
func TestTwoNicknamesWithPeopleInAppositionAreNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Jojo et Titi, nos deux cuistots du dimanche, ne viendront pas", Blocked, Personal, "name"},
		{"Gazza and Bev, our two volunteers from the estate, are away this week", Blocked, Personal, "name"},
		{"Nanou et Fifi, les mamies du tricot, exposent samedi", Blocked, Personal, "name"},
		{"Rouge et Noir, les couleurs du club depuis 1920", OK, 0, ""},
		{"Bleu et Vert, les deux équipes du tournoi", OK, 0, ""},
	})
}

// Two first names of the same gender said to share a home (« vivent
// ensemble », "moved in together") are a couple: category 4. A man and a
// woman, or « ensemble » without a home, tell no orientation.
func TestSameGenderPairSharingAHomeIsACouple(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Julien et Thomas viennent d'emménager ensemble, invitez-les tous les deux.", Blocked, Sensitive, "sexuality"},
		{"Sarah and Emily moved in together last month.", Blocked, Sensitive, "sexuality"},
		{"Inès et Chloé habitent ensemble à Roubaix.", Blocked, Sensitive, "sexuality"},
		{"Julien et Marie vivent ensemble.", Blocked, Personal, "name"},
		{"Julien et Thomas rangent ensemble la salle après le match.", Blocked, Personal, "name"},
	})
}
