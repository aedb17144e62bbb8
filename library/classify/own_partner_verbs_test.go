package classify

import "testing"

// A partner of the same gender is one's own after a verb of dating or
// marrying, not only after a possessive; and a named person's partner
// stays a fact in a sentence that also speaks of a workshop. A friend
// met somewhere, or a partner of the other gender, tells nothing more
// than the name.
func TestSameGenderPartnerAfterADatingVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Rachel is seeing a woman she met at the choir", Blocked, Sensitive, "sexuality"},
		{"Oliver is dating a man from the rugby club", Blocked, Sensitive, "sexuality"},
		{"Nathalie sort avec une femme de son travail depuis l'été", Blocked, Sensitive, "sexuality"},
		{"Bruno a épousé un homme l'an dernier", Blocked, Sensitive, "sexuality"},
		{"Hugo et son mari Antoine animeront l'atelier cuisine", Blocked, Sensitive, "sexuality"},
		{"Rachel is seeing a man she met at the choir", Blocked, Personal, "name"},
		{"Nathalie vient avec une femme de son travail", Blocked, Personal, "name"},
		{"Marc a un copain au club de foot", Blocked, Personal, "name"},
		{"Hugo et sa femme animeront l'atelier cuisine", Blocked, Personal, "name"},
		{"Atelier couple et parentalité, ouvert à tous, jeudi 18h", OK, 0, ""},
	})
}
