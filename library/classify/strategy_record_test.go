package classify

import "testing"

// A record's name that begins with a word of litigation (« procès-verbal »)
// is the record; the word alone, or beside a named matter, still counts.
func TestRecordNameIsNoTrial(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"Le procès-verbal de l'assemblée générale est en ligne sur notre site.",
		"Procès-verbal du conseil d'administration du 4 mars, version publiée.",
		"Le procès verbal de la réunion publique est affiché à la mairie.",
	} {
		if r := c.Classify(s); r.Verdict == Blocked {
			t.Errorf("%q: blocked as %v, want it to pass", s, r.Findings)
		}
	}
	for _, s := range []string{
		"Le procès contre notre ancien fournisseur aura lieu en mars, n'en parlez pas.",
		"Le procès-verbal de l'huissier est arrivé : le bailleur nous assigne au tribunal.",
		"On a un procès en cours avec la mairie pour la salle.",
	} {
		if r := c.Classify(s); r.Verdict != Blocked {
			t.Errorf("%q: %s, want blocked", s, r.Verdict)
		}
	}
}

// « faux », « fausses », "fake" before a thing they name (a miscarriage,
// a false ceiling, twins, fake snow) accuse no one; fake invoices,
// expense claims and banknotes do (« fausse note » too: it may be either). A deficit told in the
// plural is one.
func TestFalseThingsAreNoForgery(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Elle a fait deux fausses couches l'an dernier.", Blocked, Sensitive, "health"},
		{"M. Durand dit que le faux plafond du hall est tombé.", Blocked, Personal, "name"},
		{"Le trésorier a fait des fausses factures.", Blocked, Sensitive, "criminal"},
		{"Le trésorier a fait des fausses notes de frais.", Blocked, Sensitive, "criminal"},
		{"He said the treasurer made fake receipts.", Blocked, Sensitive, "criminal"},
		{"Le trésorier Marc a remis des fausses notes d'hôtel et d'essence.", Blocked, Sensitive, "criminal"},
		{"The treasurer was paying the caterer with fake notes.", Blocked, Sensitive, "criminal"},
		{"Julie Morel a fait quelques fausses notes au concert de Noël.", Blocked, Personal, "name"},
		{"For the nativity play, Tom needs fake snow and a donkey costume.", Blocked, Personal, "name"},
		{"We think the treasurer may forge the chair's signature on cheques.", Blocked, Sensitive, "criminal"},
		{"Visite guidée : la forge du village où Jean-Baptiste Godin a travaillé.", Blocked, Personal, "name"},
		{"Les comptes 2025 seront déficitaires d'environ 8 000 €.", Blocked, Sensitive, "finance"},
	})
}

// « remercié » dismisses someone; « remercie » thanks, and folding made
// them one word.
func TestThanksAreNoDismissal(t *testing.T) {
	allPass(t, "Le club de judo remercie la Région et la ville pour leur soutien, affiché sur nos maillots.")
	runRuleCases(t, []ruleCase{
		{"Le cuisinier a été remercié la semaine dernière, ne le dites pas.", Blocked, Sensitive, "hr"},
		{"On remercie Jean-Marc Boutin pour la peinture de la salle.", Blocked, Personal, "name"},
	})
}

// « faux » after a comma or in « pas mal » keeps its suspicion.
func TestForgeryAcrossPunctuation(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les factures du président sont des faux, pas des erreurs.", Blocked, Sensitive, "criminal"},
		{"On soupçonne pas mal la trésorière.", Blocked, Sensitive, "criminal"},
	})
}

// « remerciés pour leur engagement » thanks; « a ete remerciee » typed
// without accents still dismisses; "SUE" in capitals or before an object
// is the verb.
func TestThankedDismissedAndSued(t *testing.T) {
	allPass(t, "Nos bénévoles ont été remerciés pour leur engagement lors de la soirée.")
	runRuleCases(t, []ruleCase{
		{"Notre animatrice a ete remerciee vendredi, on cherche quelqu'un.", Blocked, Sensitive, "hr"},
		{"We will SUE the landlord over the damp.", Blocked, Sensitive, "litigation"},
		{"Sue the builder for the damp, the board decided.", Blocked, Sensitive, "litigation"},
	})
}
