package classify

import "testing"

// A nickname points at one person (nickname.go): a pet name of a doubled
// syllable before a verb, or after a word of size written in lower case
// (or any case for a pet name). Places, tales and bands whose names start
// with a capitalised size word, and doubled words of the dictionaries,
// are none.
func TestNicknamesPointAtOnePerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le gros Doudou a encore oublié la clé du local", Blocked, Personal, "name"},
		{"Demande au grand Chouchou, il a les clés", Blocked, Personal, "name"},
		{"On a vu le petit Bouboule traîner près du local", Blocked, Personal, "name"},
		{"the little Tinkerbell from the choir phoned", Blocked, Personal, "name"},
		{"Sortie au Grand Bornand le 12 janvier, départ 7h", OK, 0, ""},
		{"Balade au Petit Morin, départ 9h", OK, 0, ""},
		{"Old Trafford tour for the juniors on Saturday", OK, 0, ""},
		{"Le Petit Poucet, conte pour les enfants, mercredi", OK, 0, ""},
		{"Tutu et chaussons de danse à vendre", OK, 0, ""},
	})
}
