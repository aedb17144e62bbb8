package classify

import "testing"

// A committee that serves the public or says what it is acts in the
// open; one that deliberates, or an address that holds its word, stay
// what they were.
func TestCommitteeActingInTheOpen(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le comité prête les tables pour la messe en plein air.", OK, 0, ""},
		{"Le comité est apolitique et ne soutient aucune liste aux municipales.", OK, 0, ""},
		{"Le comité tiendra un point de ravitaillement lors du passage de la course.", OK, 0, ""},
		{"Inscriptions exposants : contact@comite-lilas.fr ou au local.", OK, 0, ""},
		{"Le comité envisage de ne plus organiser le repas des anciens.", Doubt, Personal, "internal"},
		{"Le comité est divisé sur le projet.", Doubt, Personal, "internal"},
		{"The committee will decide next week.", Doubt, Personal, "internal"},
		{"Le bureau propose de fermer le local le lundi.", Doubt, Personal, "internal"},
		{"Le comité invite les membres à voter l'exclusion du trésorier lundi.", Doubt, Personal, "internal"},
		{"The board holds a closed session on the director's dismissal.", Doubt, Personal, "internal"},
	})
}
