package classify

import "testing"

// A question about how things are done, asked for anyone, names a
// confidential matter as its topic; the same question about our own case
// (our voice, a name, someone pointed at, an amount) stays blocked.
func TestGeneralQuestionAboutAMatter(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Quelles sont les étapes d'une fusion entre deux associations sportives ?", OK, 0, ""},
		{"Comment se déroule un licenciement pour faute grave dans une association ?", OK, 0, ""},
		{"How does a charity prepare for an employment tribunal?", OK, 0, ""},
		{"Explique la différence entre une démission et un abandon de poste.", OK, 0, ""},
		// our own case
		{"Comment annoncer notre fusion avec le club voisin aux adhérents ?", Blocked, Sensitive, "merger"},
		{"Comment se déroule le licenciement de la comptable ?", Blocked, Sensitive, "hr"},
		{"How do we prepare for the employment tribunal next month?", Blocked, Sensitive, "litigation"},
		{"Comment négocier le loyer si le propriétaire demande 900 € ?", Blocked, Sensitive, "negotiation"},
		{"Comment expliquer aux familles que la fusion avec le centre social est décidée ?", Blocked, Sensitive, "merger"},
		{"Comment annoncer une fusion aux bénévoles avant la signature avec l'association Les Amis du Rail en mars ?", Blocked, Sensitive, "merger"},
	})
}

// The same for a special-category word: a question about a notion, asked
// for anyone, is no one's fact; initials, a pronoun, someone singled out,
// an age, a moment or a second sentence make it someone's.
func TestGeneralQuestionAboutASpecialNotion(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Quelle est la différence entre un titre de séjour et un récépissé de demande d'asile ?", OK, 0, ""},
		{"Explain the difference between asthma and bronchitis for a leaflet.", OK, 0, ""},
		{"Quand JB a ses crises d'asthme, faut-il appeler le 15 ?", Blocked, Sensitive, "health"},
		{"Comment aider la seule bénévole sous traitement pour une dépression ?", Blocked, Sensitive, "health"},
		{"Comment accompagner un adhérent de 80 ans atteint d'Alzheimer ?", Blocked, Sensitive, "health"},
		{"Que faire si un jeune sort de détention provisoire demain ?", Blocked, Sensitive, "criminal"},
		{"Quelle est la différence entre asthme et bronchite ? C'est pour Léa, qui tousse depuis lundi.", Blocked, Sensitive, "health"},
	})
}

// A general question the volunteer follows with a request about the
// answer (« Rédige une affiche », "Write a general guide"), opens with a
// label (« FAQ : »), asks of anyone of a kind with the verb inverted
// (« Un enfant asthmatique peut-il… ? »), or names a condition by its
// initials (« un AVC »), is still asked for anyone. A second sentence
// that tells something, names someone or points at them keeps the case.
func TestGeneralQuestionWithARequestAfterIt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Quels sont les signes d'une crise d'épilepsie ? Rédige une affiche pour la salle de judo.", OK, 0, ""},
		{"Comment un réfugié statutaire peut-il ouvrir un compte bancaire ? Fais une fiche pratique.", OK, 0, ""},
		{"Une personne diabétique peut-elle donner son sang ? Réponse générale pour notre FAQ.", OK, 0, ""},
		{"FAQ : comment un réfugié obtient-il un extrait d'acte de naissance ? Explique les étapes.", OK, 0, ""},
		{"Can a volunteer with epilepsy drive the minibus? Write a general answer for our handbook.", OK, 0, ""},
		{"Quels sont les premiers signes d'un AVC et que faire en attendant les secours ?", OK, 0, ""},
		// the case is told, named or pointed at
		{"Une personne diabétique peut-elle donner son sang ? Elle a fait un malaise hier.", Blocked, Sensitive, "health"},
		{"Comment un réfugié peut-il ouvrir un compte ? Donne-lui la liste des pièces.", Blocked, Sensitive, "origin"},
		{"Un enfant épileptique peut-il faire du judo ? Rédige une fiche pour Nathan, 9 ans.", Blocked, Sensitive, "health"},
		{"Un enfant épileptique de notre club peut-il faire du judo ? Rédige une fiche.", Blocked, Sensitive, "health"},
		{"Quels sont les signes d'un AVC chez JM ? Rédige une affiche.", Blocked, Sensitive, "health"},
	})
}

// A request to write material for anyone (« Rédige un dépliant sur… »,
// "Write a leaflet on how to spot a stroke") is asked as a general
// question is; « pour notre FAQ », "for our website" say where it is
// published, "on how to" is no French « on ». The same request about one
// of ours, or naming someone, stays blocked.
func TestRequestForGeneralMaterial(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Write a leaflet on how to support a friend with depression.", OK, 0, ""},
		{"Rédige une affiche sur la conduite à tenir en cas de crise d'épilepsie.", OK, 0, ""},
		{"Write a factsheet explaining that diabetes can be managed with diet, for our newsletter.", OK, 0, ""},
		{"Write a leaflet explaining that our treasurer has depression.", Blocked, Sensitive, "health"},
		{"Rédige une affiche sur l'épilepsie pour Léo, 9 ans, qui fait des crises.", Blocked, Sensitive, "health"},
		{"Rédige un dépliant sur la dépression de notre secrétaire.", Blocked, Sensitive, "health"},
	})
}

