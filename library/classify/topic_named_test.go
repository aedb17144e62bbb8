package classify

import "testing"

// A general question or statement on a special-category topic is a
// notion, unless the value names someone, even by an anonymisation code
// (topic_named.go): then it asks about that person's fact. Before,
// « Quels sont les effets de la chimio ? Je demande pour Sylvie
// Marchand. » was anonymised and printed with exit code 0.
func TestTopicOfANamedValueIsAFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Quels sont les effets secondaires de la chimiothérapie ? Je demande pour Odile Ferrand.", Blocked, Sensitive, "health"},
		{"Quels sont les effets secondaires de la chimiothérapie ? Je demande pour Personne_001.", Blocked, Sensitive, "health"},
		{"Combien de temps dure la garde à vue ? C'est pour Kevin, du foot.", Blocked, Sensitive, "criminal"},
		{"Qu'est-ce que la dépression ? Je demande pour Personne_003.", Blocked, Sensitive, "health"},
		{"What is schizophrenia? Asking for Personne_004.", Blocked, Sensitive, "health"},
		{"What does parole mean? My cousin just got out.", Blocked, Sensitive, "criminal"},
	})
	// nobody named: the topic stays a notion
	allPass(t,
		"Quels sont les effets secondaires de la chimiothérapie ? Rédige une fiche simple.",
		"Combien de temps dure la garde à vue ? Fais-moi une affiche claire.",
		"Qu'est-ce que la dépression ? Explique-le simplement.",
		"What is schizophrenia? Explain it simply for a leaflet.",
		"What does parole mean? Explain it simply for a leaflet.",
		"Prise de parole : chaque intervenant a cinq minutes.",
	)
}

// After a question on a topic, a sentence whose person holds it, with a
// pronoun that stands for the topic, makes it that person's fact (« Un
// bénévole de l'asso en souffre »); a share of anyone or people in
// general stay a notion, and a doubt at most.
func TestTopicHeldBySomeoneAfterItsQuestion(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Qu'est-ce que la maladie de Crohn ? Un bénévole de l'asso en souffre.", Blocked, Sensitive, "health"},
		{"Qu'est-ce que la gale ? Trois enfants de l'accueil de loisirs l'ont attrapée.", Blocked, Sensitive, "health"},
		{"Qu'est-ce que la tuberculose ? Un résident du foyer l'a.", Blocked, Sensitive, "health"},
		{"What is Crohn's disease? One of our volunteers has it.", Blocked, Sensitive, "health"},
	})
	for _, v := range []string{
		"Qu'est-ce que la maladie de Crohn ? Une personne sur mille en souffre.",
		"Qu'est-ce que la gale ? Les enfants l'attrapent souvent à l'école.",
		"Qu'est-ce que la gale ? On l'attrape par contact.",
	} {
		if r := New(Rules{}).Classify(v); r.Verdict == Blocked {
			t.Errorf("%q: blocked %+v", v, r.Findings)
		}
	}
}

// « soi-même » after a copula tells the asker's own case (« quand on est
// soi-même diabétique »); the same question of anyone (« quand on est
// diabétique ») and « soin de soi-même » stay general.
func TestOneselfAfterACopulaIsTheAskersCase(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Comment expliquer le diabète à des enfants quand on est soi-même diabétique ?", Blocked, Sensitive, "health"},
		{"Comment expliquer la séropositivité à mes enfants quand on l'est soi-même ?", Blocked, Sensitive, "health"},
		{"Comment faire du sport quand on est diabétique ?", OK, 0, ""},
		{"Être soi-même : atelier d'estime de soi pour les personnes handicapées", OK, 0, ""},
	})
}

// The orientations and relationships as nouns are special-category
// words: asked about, then said to be one's own, they are that
// person's; asked about alone they stay a topic.
func TestOrientationNounsAskedThenOwned(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Qu'est-ce que la bisexualité ? C'est mon cas.", Blocked, Sensitive, "sexuality"},
		{"What is bisexuality? That's me.", Blocked, Sensitive, "sexuality"},
		{"Qu'est-ce que le polyamour ? Je le vis avec deux partenaires.", Blocked, Sensitive, "sexuality"},
		{"Qu'est-ce qu'un trouble borderline ? On me l'a diagnostiqué à 20 ans.", Blocked, Sensitive, "health"},
		{"His homosexuality is known in the club.", Blocked, Sensitive, "sexuality"},

		{"Qu'est-ce que la bisexualité ? Explique simplement pour une affiche.", OK, 0, ""},
		{"What is bisexuality? Explain it simply for a leaflet.", OK, 0, ""},
		{"Conférence sur la transidentité à la médiathèque samedi.", OK, 0, ""},
		{"L'homosexualité a été dépénalisée en France en 1982.", OK, 0, ""},
	})
}
