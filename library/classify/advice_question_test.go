package classify

import "testing"

// A question that asks what to do for anyone, and a sentence that
// defines a special-category term, state no fact about someone: they
// pass. The same shapes about someone known stay blocked: a name, the
// writer's own people, a number, a real time, the association's « nous »,
// or a second sentence that says who.
func TestAdviceQuestionAboutAnyonePasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Que faire si quelqu'un fait une crise d'épilepsie ?", OK, 0, ""},
		{"Comment aider un ami qui boit trop sans le braquer ?", OK, 0, ""},
		{"Quels gestes adopter si un enfant fait une crise d'asthme en sortie ?", OK, 0, ""},
		{"Comment accompagner une personne sortant de prison dans sa recherche de logement ?", OK, 0, ""},
		{"Comment inclure un enfant autiste dans un groupe de scouts ?", OK, 0, ""},
		{"What should you do if someone has a seizure?", OK, 0, ""},
		{"Tips for welcoming a deaf person to a choir rehearsal.", OK, 0, ""},
		// a definition
		{"Le diabète de type 2 est une maladie chronique.", OK, 0, ""},
		{"Le sursis est une peine d'emprisonnement non exécutée.", OK, 0, ""},
		{"Depression is an illness, not a lack of willpower.", OK, 0, ""},
	})
}

func TestAdviceQuestionAboutSomeoneStaysBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Que faire si Kévin fait une crise d'épilepsie pendant l'entraînement ?", Blocked, Sensitive, "health"},
		{"Comment soutenir notre secrétaire Agnès en dépression ?", Blocked, Sensitive, "health"},
		{"Que faire quand le trésorier arrive ivre à une distribution ?", Blocked, Sensitive, "health"},
		{"Comment accompagner ma mère qui ne reconnaît plus sa famille ?", Blocked, Sensitive, "health"},
		{"What should I do if my colleague has a seizure?", Blocked, Sensitive, "health"},
		{"Comment gérer la crise d'épilepsie d'un enfant de 8 ans inscrit au stage du mercredi à Lodève ?", Blocked, Sensitive, "health"},
		// a real time, the association's own voice
		{"Comment réagir si un jeune du club sort de prison la semaine prochaine ?", Blocked, Sensitive, "criminal"},
		{"How can we help a volunteer who has just come out of prison?", Blocked, Sensitive, "criminal"},
		{"Que faire si un adhérent nous avoue qu'il est séropositif ?", Blocked, Sensitive, "health"},
		// a second sentence says who
		{"Que faire si une bénévole est enceinte ? Elle me l'a dit hier.", Blocked, Sensitive, "health"},
		{"Comment soutenir une collègue en dépression ? Elle pleure tous les matins au bureau.", Blocked, Sensitive, "health"},
		{"Que faire si un enfant fait une crise d'épilepsie ? C'est le fils de la boulangère.", Blocked, Sensitive, "health"},
		// found by a read-only review of a looser first version: the
		// association's people, a role, a kin, a time of now, a place, a
		// clause that says who, a lower-case name or nickname
		{"Comment aider un bénévole de l'association qui est séropositif et qui tient la buvette ?", Blocked, Sensitive, "health"},
		{"Que faire si un entraîneur du club se drogue ?", Blocked, Sensitive, "health"},
		{"Comment aider un trésorier qui est alcoolique ?", Blocked, Sensitive, "health"},
		{"Comment aider un mari qui est en dépression ?", Blocked, Sensitive, "health"},
		{"Comment aider un ami qui vient de sortir de prison ?", Blocked, Sensitive, "criminal"},
		{"Que faire si un ami est séropositif — il s'agit du président ?", Blocked, Sensitive, "health"},
		{"Comment aider un ami qu'on surnomme la fouine et qui est alcoolique ?", Blocked, Sensitive, "health"},
		{"Comment aider un bénévole, jb, qui est dépressif ?", Blocked, Sensitive, "health"},
		{"Comment aider un ami qui a fait de la prison et qui cherche un emploi à la mairie ?", Blocked, Sensitive, "criminal"},
		// found by a second review: news told in a clause, one of a kind,
		// the association's people in the plural
		{"Comment annoncer aux bénévoles que la subvention de la mairie ne sera pas renouvelée ?", Blocked, Sensitive, ""},
		{"What can a charity do when the only paid worker is pregnant and the grant ends?", Blocked, Sensitive, "health"},
		{"How do you tell parents that a youth worker has been suspended pending a police investigation?", Blocked, Sensitive, ""},
		// found by a third review: a person the allow-list does not hold,
		// an apposition, an event, a place, a definition that goes on
		{"Comment aider un parrain qui est en prison ?", Blocked, Sensitive, "criminal"},
		{"Comment aider un ami, ancien toxicomane, qui a rechuté ?", Blocked, Sensitive, "health"},
		{"Que faire pour une amie qui a fait une overdose pendant la fête ?", Blocked, Sensitive, "health"},
		{"Comment soutenir une amie rencontrée à la chorale qui est séropositive ?", Blocked, Sensitive, "health"},
		{"Comment aider une collègue à l'usine qui a fait une fausse couche ?", Blocked, Sensitive, "health"},
		{"Le VIH est un virus que porte un de nos entraîneurs.", Blocked, Sensitive, "health"},
		{"Epilepsy is a condition that our goalkeeper has.", Blocked, Sensitive, "health"},
		// no definition: a possessive, a name, a person between, another sentence
		{"Le cancer du trésorier est un choc pour tout le club.", Blocked, Sensitive, "health"},
		{"Le diabète est une maladie chronique. Le trésorier l'a depuis dix ans.", Blocked, Sensitive, "health"},
		{"Sa dépression est une maladie, pas un manque de volonté.", Blocked, Sensitive, "health"},
		{"Le diabète de Paul est une maladie chronique qui se soigne bien.", Blocked, Sensitive, "health"},
		{"Son cancer est l'un des plus agressifs.", Blocked, Sensitive, "health"},
		{"His cancer is one of the rarest.", Blocked, Sensitive, "health"},
	})
}

// A condition ranked among its kind is defined, as by « est une maladie »:
// « L'asthme est l'un des motifs d'absence les plus fréquents », "Depression
// is one of the most common conditions".
func TestAConditionRankedAmongItsKindIsDefined(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"L'asthme est l'un des motifs d'absence les plus fréquents à l'école.", OK, 0, ""},
		{"La dépression est l'une des premières causes d'arrêt de travail.", OK, 0, ""},
		{"Depression is one of the most common conditions in the UK.", OK, 0, ""},
	})
}
