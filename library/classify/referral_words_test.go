package classify

import "testing"

// The words of an English referral tell category 4 without its usual
// noun: domestic abuse (« MARAC case », "DV from ex-partner", "controls
// her money"), a child's bruises raised as a safeguarding concern, a
// disability benefit ("gets PIP"), a nationality after "he's"; a
// training on them, or a policy, tells them of no one.
func TestEnglishReferralWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Referral for Mrs K. Adeyemi: MARAC case, DV from ex-partner", Blocked, Sensitive, "criminal"},
		{"Safeguarding concern raised about Tyler (age 9), bruises on arms", Blocked, Sensitive, "child-protection"},
		{"Tina's husband controls her money, she has no access to her bank card", Blocked, Sensitive, "criminal"},
		{"Claire gets PIP and can't stand for long", Blocked, Sensitive, "health"},
		{"Mr Kowalski needs an interpreter, he's Moroccan and doesn't read English", Blocked, Sensitive, "origin"},
	})
	allPass(t,
		"Training: what is coercive control?",
		"Our safeguarding policy: how to raise a safeguarding concern",
		"Send it as a PDF, not MS Word",
	)
}

// An English nationality that is also a language is an origin when said
// of a person (« the only Polish family », "our new Spanish volunteer"),
// and a language or a dish otherwise.
func TestNationalityThatIsALanguage(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The only Polish family on the estate asked for help with the forms", Blocked, Sensitive, "origin"},
		{"Our new Spanish volunteer starts on Monday", Blocked, Sensitive, "origin"},
	})
	allPass(t,
		"Polish lessons on Tuesdays at the library",
		"Chinese New Year party at the community centre",
		"Portuguese custard tarts for the bake sale",
	)
}
