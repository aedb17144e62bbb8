package classify

import "testing"

// Health told by daily life (lexicon/data/phrases/daily_life_health_terms.txt):
// what a person can no longer do with the body, the aid the body needs,
// what others see, where the person goes for care, what happened. About
// someone the sentence points at, category 4; the same words about a
// public, a workshop, a ramp or a tip pass.
func TestHealthToldByDailyLife(t *testing.T) {
	for _, kind := range []struct {
		name  string
		cases []ruleCase
	}{
		{"what the body can no longer do", []ruleCase{
			{"Yvonne ne peut plus monter les escaliers du local, on fera la réunion en bas.", Blocked, Sensitive, "health"},
			{"Depuis le printemps, M. Quéré ne conduit plus, sa voisine l'emmène au marché.", Blocked, Sensitive, "health"},
			{"Ginette ne pouvait plus marcher jusqu'à l'arrêt de bus, elle a abandonné la chorale.", Blocked, Sensitive, "health"},
			{"Notre vice-présidente n'arrive plus à lire les convocations, envoyez-les-lui en gros caractères.", Blocked, Sensitive, "health"},
			{"Lucien ne quitte plus son lit, les visites se font chez lui.", Blocked, Sensitive, "health"},
			{"Huguette a du mal à respirer dans la salle enfumée, ouvrez les fenêtres pour elle.", Blocked, Sensitive, "health"},
			{"Our secretary Glenys can no longer drive, so she needs a lift to the AGM.", Blocked, Sensitive, "health"},
			{"Mr Ahmed struggles to walk from the car park, save him the front seat.", Blocked, Sensitive, "health"},
			{"Beaucoup de seniors ne peuvent plus monter les escaliers : la mairie installe un monte-charge.", Doubt, 0, ""},
			{"Rampe d'accès pour les visiteurs qui ne peuvent plus monter les marches.", OK, 0, ""},
			{"Tips for families when an older relative can no longer drive.", OK, 0, ""},
		}},
		{"the aid, the sign, the care, the event", []ruleCase{
			{"La petite Maïa garde sa pompe pour respirer dans son cartable.", Blocked, Sensitive, "health"},
			{"Gilbert dort sous respirateur, il ne pourra pas partager la chambre au gîte.", Blocked, Sensitive, "health"},
			{"Depuis l'été, Paulette perd l'équilibre et se tient aux murs.", Blocked, Sensitive, "health"},
			{"Le beau-frère de Maryse entend des voix la nuit, il ne viendra pas au repas.", Blocked, Sensitive, "health"},
			{"Le fils de Nadia va chez l'orthophoniste le mercredi, il arrivera en retard.", Blocked, Sensitive, "health"},
			{"Martial est passé sur le billard pour son genou, il reprend en mars.", Blocked, Sensitive, "health"},
			{"Josée s'est cassé le col du fémur en sortant de la messe.", Blocked, Sensitive, "health"},
			{"Our caretaker Lenny has been off sick since October.", Blocked, Sensitive, "health"},
			{"Atelier équilibre : prévenir les chutes, ouvert à tous les retraités.", OK, 0, ""},
			{"L'association prête des déambulateurs aux adhérents qui en ont besoin.", OK, 0, ""},
		}},
	} {
		t.Run(kind.name, func(t *testing.T) { runRuleCases(t, kind.cases) })
	}
}
