package classify

import "testing"

// A word of the dictionaries written with a capital after the article
// that opens the sentence is a nickname (« Le Colonel du club de
// boules »): with a trouble only a person has (hardship.txt) or a debt
// of a sum, it is that person's private life (unknown_subject.go
// cappedPersonOpener). A nickname of a public or fictional figure with
// a public fact, a commune and a body keep their verdict.
func TestCappedNicknameOpener(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le Colonel du club de boules doit 200 euros à la buvette depuis la fête.", Blocked, Personal, "indirect"},
		{"La Sorcière du lotissement vit du RSA.", Blocked, Personal, "indirect"},
		{"La Baronne de la chorale a été mise à la porte par son mari.", Blocked, Personal, "indirect"},
		{"Le Pirate du port de plaisance dort dans sa voiture depuis l'hiver.", Blocked, Personal, "indirect"},
		{"Le Père Noël du comité des fêtes passera à 18 h.", OK, 0, ""},
		{"La Poste du quartier ferme le samedi après-midi.", OK, 0, ""},
		{"Le Petit Prince du théâtre municipal a fait salle comble.", OK, 0, ""},
	})
}
