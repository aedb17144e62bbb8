package classify

import "testing"

// A party the association deals with, kept in a belief the sentence
// holds untrue or kept from learning what the association does, is its
// confidential strategy (strategy_unaware.go); a belief reported without
// a correction, advice to the reader and a question are not.
func TestDealingHiddenFromAParty(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La fondation pense qu'on a embauché une animatrice, le poste est toujours vide.", Blocked, Sensitive, "confidential"},
		{"Le propriétaire croit que nous n'accueillons que des adultes ; il y a aussi les ados le mercredi.", Blocked, Sensitive, "confidential"},
		{"The landlord thinks we only use the hall on Saturdays, we run the youth club there every evening.", Blocked, Sensitive, "confidential"},
		{"On solde le livret A avant que la banque ne remarque le découvert.", Blocked, Sensitive, "confidential"},
		{"Dans le dossier on ne parle pas de l'atelier annulé, sinon ils reprennent les 4 000 €.", Blocked, Sensitive, "confidential"},
		{"We'll book the trip from the youth budget so the trust doesn't notice the overspend.", Blocked, Sensitive, "confidential"},
		{"Don't let the sponsor know we changed the date of the gala.", Blocked, Sensitive, "confidential"},
	})
	for _, s := range []string{
		"La mairie pense que notre projet de jardin est une bonne idée.",
		"Les parents pensent que la sortie était trop courte.",
		"Envoyez votre bilan avant que la fondation ne le réclame.",
		"Comment prévenir le bailleur avant qu'il ne remarque que la salle est abîmée ?",
		"Nous présentons nos comptes à la mairie pour que les élus voient ce que fait l'association.",
		"Venez nombreux avant que les places ne soient toutes prises !",
	} {
		if r := rulesOnly().Classify(s); r.Verdict == Blocked {
			t.Errorf("%q: blocked as %v, want it to pass", s, describe(s, r))
		}
	}
}
