package classify

import "testing"

// A special word after « votre », « vos », "your" is the reader's, in an
// offer or advice to whoever reads it (« venez parler de vos problèmes de
// santé avec une infirmière », "bring your inhaler"); written to a named
// person it stays that person's fact.
func TestSpecialWordOfTheReaderInAnOffer(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Permanence santé : venez parler de vos problèmes de santé avec une infirmière.", OK, Public, ""},
		{"Sortie à la mer : pensez à emporter votre traitement.", OK, Public, ""},
		{"Bring your inhaler on the hike, we stop every hour.", OK, Public, ""},
		{"Groupe de parole : votre addiction n'est pas une fatalité, une psychologue vous accueille.", OK, Public, ""},
		{"Madame Roux, votre diabète impose un repas adapté : merci de prévenir la cuisine.", Blocked, Sensitive, ""},
		{"Karim, ton traitement est dans la pharmacie du local, une éducatrice te le donnera.", Blocked, Sensitive, ""},
	})
}
