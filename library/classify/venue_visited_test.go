package classify

import "testing"

// A place of worship, care, union action or detention, then someone who
// goes there, said with « y » or "there": the fact is that person's, in
// the same sentence or the next one.
func TestVenueVisitedIsTheVisitorsFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le pasteur présidera le culte, notre secrétaire y va chaque dimanche.", Blocked, Sensitive, "religion"},
		{"Le pasteur présidera le culte. Notre secrétaire y va chaque dimanche.", Blocked, Sensitive, "religion"},
		{"Le centre de dépistage est au 2e étage ; un de nos jeunes y est allé hier.", Blocked, Sensitive, "health"},
		{"Le CeGIDD est au 2e étage. Un de nos jeunes y est allé hier.", Blocked, Sensitive, "health"},
		{"Le culte a lieu à 10h ; j'y vais avec ma fille.", Blocked, Sensitive, "religion"},
		{"La permanence syndicale est le jeudi, notre animatrice y milite.", Blocked, Sensitive, "union"},
		{"Le SPIP est rue Colbert, le jeune du foyer y pointe chaque lundi.", Blocked, Sensitive, "criminal"},
		{"The mosque opens at one; our secretary goes there every Friday.", Blocked, Sensitive, "religion"},
		{"La permanence CGT est le jeudi, notre animatrice s'y rend chaque semaine.", Blocked, Sensitive, "union"},
		{"The methadone clinic is on Elm Road; our secretary goes there daily.", Blocked, Sensitive, "health"},
	})
}

// The place alone, anyone invited there, or a pronoun that stands for
// something else pass.
func TestVenueVisitedNeedsAVisitor(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le culte a lieu à 10h au temple de la rue Racine.", OK, 0, ""},
		{"Le CMP est ouvert le lundi et le jeudi de 9h à 17h.", OK, 0, ""},
		{"Il y a une messe à 10h, tout le monde y est bienvenu.", OK, 0, ""},
		{"Le centre de dépistage est au 2e étage, on y va sans rendez-vous.", OK, 0, ""},
		{"La piscine est ouverte le dimanche, notre secrétaire y va chaque semaine.", OK, 0, ""},
		{"Le pasteur présidera le culte.", OK, 0, ""},
		{"The European Union summit is in Brussels; our director goes there every year.", OK, 0, ""},
		{"L'église est en travaux ; le couvreur y va lundi.", Doubt, Personal, ""},
	})
}
