package classify

import "testing"

// A public figure's special fact, told as history or their own public
// words, is no fact about someone of the association.
func TestFamousPersonsFactIsTheirs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Beethoven a composé sa Neuvième alors qu'il était presque sourd.", OK, 0, ""},
		{"Stephen Fry talks openly about his bipolar disorder in his documentary.", OK, 0, ""},
		{"Marie Curie est morte d'une leucémie en 1934.", OK, 0, ""},
	})
}

// A namesake tied to the association, told with news or a verb of now,
// or another person beside the fact, keeps the fact someone's.
func TestFamousNamesakesFactStaysBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Marie Curie, notre bénévole, a une leucémie.", Blocked, Sensitive, "health"},
		{"Marie Curie est hospitalisée depuis lundi.", Blocked, Sensitive, "health"},
		{"Victor Hugo, 9 ans, est diabétique.", Blocked, Sensitive, "health"},
		{"Quote of the week from Gandhi, read by Tom Baker, who is back from rehab.", Blocked, Sensitive, "health"},
		{"Beethoven était sourd, comme notre trésorier.", Blocked, Sensitive, "health"},
		{"Stephen Fry, our new volunteer, has bipolar disorder.", Blocked, Sensitive, "health"},
		{"Stephen Fry has bipolar disorder and needs a lift on Tuesday.", Blocked, Sensitive, "health"},
		{"Notre adhérente Marie Curie est morte d'une leucémie hier.", Blocked, Sensitive, "health"},
		{"Our hero of the week is Sam Elliott, who got back to work after his stroke.", Blocked, Sensitive, "health"},
		// no public life told: a namesake's news (leak hunt)
		{"Beethoven, sourd, participe à la chorale le samedi.", Blocked, Sensitive, "health"},
		{"Hawking, atteint de la maladie de Charcot, a besoin d'un accueil adapté pour le repas de Noël.", Blocked, Sensitive, "health"},
		{"Stephen Hawking, atteint de la maladie de Charcot, attend une place en EHPAD par notre intermédiaire.", Blocked, Sensitive, "health"},
	})
}

// A famous name placed among us, with its fact beside it and no public
// life told, is a member's namesake: the fact is theirs, blocked even in
// a sentence about a workshop or a drop-in (« permanence »). A public
// life told, or a special word far from the name, stays the figure's or
// no one's.
func TestFamousNamesakeAmongUsOwnsTheFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Stephen Fry, bipolaire, vient à la permanence du mardi.", Blocked, Sensitive, "health"},
		{"Marie Curie, atteinte d'une leucémie, participe à l'atelier tricot du jeudi.", Blocked, Sensitive, "health"},
		{"Nelson Mandela, qui a passé 27 ans en prison, s'est inscrit à l'atelier cuisine.", Blocked, Sensitive, "criminal"},
		{"Stephen Fry, bipolaire, a animé l'atelier théâtre samedi.", Blocked, Sensitive, "health"},
		{"Stephen Hawking, atteint de la maladie de Charcot, a repris l'atelier échecs au local.", Blocked, Sensitive, "health"},

		{"Stephen Hawking, atteint de la maladie de Charcot, a écrit Une brève histoire du temps.", OK, 0, ""},
		{"La devise de Coubertin « L'important c'est de participer » sera sur nos tee-shirts, trouve une police sympa.", OK, 0, ""},
	})
}
