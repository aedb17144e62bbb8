package classify

import "testing"

// A password, a PIN or a door code told as a recipe after a long
// complement (« le code de la carte bleue de l'asso, c'est la date de la
// fête du village ») or after a colon that follows other punctuation
// (« la boîte contact@ : le même que l'ancien avec un 5 à la fin ») gives
// access as the secret itself: category 4. A code of law, of conduct, a
// dress code or a postal code is no secret, and advice keeps its verdict.
func TestPasswordRecipeAfterALongComplementOrPunctuation(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"mot de passe de la boîte contact@ : le même que l'ancien mais avec un 5 à la fin", Blocked, Sensitive, "credential"},
		{"Le code de la carte bleue de l'asso, c'est la date de la fête du village, tu vois ?", Blocked, Sensitive, "credential"},
		{"Le mot de passe du compte Instagram de l'association, c'est le nom du chat suivi de 2023.", Blocked, Sensitive, "credential"},
		{"Le digicode de l'entrée du local de la rue Pasteur, c'est la date de l'AG à l'envers.", Blocked, Sensitive, "credential"},
		{"The password for the shared drive of the youth section is the club's name followed by the year.", Blocked, Sensitive, "credential"},
		{"The PIN of the association's debit card at the Crédit Mutuel is the same as the alarm code.", Blocked, Sensitive, "credential"},
		{"mdp du wifi invité@ : le même que pour la box avec un 7 à la fin", Blocked, Sensitive, "credential"},
		{"Password for admin@ = our street name twice, in caps.", Blocked, Sensitive, "credential"},
		{"Le code de la boîte à clés du chalet des Glières, c'est le code postal de la mairie suivi de 1.", Blocked, Sensitive, "credential"},
		{"Choisissez un mot de passe différent pour chaque compte, avec au moins 12 caractères.", OK, Public, ""},
		{"Pour le code de la porte, demandez à l'accueil de la mairie, c'est plus sûr.", OK, Public, ""},
		{"Never reuse the same password on two sites of the association: workshop on Thursday.", OK, Public, ""},
		{"Le code de la route de l'association d'insertion, c'est 20 séances avec un moniteur.", OK, Public, ""},
		{"Le code de conduite des bénévoles, c'est le même que celui de la fédération.", OK, Public, ""},
		{"Our dress code for the gala is the same as last year: black tie.", OK, Public, ""},
		{"Le code postal de la salle des fêtes, c'est 74000.", OK, Public, ""},
	})
}
