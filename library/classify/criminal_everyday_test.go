package classify

import "testing"

// Criminal matters in everyday words: the police by its slang names
// (« a les flics sur le dos », "the cops picked up"), and violence by a
// partner told of the victim (« suite aux violences de son conjoint »,
// "her husband beats her"): category 4 next to a person. A prevention
// morning of the drug squad, the local police at a street party, a debate
// on domestic violence or legal help for victims keep their verdict.
func TestCriminalMattersInEverydayWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La dame du 8 a les flics sur le dos pour une histoire de stups, son fils aussi.", Blocked, Sensitive, "criminal"},
		{"Mme V. est hébergée en urgence suite aux violences de son conjoint.", Blocked, Sensitive, "criminal"},
		{"Her ex-husband used to beat her, she's at the refuge now.", Blocked, Sensitive, "criminal"},
		{"Depuis l'été, Jordan a les keufs sur le dos, il ne sort plus du quartier.", Blocked, Sensitive, "criminal"},
		{"Sa fille a porté plainte pour violences de son ex, l'audience est en mars.", Blocked, Sensitive, "criminal"},
		{"Kelly's partner hits her, she asked us not to give her address to anyone.", Blocked, Sensitive, "criminal"},
		{"The cops picked up Wayne again on Friday night, his mum is in bits.", Blocked, Sensitive, "criminal"},
		{"Mme Benali a quitté le domicile à cause des violences de son mari.", Blocked, Sensitive, "criminal"},
		{"Her husband beats her when he drinks, she comes to the Wednesday group.", Blocked, Sensitive, "criminal"},
		{"La brigade des stups organise une matinée de prévention au collège.", OK, Public, ""},
		{"Les flics du quartier passent à la fête des voisins samedi.", OK, Public, ""},
		{"Soirée-débat sur les violences conjugales, ouverte à tous, salle des fêtes.", OK, Public, ""},
		{"Permanence juridique gratuite pour les victimes de violences, le jeudi.", OK, Public, ""},
	})
}

// Theft from the till told in everyday idioms is an accusation against
// its person; emptying the till at closing time is routine.
func TestTillIdioms(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le trésorier est parti avec la caisse.", Blocked, Sensitive, "criminal"},
		{"Le caissier a été pris la main dans la caisse.", Blocked, Sensitive, "criminal"},
		{"Our treasurer has his hand in the till.", Blocked, Sensitive, "criminal"},
		{"On vide la caisse de la buvette après le match et on compte.", OK, 0, ""},
	})
}
