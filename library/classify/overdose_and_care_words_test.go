package classify

import "testing"

// An overdose, a compulsory admission, incontinence, drug use or a
// learning disorder said in everyday words of someone is a health
// fact; the same words as a topic pass.
func TestEverydayHealthWordsOfSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"J'ai avalé une boîte de cachets l'an dernier, je préfère ne pas animer l'atelier sur le deuil.", Blocked, Sensitive, "health"},
		{"I swallowed a whole packet of pills last year, so I'd rather not run the grief workshop.", Blocked, Sensitive, "health"},
		{"Je suis en HDT depuis lundi, je ne pourrai pas venir à la permanence.", Blocked, Sensitive, "health"},
		{"Je me shoote plus depuis six mois, je voudrais témoigner au forum prévention.", Blocked, Sensitive, "health"},
		{"Il est dys, il lui faut les consignes à l'oral à l'aide aux devoirs du lundi.", Blocked, Sensitive, "health"},
		{"Épidémie de poux à l'école : vérifiez les têtes de vos enfants.", OK, 0, ""},
		{"Atelier sur les troubles dys le 12 mars à la médiathèque.", OK, 0, ""},
		{"Le comédien porte des costumes d'époque pour le rôle.", OK, 0, ""},
	})
}

// « le » or « la » before a singular noun is one person: a thing said
// of them in the plural (« des protections », « des cachets ») is that
// person's fact, not a statistic of a public.
func TestOnePersonWithAPluralThing(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La résidente de la 12 porte des protections la nuit, prévoir le change avant la sortie.", Blocked, Sensitive, "health"},
		{"Le jeune de l'atelier slam a avalé une boîte de cachets ce week-end, il est sorti des urgences hier.", Blocked, Sensitive, "health"},
		{"La maison de retraite accueille des personnes âgées dépendantes.", OK, 0, ""},
	})
}
