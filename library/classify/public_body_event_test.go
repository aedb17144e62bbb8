package classify

import "testing"

// A court or a dispute word in a body's public event (« ouvre ses portes
// au public », « permanence d'information », "free legal advice") names
// the body or the topic; the same words with someone's matter, a name or
// the writer's own dispute keep their verdict.
var publicBodyEventCases = []ruleCase{
	{"Le tribunal de Lyon ouvre ses portes au public samedi.", OK, 0, ""},
	{"Le conseil de prud'hommes tient une permanence d'information.", OK, 0, ""},
	{"Free legal advice clinic: employment tribunal claims explained.", OK, 0, ""},
	// someone's matter
	{"Le tribunal, c'est mardi 14 h.", Blocked, Sensitive, "litigation"},
	{"Permanence d'information : Karim passe aux prud'hommes jeudi.", Blocked, Sensitive, "hr"},
	{"Le conseil de prud'hommes tient l'audience de mon licenciement jeudi.", Blocked, Sensitive, "hr"},
	{"Le tribunal ouvre ses portes mardi pour l'audience de Mme Roux.", Blocked, Sensitive, "litigation"},
}

func TestPublicBodyEventNamesNoOne(t *testing.T) {
	runRuleCases(t, publicBodyEventCases)
}
