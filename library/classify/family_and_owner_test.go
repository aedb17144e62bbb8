package classify

import "testing"

// A family named by its initial or as a foster family is one household;
// a town after « famille d'accueil » is where fosters are sought.
func TestFamiliesNamedOtherwise(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"soupçon de maltraitance chez les T., on réfléchit à un signalement", Blocked, Sensitive, "criminal"},
		{"la famille T. ne paie plus la cantine", Blocked, Personal, "name"},
		{"the K. family needs a food parcel", Blocked, Personal, "name"},
		{"Famille d'accueil Rousseau, 3 chats, 8 allée des Peupliers, Rezé", Blocked, 0, "name"},
		{"Famille d'accueil Bouzid, 3 chats", Blocked, 0, "name"},

		{"Famille d'accueil Nantes : 3 chats", OK, 0, ""},
		{"Famille d'accueil recherchée pour 3 chatons", OK, 0, ""},
		{"Famille d'accueil Chats", OK, 0, ""},
		{"Famille d'accueil Lapins", OK, 0, ""},
		{"les J.O. 2024 ont mobilisé 30 bénévoles", OK, 0, ""},
		{"chez les U.S. le match est à 15h", OK, 0, ""},
		{"Les listes A. et B. sont prêtes.", OK, 0, ""},
	})
}

// A mistyped IBAN is someone's when the sentence says whose it is by a
// common noun; the association's or a body's stays a doubt or passes.
func TestBankDetailsOfSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"RIB de la pigiste : FR76 3000 4028 3700 0104 5678 923", Blocked, Personal, "iban"},
		{"RIB du donateur : FR76 3000 4028 3700 0104 5678 923", Blocked, Personal, "iban"},

		{"RIB de l'association : FR76 3000 4028 3700 0104 5678 923", OK, 0, ""},
		{"RIB du club : FR76 3000 4028 3700 0104 5678 923", OK, 0, ""},
		{"RIB de la mairie : FR76 3000 4028 3700 0104 5678 923", Doubt, 0, "iban"},
		{"RIB de la coopérative : FR76 3000 4028 3700 0104 5678 923", Doubt, 0, "iban"},
	})
}

// Union lists and a volunteer asked to leave are facts about one person.
func TestUnionSlateAndAskedToLeave(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Jordan, our Tuesday DJ, is on the union slate at the factory, don't say it on air.", Blocked, Sensitive, "union"},
		{"souci avec la benevole du jeudi, le bureau pense lui demander de partir", Blocked, Sensitive, "hr"},
		{"Our treasurer drinks at the club; the board wants to ask him to leave.", Blocked, Sensitive, "hr"},
		{"elle figure sur la liste syndicale", Blocked, Sensitive, "union"},

		{"Les listes syndicales sont affichées en salle de pause.", OK, 0, ""},
		{"Soirée dansante avec DJ Kavinsky, entrée 5 euros.", OK, 0, ""},
		{"La salle ferme à 22h : merci de partir à l'heure.", OK, 0, ""},
		{"à la fermeture, lui demander de partir poliment", OK, 0, ""},
		{"if someone smokes inside, ask her to leave politely", OK, 0, ""},
	})
}

// A share of the people the association follows is a statistic about
// its public, whatever the group's noun.
func TestShareOfThePeopleWeFollow(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La moitié des sortants suivis en 2024 étaient sans domicile à leur libération.", Doubt, 0, "aggregate"},
		{"Sur nos 60 filleuls, environ un tiers déclarent des troubles du sommeil", Doubt, 0, "aggregate"},
		{"Most of our fosters this year came through the local church network", Doubt, 0, "aggregate"},
		{"60 % des auditeurs qui appellent le standard ont plus de 70 ans.", Doubt, 0, "aggregate"},

		{"La moitié des places réservées sont gratuites.", OK, 0, ""},
		{"la moitié des dossiers suivis par la commission", OK, 0, ""},
		{"La moitié de nos ateliers ont lieu le soir, venez nombreux !", OK, 0, ""},
		{"Merci à nos auditeurs fidèles !", OK, 0, ""},
		{"Nous étions probablement 200 à la marche de samedi.", OK, 0, ""},
	})
}

// Everyday words of incontinence; a few of a public counted stay a
// fact about them, a share of it is a statistic.
func TestIncontinenceLawsuitsAndCountedPublics(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mme Caron perd ses urines, elle a honte et ne veut plus sortir.", Blocked, Sensitive, "health"},
		{"Kevin se fait pipi dessus la nuit", Blocked, Sensitive, "health"},
		{"2 filleuls sont séropositifs", Blocked, Sensitive, "health"},
		{"2 gamines du club sont en foyer de l'enfance", Blocked, Sensitive, "child-protection"},
		{"les auditeurs du mardi sont musulmans", Blocked, Sensitive, "religion"},
		{"Ongoing claim: the former tenant of Attlee Hall is suing us over the damp.", Blocked, Sensitive, "litigation"},
		{"Le fournisseur nous attaque en justice pour une facture.", Blocked, Sensitive, "litigation"},

		{"il se fait dessus de peur avant le match", OK, 0, ""},
		{"Le chien se fait dessus quand il a peur.", OK, 0, ""},
		{"les gamins du quartier jouent au foot le mercredi", OK, 0, ""},
	})
}
