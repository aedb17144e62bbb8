package classify

import "testing"

// « Rencontre avec X » alone is a volunteer's note as much as a poster:
// the name is a doubt, never passed on the strength of the word that made
// it a public figure. Another word of an event, a work or a source lets
// it pass as before, and so does a title between « avec » and the name
// (« Rencontre avec l'autrice X »); a meeting without « avec » (« a
// rencontré M. le maire ») is still an act in office.
func TestEncounterAloneIsNoPublicEvent(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Rencontre avec Aïcha Diallo au marché.", Doubt, Personal, "public-figure"},
		{"Rencontre avec Mme Aïcha Diallo pour son dossier.", Doubt, Personal, "public-figure"},
		{"Meeting with Jane Cooper at the market.", Blocked, Personal, "name"},
		{"Rencontre avec la romancière Marie Desplechin : lecture et dédicace à la médiathèque samedi.", OK, 0, ""},
		{"Rencontre avec l'autrice Marie Desplechin à la médiathèque samedi.", OK, 0, ""},
		{"Le comité de quartier a rencontré M. le maire, Olivier Ferrand, au sujet de l'éclairage.", OK, 0, ""},
	})
}
