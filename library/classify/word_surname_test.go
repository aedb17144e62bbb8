package classify

import "testing"

// A surname that is also a word, after a first name that is also a word,
// is a person's when a person's verb follows; a shop, a café or a saint
// named so is not.
func TestSurnameThatIsAWordBeforeAPersonsVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pierre Bouleau viendra samedi.", Blocked, Personal, "name"},
		{"Rose Curie a appelé.", Blocked, Personal, "name"},
		{"Olive Verger passera demain chercher les clés.", Blocked, Personal, "name"},
		{"Pierre Bouleau ne viendra pas.", Blocked, Personal, "name"},
		{"Rose Bonbon est ouvert le samedi.", OK, 0, ""},
		{"Pierre Angulaire est le nom de notre café associatif.", OK, 0, ""},
	})
}

// Two capitalised words that no lexicon knows, opening a clause before a
// person's verb, are a first name and a surname of any origin; a city
// abroad in two such words, or a name that is not the verb's subject, is
// not read so.
func TestUnknownFirstNameAndSurnameBeforeAPersonsVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Xabi Iriarte n'a toujours pas rendu son maillot.", Blocked, Personal, "name"},
		{"Tahiry Rasoanaivo a réglé sa cotisation en espèces.", Blocked, Personal, "name"},
		{"Bolanle Adewumi sera absente jusqu'à lundi.", Blocked, Personal, "name"},
		{"Au fait, Koldobika Zubiaurre sera là lundi.", Blocked, Personal, "name"},
		{"Abu Dhabi a accueilli le sommet.", OK, 0, ""},
		{"Kuala Lumpur est une grande ville.", OK, 0, ""},
		{"Jacinda Ardern will speak at the leadership conference in Sydney.", OK, 0, ""},
		{"Wangari Maathai a reçu le prix Nobel de la paix en 2004.", OK, 0, ""},
		{"A plaque to suffragette Emmeline Pankhurst was unveiled outside the library in 2018.", OK, 0, ""},
	})
}
