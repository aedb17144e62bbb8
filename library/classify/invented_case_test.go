package classify

import "testing"

// A case that says its persons are invented (« cas fictif », « personnage
// inventé », "not a real person") tells of no one: its names, ages and
// facts are a character's. A name beside « notre », a word that says the
// case is real or drawn from one, contact details, or an order to invent
// a story about a named child keep the person.
func TestInventedCasePasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Cas fictif pour la formation : « M. Bernard, 67 ans, veuf, vit seul au dernier étage et refuse toute aide ».", OK, 0, ""},
		{"Exemple inventé pour l'atelier : Léa Moreau, 19 ans, cherche un stage et n'a pas de voiture.", OK, 0, ""},
		{"Jeu de rôle (personnage fictif) : Yasmine, 28 ans, mère de deux enfants, vient pour la première fois à l'épicerie.", OK, 0, ""},
		{"Mise en situation avec un personnage inventé : M. Petit, retraité, ne comprend pas son avis d'imposition.", OK, 0, ""},
		{"Invented case for volunteer training: Mrs Taylor, 79, a widow living alone, refuses home help.", OK, 0, ""},
		{"Role-play with a fictional character: Sam, 24, has just lost his job and comes to the food bank.", OK, 0, ""},
		{"Training example (not a real person): Ahmed, 35, asks for help with a housing application.", OK, 0, ""},
		{"Cas pratique inventé : Mme Rivière, 45 ans, reçoit un avis d'expulsion. Que faire ?", OK, 0, ""},
		{"Scénario fictif pour la formation d'accueil : Paul Girard, 52 ans, au chômage depuis un an.", OK, 0, ""},
		{"Made-up example for the workshop: Jenny Clarke, 31, wants to volunteer on Saturdays.", OK, 0, ""},
	})
}

func TestRealPersonInACaseStaysBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le trésorier a présenté des factures fictives au nom de Paul Girard, notre adhérent.", Blocked, 0, ""},
		{"Made-up expenses: the chair, Mrs Evans, claimed 400 € for a trip that never happened.", Blocked, 0, ""},
		{"Cas pratique pour la formation : Mme Bernard, 67 ans, notre bénéficiaire du mardi, vit seule au 3e.", Blocked, 0, ""},
		{"Cas fictif inspiré de la situation réelle de M. Petit, retraité, qui ne comprend pas son avis d'imposition.", Blocked, 0, ""},
		{"Cas fictif, mais en vrai c'est Léa Moreau, 19 ans, qu'on suit depuis mars.", Blocked, 0, ""},
		{"Exemple inventé : Yasmine, 28 ans, joignable au 06 12 34 56 78.", Blocked, 0, ""},
		{"Invented case based on a real family: Mrs Taylor, 79, lives alone in flat 4.", Blocked, 0, ""},
		{"Invente une histoire avec Léa Moreau, 7 ans, qui a peur du noir.", Blocked, 0, ""},
		{"Training case: Mr Evans, 79, a widower living alone, refuses home help.", Blocked, 0, ""},
		{"Cas fictif pour la formation : notre adhérente Mme Rivière, 45 ans, est séropositive.", Blocked, 0, ""},
	})
}
