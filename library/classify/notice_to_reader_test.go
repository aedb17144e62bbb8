package classify

import "testing"

// A notice speaks to whoever reads it: the age it sets is a threshold,
// the doctor it sends the reader to is theirs, the service it tells them
// to call is no incident. A person it describes or a relative it names
// stays.
func TestNoticeToTheReaderPointsAtNoOne(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Rappel : le dépistage du cancer colorectal est gratuit à partir de 50 ans, parlez-en à votre médecin.", OK, 0, ""},
		{"La vaccination est conseillée dès 65 ans : demandez à votre pharmacien.", OK, 0, ""},
		{"Séances pour les 60 ans et plus, parlez-en à votre médecin.", OK, 0, ""},
		{"Ask your GP about the flu jab.", OK, 0, ""},
		{"Pour signaler un dépôt sauvage, appelez le service propreté de la ville au 3975.", OK, 0, ""},

		{"Mon voisin de plus de 80 ans vit seul à Montbard, parlez-en à votre médecin.", Blocked, Personal, "indirect"},
		{"Appelez votre conseillère, 54 ans, qui habite à Montbard.", Blocked, Personal, "indirect"},
		{"Demandez à votre fils.", Doubt, Personal, "specific-person"},
		{"Pour signaler que Karim a rechuté, appelez sa mère.", Blocked, Sensitive, "health"},
	})
}
