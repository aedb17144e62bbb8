package classify

import "testing"

// Confidential matters without a keyword: margins, cash kept out of the
// accounts, a refused application sent again, a suspicion, poaching.
func TestConfidentialMattersWithoutKeyword(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Location du car : on annonce 900, on vise 1 100, plancher 800", Blocked, Sensitive, "negotiation"},
		{"For the stall fee, aim for 300 but we can settle for 240", Blocked, Sensitive, "negotiation"},
		{"Les ventes de crêpes en liquide ne sont pas passées en compta", Blocked, Sensitive, "finance"},
		{"We pay the DJ cash in hand, about 200 €", Blocked, Sensitive, "finance"},
		{"Le projet refusé par le Département, on le renvoie à la CAF sous un autre nom", Blocked, Sensitive, "grant"},
		{"Certains soupçonnent le trésorier d'avoir pris l'argent de la tombola", Blocked, Sensitive, "criminal"},
		{"La secrétaire se ferait rembourser des frais imaginaires", Blocked, Sensitive, "criminal"},
		{"Débaucher leur animatrice avant la rentrée", Blocked, Sensitive, "hr"},
		{"Tarifs du stage : 120 € la semaine, 200 € les deux semaines", OK, 0, ""},
	})
}

// Public text that must pass: an appeal for donations with the
// association's own IBAN, a postponement for the weather, a public
// office holder.
func TestPublicTextThatMustPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pour nous soutenir, faites un virement sur notre compte : FR70 3000 2005 5000 0015 7845 Z02", OK, 0, ""},
		{"Le tournoi de samedi est reporté à cause de l'orage annoncé", OK, 0, ""},
		{"Allocution de la conseillère régionale à l'ouverture du salon", OK, 0, ""},
		{"Virement de Mme Lefort : FR70 3000 2005 5000 0015 7845 Z02", Blocked, 0, "iban"},
	})
}

// Special categories in everyday words about one person.
func TestSpecialCategoriesInEverydayWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Ibrahim sortait avec la fille du gardien", Blocked, Sensitive, "sexuality"},
		{"Sa voisine est témoin de Jéhovah", Blocked, Sensitive, "religion"},
		{"Les grévistes de la plateforme logistique, dont Sandrine Morel", Blocked, Sensitive, "union"},
		{"Relever l'empreinte palmaire des animateurs au portail", Blocked, Sensitive, "biometric"},
		{"Ma cousine a un amant depuis deux ans", Blocked, Sensitive, "sexuality"},
	})
}
