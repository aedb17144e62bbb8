package classify

import "testing"

// A sentence that says what a person is called names them, listed or
// not; a street, a club, a company or a village so called is no one.
func TestSaidNameIsAName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Il s'appelle Kev.", Blocked, Personal, "name"},
		{"Que dire à un bénévole qui boit, il s'appelle Kev ?", Blocked, 0, "name"},
		{"Elle se prénomme Lyna et vient le lundi.", Blocked, Personal, "name"},
		{"Un jeune prénommé Dyl est arrivé au foyer.", Blocked, Personal, "name"},
		{"His name is Wolf and he sleeps in the car park.", Blocked, 0, "name"},
		{"Le club s'appelle Les Archers de Vienne.", OK, 0, ""},
		{"Un village qui s'appelle Tréguier.", OK, 0, ""},
		{"The company's name is Acme.", OK, 0, ""},
	})
}

// « il », "his" also stand for a pet or a character: a famous name, an
// animal or a story in the sentence makes the name no one's.
func TestSaidNameOfPetOrCharacter(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le chiot du refuge, il s'appelle Biscuit et il cherche une famille.", OK, 0, ""},
		{"Dans cette histoire, il s'appelle Kev et il vit dans un arbre.", OK, 0, ""},
		{"Il s'appelle Tintin, il est reporter et il a un chien blanc.", OK, 0, ""},
	})
}
