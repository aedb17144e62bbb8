package classify

import "testing"

// General advice whose situation is a gray cue (boredom, a flood) passes.
func TestGeneralAdvicePasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les enfants s'ennuient parfois pendant les trajets : proposons des jeux de mots.", OK, 0, ""},
		{"Pendant les vacances, les enfants s'ennuient vite : voici cinq jeux d'eau faciles.", OK, 0, ""},
		{"When kids get bored in the car, try a game of I spy.", OK, 0, ""},
		{"Quand les enfants s'ennuient, essayez un jeu de piste dans le quartier.", OK, 0, ""},
	})
}

// Advice that carries our news stays a doubt: our people, a period of
// ours, the future, a conditional; a person named stays blocked.
func TestAdviceThatCarriesOurNewsStaysGray(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les enfants du mercredi s'ennuient depuis la rentrée : voici ce que propose l'équipe.", Doubt, 0, ""},
		{"Nos enfants s'ennuient parfois pendant l'aide aux devoirs : voici ce qu'on propose.", Doubt, 0, ""},
		{"En cas de refus de la CAF, on fermera l'atelier couture faute de financement.", Doubt, 0, ""},
		{"Quand la subvention arrivera, on rouvrira l'atelier : voici le planning provisoire.", Doubt, 0, ""},
		{"Les enfants du centre s'ennuient le mercredi, les familles se plaignent : voici nos pistes.", Doubt, 0, ""},
		{"Quand Lucas Moreau a ses crises d'épilepsie, voici ce qu'il faut faire.", Blocked, 0, ""},
	})
}