// A theme before a special-category word (« un texte sur … », « atelier
// sur … ») makes it a topic, unless a person owns the fact after it
// (« … la dépression de notre secrétaire », "the illness of my
// neighbour").
func TestThemeWithAnOwnerIsAFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Atelier sur la dépression des adolescents, mardi à 18 h", OK, 0, ""},
		{"Conférence sur la maladie de Lyme à la médiathèque", OK, 0, ""},
		{"Rédige un texte sur la dépression de notre secrétaire.", Blocked, Sensitive, "health"},
		{"Un article sur le cancer de ma voisine pour le journal du quartier", Blocked, Sensitive, "health"},
	})
}

// A general question about anyone of a kind (« un locataire », « une
// personne âgée », « un enfant de 5 ans ») singles no one out; an
// indefinite person described by two quasi-identifiers (an age and a
// small town) is someone asked about.
func TestGeneralQuestionAboutAnyoneOfAKind(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Quels sont les droits d'un locataire face à un propriétaire qui ne répare rien ?", OK, 0, ""},
		{"Comment expliquer un déménagement à un enfant de 4 ans ? Propose une histoire courte.", OK, 0, ""},
		{"What can a volunteer do when a visitor becomes aggressive at the food bank?", OK, 0, ""},
		{"Comment aider une adhérente de 84 ans, veuve, qui vit seule à Semur-en-Auxois ?", Blocked, Personal, "indirect"},
		{"Quelles aides pour un locataire qui ne paie plus ? Il s'appelle Yanis Benali.", Blocked, Personal, ""},
	})
}

// A how-to asked for anyone tells no internal news (« Comment gérer un
// conflit entre deux bénévoles ? »); the same question about our own
// board, or an open question on a decision of ours, still does.
func TestGeneralQuestionIsNoInternalNews(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Comment prévenir les tensions entre bénévoles et salariés ?", OK, 0, ""},
		{"How should a small charity handle a complaint from a neighbour?", OK, 0, ""},
		{"Comment rédiger un budget prévisionnel pour une association ? Donne un modèle.", OK, 0, ""},
		{"Le bureau va-t-il voter la hausse de la cotisation ?", Doubt, 0, "internal"},
		{"Comment gérer les tensions entre notre présidente et le trésorier ?", Blocked, 0, ""},
	})
}

// In a filled prompt a value stands on a line of its own among the
// template's lines: a general question there is still asked for anyone,
// whatever the template says on its other lines; a line of the value
// that tells something keeps its facts.
func TestGeneralQuestionOnItsLineInAFilledPrompt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Voici des informations déjà publiées :\nUn enfant asthmatique peut-il venir aux sorties ? Réponse générale pour notre site.\nÀ partir de ces informations, rédige une FAQ pour les familles.", OK, 0, ""},
		{"Voici des informations déjà publiées :\nUne personne diabétique peut-elle donner son sang ?\nElle a fait un malaise hier à la collecte.", Blocked, Sensitive, "health"},
	})
}

// « se passe » is the verb, not « passé », a moment; a country's
// initialism ("the UK") names no one: the question stays general. A
// moment, a second sentence about someone or initials make it a case.
func TestGeneralQuestionWithSePasserOrACountry(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Comment se passe une garde à vue en France ?", OK, 0, ""},
		{"Comment se passe une comparution immédiate ?", OK, 0, ""},
		{"What benefits can a disabled person claim in the UK?", OK, 0, ""},
		{"Comment s'est passée la garde à vue de Marc la semaine passée ?", Blocked, Sensitive, "criminal"},
		{"Comment se passe une garde à vue ? Mon fils y est depuis hier.", Blocked, Sensitive, "criminal"},
		{"What benefits can a disabled person claim in the UK? Asking for my brother.", Blocked, Sensitive, "health"},
		{"What benefits can a disabled person like JM claim in the UK?", Blocked, Sensitive, "health"},
	})
}

// « et qui » asks who, a heading of advice is a request, a polite
// request for our newsletter is material for anyone, and an eviction
// from a home is no deportation; a case after it, a name or one of ours
// keeps the fact.
func TestGeneralQuestionAsksWhoOrForOurAudience(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Qu'est-ce qu'un bracelet électronique et qui peut en bénéficier ?", OK, 0, ""},
		{"Qu'est-ce que l'allocation aux adultes handicapés (AAH) et qui peut y avoir droit ?", OK, 0, ""},
		{"Comment accompagner une personne atteinte d'un cancer ? Conseils pour les bénévoles.", OK, 0, ""},
		{"Can you summarise the symptoms of Lyme disease for our hiking club newsletter?", OK, 0, ""},
		{"Pouvez-vous expliquer ce qu'est la maladie de Lyme pour notre bulletin ?", OK, 0, ""},
		{"Peut-on être expulsé de son logement pendant la trêve hivernale ?", OK, 0, ""},
		{"Comment fonctionne la protection universelle maladie (PUMa) ?", OK, 0, ""},
		{"Can you summarise the symptoms of Lyme disease? My daughter has it.", Blocked, Sensitive, "health"},
		{"Summarise Maria's diabetes care plan for our handbook.", Blocked, Sensitive, "health"},
		{"Rédige un article sur la dépression de notre trésorier pour notre bulletin.", Blocked, Sensitive, "health"},
		{"Il a été expulsé vers l'Algérie.", Blocked, Sensitive, "origin"},
	})
}
