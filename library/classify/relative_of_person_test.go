package classify

import "testing"

// A relative clause on a relative of a person (« dont le père tient… »,
// "whose dad runs…") tells where to find them, as « qui tient… » does.
// The look-alikes speak of a work's author or of whoever will fit, and
// keep their verdict.
var relativeOfPersonCases = []ruleCase{
	{"Our youngest swimmer, 10, whose dad runs the campsite in Trémolat, won the relay.", Blocked, Personal, "indirect"},
	{"The girl whose mum runs the bakery in Eymet won the drawing contest.", Blocked, Personal, "indirect"},
	{"Our goalkeeper, whose wife works at the pharmacy in Duras, has hurt his wrist.", Blocked, 0, ""},
	{"The lad whose uncle owns the garage in Lalinde fixed our van.", Blocked, Personal, "indirect"},
	{"Le joueur dont la mère tient le tabac de Cadouin a marqué deux buts.", Blocked, Personal, "indirect"},
	{"La bénévole dont le mari tient le garage de Monpazier a prêté sa remorque.", Blocked, Personal, "indirect"},
	{"Notre gardien, dont la fille travaille à la mairie de Bouniagues, part en juin.", Blocked, Personal, ""},
	// look-alikes: a work's author, whoever will fit
	{"Un livre dont l'auteur vient de Bergerac sera lu à la médiathèque.", OK, 0, ""},
	{"The oldest bridge in Périgord is open for guided walks.", OK, 0, ""},
	{"A play whose author grew up in Eymet opens on Friday.", OK, 0, ""},
}

func TestRelativeClauseOnARelativePointsAtOnePerson(t *testing.T) {
	runRuleCases(t, relativeOfPersonCases)
}
