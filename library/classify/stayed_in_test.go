package classify

import "testing"

// Someone who stays in a place of care is the health fact itself; the
// same place named as where a public is served is no one's.
func TestStayingInAPlaceOfCareIsAFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le fils de la présidente est en centre de désintox", Blocked, Sensitive, "health"},
		{"Permanence au centre de dépistage du VIH, anonyme et gratuite", OK, 0, ""},
		{"Le centre de désintox de Brive recrute des bénévoles", OK, 0, ""},
	})
}

// A carer someone is followed by tells that person's health; a carer who
// leads a workshop tells none.
func TestCarerOfSomeoneIsAFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Enzo est suivi par un orthophoniste", Blocked, Sensitive, "health"},
		{"Elle consulte une psychiatre depuis l'automne", Blocked, Sensitive, "health"},
		{"Atelier animé par une orthophoniste, ouvert aux parents", OK, 0, ""},
		{"Une psychologue de la faculté interviendra", OK, 0, ""},
	})
}
