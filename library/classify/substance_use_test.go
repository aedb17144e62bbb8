package classify

import "testing"

// An addiction told without its name: a trouble, a leaning or a smell
// followed by a product (« un souci avec la bouteille », « sentait
// l'alcool », "smelled of drink", "a problem with gambling"), or in
// English the product first ("a drink problem", "his drug issues"), is a
// health fact about the person who stands before it. A prevention
// workshop or a support group for a public, a talk, a gas bottle, a
// machine's hot drink or a stuffy room are not: they keep their verdict.
func TestAddictionToldByItsProductAndATrouble(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Marcel a un gros souci avec la bouteille depuis sa retraite.", Blocked, Sensitive, "health"},
		{"Sylvie a des soucis avec la bouteille, ne lui confiez pas le bar.", Blocked, Sensitive, "health"},
		{"Le voisin du 3 sentait l'alcool dès le matin.", Blocked, Sensitive, "health"},
		{"Marcel sentait l'alcool dès 9h à la distribution.", Blocked, Sensitive, "health"},
		{"Elle a un souci avec la bouteille, on en parle à la réunion d'équipe.", Blocked, Sensitive, "health"},
		{"Le fils de Mme Roux a des problèmes avec la drogue depuis l'été.", Blocked, Sensitive, "health"},
		{"Depuis son divorce, Patrick a un penchant pour la bouteille.", Blocked, Sensitive, "health"},
		{"Le gardien empestait l'alcool hier soir, c'est la troisième fois.", Blocked, Sensitive, "health"},
		{"Kevin a des ennuis avec la came, il ne vient plus aux entraînements.", Blocked, Sensitive, "health"},
		{"Margaret smelled of drink again at the coffee morning.", Blocked, Sensitive, "health"},
		{"Our caretaker has a problem with gambling, please don't leave the till with him.", Blocked, Sensitive, "health"},
		{"She's been struggling with drugs since her brother died.", Blocked, Sensitive, "health"},
		{"Gary reeked of alcohol when he picked up the minibus keys.", Blocked, Sensitive, "health"},
		{"Derek has issues with the bottle, keep him off the bar rota.", Blocked, Sensitive, "health"},
		{"Frank has been drinking again, his wife called.", Blocked, Sensitive, "health"}, // a relapse told by the habit again
		{"Steve is back on the booze since Christmas.", Blocked, Sensitive, "health"},
		{"Il boit à nouveau depuis la mort de sa femme.", Blocked, Sensitive, "health"},
		{"Drinking again after rehab is common: write a leaflet for families.", OK, Public, ""},
		{"Atelier pour les personnes en difficulté avec l'alcool, jeudi 18h.", OK, Public, ""},
		{"Groupe de parole : vous avez un souci avec l'alcool ? Venez en parler.", OK, Public, ""},
		{"Problème avec la bouteille de gaz du barbecue, à changer avant samedi.", Doubt, 0, ""}, // a doubt before this rule, and still
		{"La salle sentait le renfermé, pensez à aérer après l'atelier.", OK, Public, ""},
		{"Prevention evening: alcohol and young drivers, open to all.", OK, Public, ""},
		{"Support group for anyone struggling with gambling, Tuesdays 7pm at the library.", Doubt, 0, ""}, // a doubt before this rule, and still
		{"Buvette : boissons sans alcool pour les moins de 18 ans.", OK, Public, ""},
		{"Souci avec la boisson chaude du distributeur : il ne rend plus la monnaie.", Doubt, 0, ""}, // a doubt before this rule, and still
		{"Ask Tom about the van. He's got a drink problem though.", Blocked, Sensitive, "health"},
		{"Gary has a gambling problem, keep him off the raffle money.", Blocked, Sensitive, "health"},
		{"Her son's drug issues are getting worse, she told the coffee morning.", Blocked, Sensitive, "health"},
		{"Drug problems in rural areas: a talk by the county's prevention team.", OK, Public, ""},
		{"The drink problems of young people: what parents can do, free evening.", OK, Public, ""},
	})
}

// Drunk or high said of someone in the words of a hand-over note (« très
// alcoolisé », « défoncé ») is health, as « ivre » was; compulsory
// psychiatric care (« hospitalisée d'office », "sectioned") is health,
// not a sentence. Drinks « alcoolisées » at a bar are no one's.
func TestIntoxicationAndCompulsoryCareAreHealth(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Permanence : Sami est revenu vers 14h, très alcoolisé.", Blocked, Sensitive, "health"},
		{"Jean-Claude won't be at choir for a while, he's been sectioned.", Blocked, Sensitive, "health"},
		{"Mme Roux a été hospitalisée d'office la semaine dernière.", Blocked, Sensitive, "health"},
		{"Paul se saoule tous les soirs depuis son licenciement.", Blocked, Sensitive, "health"},
	})
	allPass(t, "Buvette : boissons alcoolisées interdites aux mineurs.")
}
