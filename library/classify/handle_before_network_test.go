package classify

import "testing"

// A handle given before « sur » and its network (« sylvie.d29 sur
// Facebook ») is a person's account, as one given after the network
// word is; a web address with a path (« facebook.com/velo29 ») is no
// login and password, and the association's own page (« notre page
// Facebook ») is no one's.
func TestHandleBeforeItsNetwork(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Contact : sylvie.d29 sur Facebook", Blocked, Personal, "handle"},
		{"You can message jess_b on Insta", Blocked, Personal, "handle"},
		{"Le pseudo Discord de notre modérateur est « PtitLoup21 »", Blocked, Personal, "handle"},
		{"Lien : facebook.com/pierrick.morvan.5", Blocked, Personal, "profile-url"},
	})
	allPass(t,
		"Notre page Facebook : facebook.com/velo29",
		"Suivez-nous sur Facebook et Instagram",
	)
}
