package classify

import "testing"

// A court's ruling on a public procedure (« le Conseil d'État a jugé que
// les demandes de titre de séjour… », « l'alternative au dépôt en ligne
// des demandes de titre de séjour ») is the topic of a rule, about no
// one; the same procedure told of a person stays a fact.
func TestCourtRulingOnAProcedureIsNoOnesFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le Conseil d'État a rappelé que les demandes de carte de séjour ne peuvent pas être uniquement dématérialisées.", OK, 0, ""},
		{"La cour a jugé en 2023 que les préfectures doivent proposer une alternative au dépôt en ligne des demandes de titre de séjour.", OK, 0, ""},
		{"Le tribunal a jugé que M. Diallo devait quitter le territoire, sa demande d'asile est rejetée.", Blocked, Sensitive, "origin"},
		{"Procédure OFPRA en cours pour le jeune que nous hébergeons depuis janvier.", Blocked, Sensitive, "origin"},
		{"La cour a jugé que la jeune femme accueillie au foyer devait rendre son titre de séjour.", Blocked, Sensitive, ""},
	})
}
