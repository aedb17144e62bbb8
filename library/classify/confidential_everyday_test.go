package classify

import "testing"

// The association's confidential matters told in everyday words, French
// and English: a merger talked about, cash running out, our ceiling in a
// negotiation, a last warning, a refused application sent again under a
// new title, luring the volunteers of the association next door. The same
// words in public text pass.
func TestConfidentialMattersInEverydayWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The board is discussing merging with the food bank next year.", Blocked, Sensitive, "merger"},
		{"La trésorerie ne couvre plus que six semaines de loyers.", Blocked, Sensitive, "finance"},
		{"We won't be able to pay the wages in March.", Blocked, Sensitive, "finance"},
		{"The landlord wants £900 a month; we will not go above £750.", Blocked, Sensitive, "negotiation"},
		{"La coordinatrice a reçu un dernier avertissement avant licenciement.", Blocked, Sensitive, "hr"},
		{"Two board members are no longer speaking to each other since the AGM.", Blocked, Sensitive, "hr"},
		{"Notre demande au FDVA n'est pas encore partie.", Blocked, Sensitive, "grant"},
		{"We'll resend the rejected Lottery application to the council with a new title.", Blocked, Sensitive, "grant"},
		{"Il faudrait convaincre les bénévoles de l'asso d'à côté de venir chez nous.", Blocked, Sensitive, "hr"},
		{"Les deux nouveaux sont proches de l'ultra-gauche.", Blocked, Sensitive, "politics"},
		{"Conférence sur l'histoire de l'ultra-gauche en France, entrée libre.", OK, 0, ""},
		{"Pensez à convaincre vos amis de venir à la fête, ouverte à tous.", OK, 0, ""},
		{"Workshop about merging charities, open to all.", OK, 0, ""},
	})
}
