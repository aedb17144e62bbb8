package classify

import "testing"

// A first-aid sheet (an emergency in its heading, instructions in the
// reader's « vous ») is about no one; a condition with a reminder, a
// name, a relative or a pronoun is a note about one person.
func TestFirstAidSheetIsAboutNoOne(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Crise d'épilepsie : ne mettez rien dans la bouche, protégez la tête et chronométrez la crise.", OK, 0, ""},
		{"Réaction allergique grave : utilisez le stylo d'adrénaline sur la face externe de la cuisse.", OK, 0, ""},
		{"Malaise : allongez la personne et appelez le SAMU.", OK, 0, ""},

		{"Allergie grave : utilisez le stylo d'adrénaline.", Blocked, Sensitive, "health"},
		{"Asthme : en cas de crise, donnez la Ventoline.", Blocked, Sensitive, "health"},
		{"Crise d'asthme : surveillez Léo.", Blocked, Sensitive, "health"},
		{"Épilepsie : surveillez-le à la piscine.", Blocked, Sensitive, "health"},
		{"Crise d'épilepsie : ne pas le laisser seul au bord de l'eau.", Blocked, Sensitive, "health"},
		{"Crise d'asthme : appelez sa mère.", Blocked, Sensitive, "health"},
		{"Crise d'asthme : prévenez la maman.", Blocked, Sensitive, "health"},
		{"Crise d'épilepsie hier soir : appelez le médecin de garde.", Blocked, Sensitive, "health"},
	})
}
