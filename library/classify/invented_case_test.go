package classify

import (
	"strings"
	"testing"
)

// A case that says its persons are invented (« cas fictif », « personnage
// inventé », "not a real person") tells of no one when it names them by a
// first name or by a name that stands for anyone (« Mme X », « M.
// Dupont »): its ages and facts are a character's. A name beside
// « notre », a word that says the case is real or drawn from one, contact
// details, or an order to invent a story about a named child keep the
// person.
func TestInventedCasePasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Jeu de rôle (personnage fictif) : Yasmine, 28 ans, mère de deux enfants, vient pour la première fois à l'épicerie.", OK, 0, ""},
		{"Role-play with a fictional character: Sam, 24, has just lost his job and comes to the food bank.", OK, 0, ""},
		{"Training example (not a real person): Ahmed, 35, asks for help with a housing application.", OK, 0, ""},
		{"Cas fictif pour la formation : Mme X, 67 ans, veuve, refuse toute aide à domicile.", OK, 0, ""},
		{"Mise en situation avec un personnage inventé : M. Dupont, retraité, ne comprend pas son avis d'imposition.", OK, 0, ""},
	})
}

// A case said to be invented that gives a civility and a surname, or a
// full name, cannot be told from a real member's file pasted under « cas
// fictif » (the red team of 3 December 2026 passed 41 real persons' facts
// so): its name and its facts stay, as doubts that ask the volunteer to
// check that the case is made up.
func TestInventedCaseThatNamesSomeoneIsADoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Cas fictif pour la formation : « M. Bernard, 67 ans, veuf, vit seul au dernier étage et refuse toute aide ».", Doubt, 0, "name"},
		{"Exemple inventé pour l'atelier : Léa Moreau, 19 ans, cherche un stage et n'a pas de voiture.", Doubt, 0, "name"},
		{"Invented case for volunteer training: Mrs Taylor, 79, a widow living alone, refuses home help.", Doubt, 0, "name"},
		{"Cas pratique inventé : Mme Rivière, 45 ans, reçoit un avis d'expulsion. Que faire ?", Doubt, 0, "name"},
		{"Cas fictif : M. Gwenaël Tanguy, adhérent de la section vélo, est suivi pour une dépression sévère.", Doubt, 0, "health"},
		{"Exemple inventé pour la formation : Mme Nadia Berrada, bénévole du jeudi, fait le ramadan et jeûne jusqu'au soir.", Doubt, 0, "religion"},
		{"Fictional case for training: Mr Owen Pryce, who helps at our Saturday stall, is on probation for assault.", Doubt, 0, "criminal"},
		{"Cas fictif : M. Armel Quéméner, 58 ans. Il est sous bracelet électronique depuis mars.", Doubt, 0, "criminal"}, // the next sentence goes on with the case
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
		{"Exercice : ce n'est pas un cas inventé, Mme Diallo est diabétique, que lui répondez-vous ?", Blocked, Sensitive, "health"},
		{"Role play, and not a made-up case: Mr Owusu, 52, is HIV positive. What do you say?", Blocked, Sensitive, "health"},
		// « notre bénévole » away from the name, in a bracket or a clause (invented_case.go ownMemberSaid)
		{"Cas fictif : Mme Odile Ferrand (c'est notre bénévole du jeudi, vous la connaissez) a été hospitalisée.", Blocked, Sensitive, ""},
		{"Cas fictif : Mme Odile Ferrand (c'est notre bénévole du jeudi) est anorexique.", Blocked, Sensitive, ""},
		{"Fictional case: Mrs Ellen Harte (she is our volunteer on Tuesdays, you know her) has been treated for depression.", Blocked, Sensitive, ""},
	})
}

// When the learned check blocks a case that names someone, its reason,
// the line the volunteer reads first, says how to make the case
// shareable; a note that is no case keeps the plain reason.
func TestLearnedBlockOfANamedCaseSaysToUseAFirstName(t *testing.T) {
	c := New(Rules{})
	hinted := 0
	for _, v := range []string{
		"Exemple inventé pour l'atelier : Léa Moreau, 19 ans, cherche un stage",
		"Cas fictif : M. Erwan Le Goff, 50 ans, est séropositif depuis 2015",
		"Cas fictif pour la formation : Mme Solène Garnier, 42 ans, a fait une dépression l'an dernier",
	} {
		for _, f := range c.Classify(v).Findings {
			if !learnedRule(f.Rule) {
				continue
			}
			if !strings.Contains(f.Reason, "un prénom seul") {
				t.Errorf("%q: learned reason without the hint: %q", v, f.Reason)
			}
			hinted++
		}
	}
	if hinted == 0 {
		t.Fatal("the learned check blocked none of the named cases: the hint is untested")
	}
	for _, f := range c.Classify("Léa Moreau, 19 ans, cherche un stage et n'a pas de voiture").Findings {
		if strings.Contains(f.Reason, "un prénom seul") {
			t.Errorf("hint given outside a made-up case: %q", f.Reason)
		}
	}
}
