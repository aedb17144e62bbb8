package classify

import "testing"

// Health, addiction and a criminal past told about a person in everyday
// words, without the usual noun (« a perdu le bébé », "sober since
// March", « a fait de la prison »), are category 4. The same words about
// an institution or an event, with nobody named, stay ok.
func TestEverydayWordsOfHealthAddictionAndCrimeAboutAPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Noémie a perdu le bébé en août, elle reprend doucement", Blocked, Sensitive, "health"},
		{"M. Garnier a des escarres, l'infirmière passe tous les jours", Blocked, Sensitive, "health"},
		{"Lucas s'est fait tester : testé positif, il reste chez lui", Blocked, Sensitive, "health"},
		{"Josiane ne boit plus depuis Noël, on évite l'apéro au local", Blocked, Sensitive, "health"},
		{"Steve has been sober since March and goes to AA on Tuesdays", Blocked, Sensitive, "health"},
		{"Mathis vomit tous les matins avant l'école, sa mère est inquiète", Blocked, Sensitive, "health"},
		{"Kévin a rechuté cet hiver, il est retombé dans la came", Blocked, Sensitive, "health"},
		{"Bruno a fait de la prison pour un braquage dans les années 90", Blocked, Sensitive, "criminal"},
		{"Mme Leroy a été condamnée avec sursis pour conduite en état d'ivresse", Blocked, Sensitive, "criminal"},
		{"Gavin served time for drink driving, keep him off the minibus rota", Blocked, Sensitive, "criminal"},
		{"Alcoholics Anonymous group meets upstairs on Wednesday evenings", OK, 0, ""},
		{"Braquage à la supérette de la place : le quartier est sous le choc", OK, 0, ""},
		{"Casier du vestiaire n° 12 à vider avant les vacances", OK, 0, ""},
	})
}

// An abortion or a security file said of someone in the words people use
// is category 4; the topic for all stays ok.
func TestAbortionAndSecurityFileSaidOfSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La nièce de la secrétaire a avorté en mars", Blocked, Sensitive, "health"},
		{"Le cousin de Karim est fiché S, paraît-il", Blocked, Sensitive, "criminal"},
		{"Rachel had an abortion last year and still finds it hard", Blocked, Sensitive, "health"},
		{"Permanence du Planning familial : contraception et IVG, gratuit et anonyme", OK, 0, ""},
	})
}
