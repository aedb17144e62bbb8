package classify

import "testing"

// Glued initials (« JPL », "TKM") right after a special fact and a word
// that says whose it is are the person the fact is about, even in an
// instruction for a case (« en cas de … ») that would be for anyone
// without them. A known acronym, a body after its article or a code
// with a digit stays no one.
func TestGluedInitialsOwnAFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"En cas d'hypoglycémie de JPL, donnez du sucre et appelez sa fille.", Blocked, Sensitive, "health"},
		{"Hypoglycémie de MRT : un jus d'orange, puis un biscuit.", Blocked, Sensitive, "health"},
		{"Si hypoglycémie chez BFL pendant la marche, faire une pause.", Blocked, Sensitive, "health"},
		{"Les crises d'angoisse de MJ reviennent le soir, laissez la lumière.", Blocked, Sensitive, "health"},
		{"The migraines of TKM get worse in the sun.", Blocked, Sensitive, "health"},
		{"En cas d'hypoglycémie, donnez du sucre : rappel de la formation PSC1.", OK, 0, ""},
		{"En cas d'hypoglycémie du CCAS, appelez le SAMU.", OK, 0, ""},
		{"Formation : prévention de l'hypoglycémie pour EDF et la SNCF.", OK, 0, ""},
		{"Conférence sur la schizophrénie de l'INSERM, salle B.", OK, 0, ""},
	})
}
