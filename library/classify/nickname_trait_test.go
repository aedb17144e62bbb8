package classify

import "testing"

// A nickname made of a trait or a region, written as a name and followed
// by the person's group (« le Balafré du rugby », « la Normande de la
// chorale »), points at one member: personal data (nickname_trait.go).
// A title, a body, a language and a beer keep their verdict.
func TestTraitNicknameOfAGroup(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le Balafré du rugby n'a toujours pas rendu le maillot.", Blocked, Personal, "name"},
		{"La Normande de la chorale nous doit encore la cotisation de l'an dernier.", Blocked, Personal, "name"},
		{"Le Moustachu de la buvette a encore gardé la monnaie.", Blocked, Personal, "name"},
		{"The Ginger from the bowls team still hasn't paid for the coach.", Blocked, Personal, "name"},
		{"Cours de Portugais du lundi, salle 3, ouvert à tous.", OK, 0, ""},
		{"La Petite Sirène du théâtre municipal, samedi à 15 h.", OK, 0, ""},
		{"Dégustation : la Blonde de la brasserie du port, samedi au marché.", OK, 0, ""},
	})
}
