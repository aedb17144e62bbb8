package classify

import "testing"

// A description that points at one person in a small place: the one who
// keeps a shop and owes the association money (« nous doit » is a debt,
// not a modal), the teacher of a village's class, the landlady of its pub.
func TestADescriptionThatPointsAtOnePersonInASmallPlace(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Celui qui tient le tabac de la place nous doit encore 200 €.", Blocked, Personal, "indirect"},
		{"La maîtresse de la classe unique de Vauvert a demandé un colis.", Blocked, Personal, "indirect"},
		{"The landlady of the pub in Little Snoring asked for a food parcel.", Blocked, Personal, "indirect"},
		{"Le gagnant sera celui qui a le plus de points.", OK, Public, ""},
		{"La boulangerie de Saint-Pons offre le pain de la fête du village.", OK, Public, ""},
	})
}
