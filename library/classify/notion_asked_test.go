package classify

import "testing"

// A question that asks what a notion is names it to have it defined.
func TestNotionAskedIsATopic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Qu'est-ce qu'un sursis probatoire ?", OK, 0, ""},
		{"Qu'est-ce qu'une OQTF ? Explique en termes simples.", OK, 0, ""},
		{"Explique ce qu'est une garde à vue.", OK, 0, ""},
		{"Explique-moi ce qu'est la maladie de Lyme.", OK, 0, ""},
		{"Explique ce que sont les soins palliatifs pour notre site.", OK, 0, ""},
		{"Qu'est-ce que la RQTH ?", OK, 0, ""},
		{"How do I explain Ramadan to children in a multicultural after-school club?", OK, 0, ""},
		{"Rédige une fiche pratique : comment parler à une personne malentendante, lentement et bien en face.", OK, 0, ""},
	})
}

// The same questions about someone, or followed by someone's case, keep
// the fact theirs.
func TestNotionAskedOfSomeoneStaysBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Qu'est-ce qu'une OQTF ? Samir en a reçu une.", Blocked, Sensitive, ""},
		{"Explique ce qu'est une OQTF, Samir en a reçu une.", Blocked, Sensitive, ""},
		{"Explique ce qu'est la garde à vue de mon fils.", Blocked, Sensitive, "criminal"},
		{"Qu'est-ce que le trésorier a fait pendant sa garde à vue ?", Blocked, Sensitive, "criminal"},
		{"Qu'est-ce qu'il risque avec sa garde à vue ?", Blocked, Sensitive, "criminal"},
		{"Explique-moi ce qu'est ma maladie de Lyme.", Blocked, Sensitive, "health"},
		{"Explique-moi ce qu'est la maladie de Lyme, je l'ai depuis mars.", Blocked, Sensitive, "health"},
		{"Aide-moi, je suis séropositif.", Blocked, Sensitive, "health"},
		{"Explique-moi ce qu'est la maladie de Lyme, on vient de me la diagnostiquer.", Blocked, Sensitive, "health"},
		{"Explique ce qu'est la maladie de Lyme qu'a attrapée notre bénévole.", Blocked, Sensitive, "health"},
		{"How do I manage diabetes at work?", Blocked, Sensitive, "health"},
		{"Que faire si mon fils fait une crise d'asthme ?", Blocked, Sensitive, "health"},
		{"Mon fils a le VIH : comment lui en parler ?", Blocked, Sensitive, "health"},
		{"Notre trésorier séropositif : comment l'annoncer ?", Blocked, Sensitive, "health"},
		{"Que faire, il est en prison depuis hier ?", Blocked, Sensitive, "criminal"},
		{"How do I explain to my boss that I have cancer?", Blocked, Sensitive, "health"},
		{"How can I explain my depression to the team?", Blocked, Sensitive, "health"},
	})
}
