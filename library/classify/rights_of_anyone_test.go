package classify

import "testing"

// A right or a duty stated for anyone of a kind is the law, about no one;
// the same words said of one person of ours, or dated, stay blocked.
func TestRightsStatedForAnyoneAreTheLaw(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Un salarié licencié peut contester la décision devant le conseil de prud'hommes dans un délai de 12 mois.", OK, 0, ""},
		{"Une personne condamnée peut demander l'effacement de son casier judiciaire dans certains cas.", OK, 0, ""},
		{"Un élève handicapé peut bénéficier d'un accompagnant (AESH) sur notification de la MDPH.", OK, 0, ""},
		{"Un salarié ne peut pas être licencié en raison de son appartenance syndicale.", OK, 0, ""},
		{"Une victime de violences conjugales peut porter plainte dans n'importe quel commissariat.", OK, 0, ""},
		{"Victims of domestic violence can call 3919 for free.", OK, 0, ""},
		{"An employee who is dismissed without a valid reason can take the case to an employment tribunal.", OK, 0, ""},
		{"People held in police custody have the right to a lawyer and to remain silent.", OK, 0, ""},
		{"Students on a student residence permit can work up to 964 hours per year.", OK, 0, ""},
		{"Le juge d'application des peines peut accorder une semi-liberté ou une libération conditionnelle.", OK, 0, ""},
		{"Le juge aux affaires familiales peut délivrer une ordonnance de protection en cas de violences conjugales.", OK, 0, ""},

		{"Une bénévole peut pas venir, elle est en chimio.", Blocked, Sensitive, "health"},
		{"Un enfant du centre peut pas manger de porc, il est musulman.", Blocked, Sensitive, "religion"},
		{"A child from our club can't eat pork because he is Muslim.", Blocked, Sensitive, "religion"},
		{"A tenant of the building can ask for help, she has cancer.", Blocked, Sensitive, "health"},
		{"Un de nos salariés peut contester son licenciement devant les prud'hommes.", Blocked, Sensitive, "hr"},
		{"Un salarié licencié peut saisir les prud'hommes : notre ancien cuisinier le fait.", Blocked, Sensitive, "hr"},
		{"Une salariée licenciée hier peut contester la décision aux prud'hommes.", Blocked, Sensitive, "hr"},
		{"Un salarié licencié en mars peut contester la décision aux prud'hommes.", Blocked, Sensitive, "hr"},
		{"Un locataire du 3e peut saisir la commission, il a un litige sur son dépôt de garantie.", Blocked, Sensitive, "litigation"},
		{"Un élève handicapé peut bénéficier d'un AESH : c'est le cas de Léo.", Blocked, Sensitive, "health"},
		{"Une personne condamnée peut demander l'effacement de son casier judiciaire. Notre trésorier l'a fait.", Blocked, Sensitive, "criminal"},
		{"Le juge peut accorder une semi-liberté à Karim.", Blocked, Sensitive, "criminal"},
		{"Le juge peut lui accorder une semi-liberté le mois prochain.", Blocked, Sensitive, "criminal"},
		{"Un jeune condamné pour vol peut-il faire son service civique chez nous ?", Blocked, Sensitive, "criminal"},
	})
}

// A benefit the law gives anyone of a kind is general information; the
// same benefit received by one of ours, or since a date, is a case.
func TestBenefitReceivedByAnyoneOfAKind(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Un salarié en arrêt maladie perçoit des indemnités journalières de la Sécurité sociale.", OK, 0, ""},
		{"Une personne handicapée bénéficie de l'AAH sous conditions de ressources.", OK, 0, ""},

		{"Un salarié de l'asso perçoit une pension d'invalidité.", Blocked, Sensitive, "health"},
		{"Une bénévole perçoit l'AAH depuis mars.", Blocked, Sensitive, "health"},
		{"Un salarié en arrêt maladie perçoit des indemnités depuis lundi.", Blocked, Sensitive, "health"},
	})
}
