package classify

import "testing"

// An illness, an operation or a care named by a medical word that no
// list holds, built on a Greek or Latin ending, said of a person, is a
// health fact (category 4). The same words in a screening campaign or a
// talk, and the words that only end so (« et demie », « graffitis »,
// « académie »), keep their verdict.
func TestMedicalWordsByTheirEnding(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mme Roy sort de sa coloscopie, elle est fatiguée.", Blocked, Sensitive, "health"},
		{"Dan's tonsillitis is back, he won't sing on Sunday.", Blocked, Sensitive, "health"},
		{"Julie a une tendinite au poignet, pas de volley pour elle.", Blocked, Sensitive, "health"},
		{"Marc a fait une angioplastie en mai.", Blocked, Sensitive, "health"},
		{"Ses otites reviennent, Léo ne va pas à la piscine.", Blocked, Sensitive, "health"},
		{"Our treasurer is recovering from a laparoscopy.", Blocked, Sensitive, "health"},
		{"Dépistage : coloscopie offerte aux plus de 50 ans.", OK, Public, ""},
		{"Conférence sur l'hépatite C, ouverte à tous, jeudi à 18 h 30.", OK, Public, ""},
		{"Karim ouvre la salle à 9 h et demie, pas avant.", Blocked, Personal, "name"},
		{"Kevin cleaned the graffitis off the wall on Monday.", Blocked, Personal, "name"},
	})
}
