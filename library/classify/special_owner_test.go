package classify

import "testing"

// The person after « de », « du », "of" owns the term before it, even
// when no other person stands near: « la maladie de Crohn du voisin » is
// the neighbour's, not a topic stated in general.
func TestSpecialTermOwnedByThePersonAfterIt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La maladie de Crohn du voisin s'aggrave.", Blocked, Sensitive, "health"},
		{"La maladie du voisin s'aggrave.", Blocked, Sensitive, "health"},
		{"La maladie de Parkinson du vieux monsieur du troisième s'aggrave beaucoup ces temps-ci.", Blocked, Sensitive, "health"},
		{"The illness of my elderly neighbour is getting worse.", Blocked, Sensitive, "health"},
		{"Le secret médical couvre-t-il ce que le Dr Mallet nous a dit sur la schizophrénie de Damien Fournier ?", Blocked, Sensitive, "health"},
		{"La maladie de Crohn est une maladie inflammatoire chronique de l'intestin.", OK, 0, ""},
		{"Repas partagé pour la rupture du jeûne, ouvert à tous les habitants du quartier.", OK, 0, ""},
	})
}

// "One of the" and « une de tes » before a plural noun point at one
// person of a known group, as « un de nos » does.
func TestOneOfAGroupIsOnePerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"One of the volunteers has been diagnosed with bipolar disorder after a long struggle.", Blocked, Sensitive, "health"},
		{"One of the volunteers is diabetic.", Blocked, Sensitive, "health"},
		{"One of the kids has epilepsy.", Blocked, Sensitive, "health"},
		{"One of my neighbours is on dialysis.", Blocked, Sensitive, "health"},
		{"Une de tes élèves est diabétique.", Blocked, Sensitive, "health"},
		{"One of the volunteers will bring the cake.", OK, 0, ""},
		{"One of the reasons is the cost.", OK, 0, ""},
	})
}
