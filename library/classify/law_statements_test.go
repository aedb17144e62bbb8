package classify

import "testing"

// A special-category word that is the topic of a law, a public procedure
// or history is about no one; the same word said of a person, or in a
// case note without an article, stays a fact.
func TestLawAndHistoryTopicsPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La demande de titre de séjour se dépose en préfecture, sur rendez-vous", OK, 0, ""},
		{"Le droit d'asile est garanti par la Constitution de 1946", OK, 0, ""},
		{"La procédure de regroupement familial pour les réfugiés relève de l'OFII", OK, 0, ""},
		{"En 1975, la loi Veil a dépénalisé l'avortement", OK, 0, ""},
		{"Sa demande d'asile a été rejetée", Blocked, Sensitive, "origin"},
		{"Demande d'asile rejetée, recours devant la CNDA à préparer", Blocked, Sensitive, "origin"},
		{"Karim attend la réponse à sa demande d'asile", Blocked, Sensitive, "origin"},
	})
}
