package classify

import "testing"

// A surname opened by a capitalised particle is a name after a civility
// or inside a sentence; a newspaper, a commune or a title that starts
// the same way is not.
func TestSurnameOpenedByACapitalisedParticleIsAName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"M. Le Quéré n'a pas rendu la clé du garage", Blocked, Personal, "name"},
		{"Mme Da Silveira passera déposer les gâteaux", Blocked, Personal, "name"},
		{"Rappeler la famille Le Moal pour le covoiturage", Blocked, Personal, "name"},
		{"Asthme sévère chez la petite Le Meur, prévoir la ventoline", Blocked, Sensitive, "health"},
		{"Mrs Del Piero brought the raffle prizes", Blocked, Personal, "name"},
		{"Article sur notre fête dans Le Télégramme de samedi", OK, 0, ""},
		{"Covoiturage pour le tournoi du Mans, départ à 7h", OK, 0, ""},
		{"Départ du car pour La Rochelle à 8h devant la mairie", OK, 0, ""},
	})
}
