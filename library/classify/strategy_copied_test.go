package classify

import "testing"

// Another body's application, project or handbook copied by the
// association is its confidential strategy (strategy_copied.go); a
// question, an offer to the reader, a body's own report copied into a
// new table and an idea borrowed with thanks are not.
func TestAnotherBodysWorkCopied(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"On a récupéré la candidature des Jardins de Cocagne, on recopie leur partie évaluation.", Blocked, Sensitive, "grant"},
		{"Nous calquons notre dossier sur celui de l'association voisine, que Paul nous a passé.", Blocked, Sensitive, "grant"},
		{"We'll copy their safeguarding handbook and put our logo on it.", Blocked, Sensitive, "grant"},
	})
	for _, s := range []string{
		"Recopiez notre modèle de statuts, il est libre de droits.",
		"Nous avons copié leur idée de gratiferia, merci à eux pour le partage !",
		"On recopie le bilan de l'an dernier dans le nouveau tableau, c'est plus lisible.",
		"Formation : comment rédiger son dossier sans copier celui des autres.",
	} {
		if r := rulesOnly().Classify(s); r.Verdict == Blocked {
			t.Errorf("%q: blocked as %v, want it to pass", s, describe(s, r))
		}
	}
}
