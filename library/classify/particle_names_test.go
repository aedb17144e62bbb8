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

// A first name then a capitalised particle and a name's word is a full
// name, even when the surname is also a commune (Le Roux, Le Faou); a
// commune after a word that is also a common word stays a place.
func TestFirstNameThenCapitalisedParticleIsAName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Tom Le Roux est là", Blocked, Personal, "name"},
		{"Léo La Selve est là.", Blocked, Personal, "name"},
		{"Mia Du Roux est là aussi.", Blocked, Personal, "name"},
		{"Départ du train Paris Le Havre à 8 h", OK, 0, ""},
		{"Rose Le Havre", OK, 0, ""},
	})
}
