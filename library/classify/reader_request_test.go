package classify

import "testing"

// A vague word asked of the reader is a request; said of what was done,
// it stays a doubt.
func TestRequestToTheReaderIsNoIncident(t *testing.T) {
	allPass(t,
		"Merci de signaler toute absence au secrétariat avant 9h.",
		"N'hésitez pas à signaler tout problème de chauffage au bureau.",
	)
	runRuleCases(t, []ruleCase{
		{"Il faut signaler la famille aux services sociaux.", Doubt, 0, "vague"},
	})
}

// A secret asked of the reader stays a doubt: only reporting is a request.
func TestSecretAskedOfTheReaderStays(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Merci de rester discrets sur ce dossier.", Doubt, 0, ""},
	})
}
