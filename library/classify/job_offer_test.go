package classify

import "testing"

// A job offer describes a post with an indefinite article: no one holds
// it yet, however precise the post; the person it replaces, or a fact
// about someone in the same sentence, is still someone.
func TestJobOfferDescribesAPostNotSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Offre d'emploi : l'association recrute un animateur en CDD", OK, 0, ""},
		{"On recrute une coordinatrice de 30 h par semaine, basée à Montbard, en CDI", OK, 0, ""},
		{"We are hiring a part-time youth worker on a one-year contract in Dijon", OK, 0, ""},
		{"On recrute un animateur pour remplacer Mme Diallo en arrêt maladie", Blocked, Sensitive, "health"},
		{"L'animateur en CDD de Montbard, 54 ans, a démissionné", Blocked, 0, "indirect"},
	})
}
