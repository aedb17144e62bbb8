package classify

import "testing"

// A nationality or a people said of a person tells an origin (category
// 4): "is Ghanaian", "of Berber descent", « est kurde ». The same words as
// a language, a subject taught, a cuisine, or about nobody, are no origin.
func TestNationalityOrPeopleSaidOfAPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Our new volunteer is of Berber descent.", Blocked, Sensitive, "origin"},
		{"Kofi is Ghanaian, he arrived last year.", Blocked, Sensitive, "origin"},
		{"Mrs Nowak's husband is Ukrainian.", Blocked, Sensitive, "origin"},
		{"Ask Mr Osei, he is of Ghanaian heritage and knows the family.", Blocked, Sensitive, "origin"},
		{"Mme Yilmaz est kurde.", Blocked, Sensitive, "origin"},
		{"Le nouveau locataire du 4e est tchétchène.", Blocked, Sensitive, "origin"},
		{"Mrs Brown teaches French on Mondays.", Blocked, Personal, "name"},
		{"She is French-speaking and helps with the forms.", OK, 0, ""},
		{"The menu is Italian, with a vegetarian option.", OK, 0, ""},
		{"Conférence : être kurde en France aujourd'hui, entrée libre.", OK, 0, ""},
		{"Exhibition on Ghanaian textiles, open to all.", OK, 0, ""},
	})
}
