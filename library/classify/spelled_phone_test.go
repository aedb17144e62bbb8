package classify

import "testing"

// A phone number whose first digits are written in words is still a
// phone number; spelled numbers that make no phone (a score, an hour)
// are not.
func TestPhoneNumberWithSpelledDigitsIsBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pour me joindre : zéro sept 61 29 44 08", Blocked, Personal, "phone"},
		{"text me on oh seven nine 11 234 567", Blocked, Personal, "phone"},
		{"Score : trois à zéro, 40 spectateurs et 2 buvettes", OK, 0, ""},
		{"Départ à zéro heure trente, retour vers 6 h", OK, 0, ""},
	})
}
