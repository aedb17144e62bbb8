package classify

import "testing"

// A handle whose owner acts in a relative clause is a person's account;
// an account the text asks to follow stays a doubt.
var handleActsCases = []ruleCase{
	{"le TikTok @bricoleur_du_93 qui filme nos ateliers", Blocked, Personal, "handle"},
	{"le compte @maxou_rennes qui poste nos photos sans demander", Blocked, Personal, "handle"},
	{"the Insta account @dan_fixes_bikes who keeps tagging us", Blocked, Personal, "handle"},
	// look-alikes: an account to follow
	{"Suivez @amicale_laique_22 qui publie les horaires.", Doubt, Personal, "handle"},
	{"Follow @leedsfoodbank who post updates daily.", Doubt, Personal, "handle"},
}

func TestHandleThatActsIsAPersons(t *testing.T) {
	runRuleCases(t, handleActsCases)
}
