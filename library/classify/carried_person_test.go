package classify

import "testing"

// A fact told in the sentence after the one that names or describes the
// person, with a possessive or an object pronoun pointing back at them,
// is about that person: category 4, even for the words that count only
// next to a person (a festival, a union, a medicine that is also a
// metal). Without a word pointing back, or in a public notice, the next
// sentence stays what it is.
func TestFactInTheSentenceAfterThePerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"M. Blanc ne viendra pas vendredi. C'est Diwali pour lui.", Blocked, Sensitive, "religion"},
		{"Mme Martin a appelé. Ses empreintes sont dans la pointeuse.", Blocked, Sensitive, "biometric"},
		{"Ask Tom about the rota. His lithium makes him tired.", Blocked, Sensitive, "health"},
		{"Samir a rappelé. Sa grève dure depuis lundi.", Blocked, Sensitive, "union"},
		{"Jeanne est venue. On lui a proposé un rendez-vous aux urgences.", Blocked, Sensitive, "health"},
		{"Le nouveau bénévole est arrivé. Ses amis du Rassemblement national l'attendaient.", Blocked, Sensitive, "politics"},
		{"Our new cook started today. His probation officer will call on Monday.", Blocked, Sensitive, "criminal"},
		{"Personne_004 a rappelé. On lui a dit que sa paroisse ferait une quête.", Blocked, Sensitive, ""},
		// no word points back, or the sentence is a public notice
		{"Contact : M. Martin. Grève SNCF jeudi : covoiturage possible.", Blocked, Personal, "name"},
		{"Animé par Mme Roux. La grève des transports est prévue jeudi, venez à vélo.", Blocked, Personal, "name"},
		{"Mme Dupont tiendra le stand. Son association fête Diwali avec tout le quartier, entrée libre.", Blocked, Personal, "name"},
		{"Le club remercie la mairie. Son soutien pendant la grève des éboueurs a compté.", OK, 0, ""},
	})
}

// A month or a week counted is a length of time, not a public campaign:
// « six mois de prison » is a sentence served, « le Mois sans tabac » a
// campaign.
func TestCountedMonthIsNoCampaign(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Julien a pris six mois de prison.", Blocked, Sensitive, "criminal"},
		{"Gary got 18 months in prison for it.", Blocked, Sensitive, "criminal"},
		{"Le Mois sans tabac commence : stand d'information devant la mairie.", OK, 0, ""},
		{"Julien a pris trois semaines de vacances.", Blocked, Personal, "name"},
	})
}

// The writer speaking of themself in a note (« Je serai absent lundi :
// Aïd en famille. », "I was at my AA group") tells a fact about a person:
// the writer.
func TestWriterSpeakingOfThemself(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Je serai absent lundi : Aïd en famille.", Blocked, Sensitive, "religion"},
		{"Sorry I missed the meeting, I was at my AA group.", Blocked, Sensitive, "health"},
		{"Je ne pourrai pas venir jeudi. Ma chimio a été décalée.", Blocked, Sensitive, "health"},
		{"Legal aid clinic every Tuesday, I will be there to welcome you.", OK, 0, ""},
	})
}
