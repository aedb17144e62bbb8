package classify

import "testing"

// A child's card with a school and a place, and a home told of the
// card's person or of a subject left out, point at one person; a call
// to all children, a rule of access or an association's seat keep their
// verdict.
var cardSchoolCases = []ruleCase{
	{"Garçon, 11 ans, CM2, à Plouha.", Blocked, Personal, "indirect"},
	{"Fille de 9 ans scolarisée à Plouha", Blocked, Personal, "indirect"},
	{"Girl, 9, pupil at St Anne's in Otley.", Blocked, Personal, "indirect"},
	{"Garçon, 11 ans, CM2, domicilié au hameau de la Ferrière.", Blocked, Personal, "postal-address"},
	{"Domiciliée au hameau de la Ville-Neuve.", Blocked, Personal, "postal-address"},
	// look-alikes
	{"Enfant, 6 ans minimum, piscine de Nevers.", OK, 0, ""},
	{"Stage de foot pour garçons et filles, 8-12 ans, à Plouha.", OK, 0, ""},
	{"Garçon ou fille, 10 ans, CM2 : inscriptions au club ouvertes à Plouha.", OK, 0, ""},
	{"L'association est domiciliée à la mairie de Plouha.", OK, 0, ""},
}

func TestCardSchoolPointsAtOneChild(t *testing.T) {
	runRuleCases(t, cardSchoolCases)
}
