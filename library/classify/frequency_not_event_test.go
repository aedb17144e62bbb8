package classify

import "testing"

// « Semaine », « mois », "week" name a public event (« la Semaine de la
// santé mentale ») but not after a word of frequency: « à relancer chaque
// semaine » says how often someone is followed, so the health fact before
// it stays someone's. A negotiation limit needs its amount in its own
// clause: the price of a session before a comma bargains nothing.
func TestFrequencyIsNoPublicEvent(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"dépression sévère, à relancer chaque semaine", Blocked, Sensitive, "health"},
		{"Diabète, passage de l'infirmière toutes les semaines.", Blocked, Sensitive, "health"},
		{"Severe depression, to be called every week.", Blocked, Sensitive, "health"},
		{"Semaine de la santé mentale : stand d'information sur la dépression.", OK, Public, ""},
		{"Groupe de parole sur la dépression chaque semaine, entrée libre.", OK, Public, ""},
		{"Tarif : 10 € la séance, on peut aller jusqu'à 3 séances par semaine.", OK, Public, ""},
		{"Pour le local, on peut aller jusqu'à 15 000 € mais pas plus.", Blocked, Sensitive, "negotiation"},
	})
}
