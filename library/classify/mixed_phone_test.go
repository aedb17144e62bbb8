package classify

import "testing"

// A phone number half in digits, half in words is a phone number; a date
// or counts with a spelled number are not.
var mixedPhoneCases = []ruleCase{
	{"06 douze 34 56 78", Blocked, Personal, "phone"},
	{"Rappeler le 07 81 vingt-deux 45 90 après 18 h.", Blocked, Personal, "phone"},
	// look-alikes
	{"Rendez-vous le 06 douze à 14 h", OK, 0, ""},
	{"Lot de 06 douze pièces, 34 euros, 56 cm, 78 g", OK, 0, ""},
}

func TestMixedPhoneIsAPhone(t *testing.T) {
	runRuleCases(t, mixedPhoneCases)
}
