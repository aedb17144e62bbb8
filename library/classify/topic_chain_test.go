package classify

import "testing"

// A theme told as a noun phrase after « sur le », "on the", in a talk or
// a work: « conférence sur le sommeil des enfants autistes » is a topic;
// a family or one person in the phrase make it someone's again.
func TestThemeGoesOnThroughItsPhrase(t *testing.T) {
	allPass(t,
		"Conférence sur le quotidien des familles d'enfants autistes, entrée libre.",
		"Talk on the sleep of autistic children, Tuesday 6 pm, village hall.",
	)
	runRuleCases(t, []ruleCase{
		{"Conférence sur le suivi de mon fils autiste.", Blocked, Sensitive, "health"},
		{"Point sur le dossier des jumeaux autistes du 3e.", Blocked, Sensitive, "health"},
	})
	c := rulesOnly()
	if r := c.Classify("Point sur le dossier des enfants autistes du 3e."); r.Verdict == OK {
		t.Errorf("an agenda's item about some children passed: %v", r.Findings)
	}
}

// A theme noun elsewhere in the sentence frames nothing: « au cours de la
// semaine » is no class, "after class" no talk.
func TestThemeNeedsItsNounBeforeTheMarker(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Au cours de la semaine, mon fils est revenu sur les effets de la chimio.", Blocked, Sensitive, "health"},
		{"After class, my daughter told me about the effects of the chemo.", Blocked, Sensitive, "health"},
	})
}

// A talk's theme may follow its speaker's apposition; a fact told of the
// speaker, or a possessive in the theme, stay theirs.
func TestThemeAfterTheSpeaker(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Conférence du Pr Martin, oncologue au CHU, sur les nouveaux traitements du cancer.", OK, 0, ""},
		{"Conférence du Pr Martin, qui a un cancer, sur les traitements.", Blocked, Sensitive, "health"},
		{"Atelier de Mme Roche, sur les effets de son cancer.", Blocked, Sensitive, "health"},
		{"Cours du jeudi, sur les effets de la dépression, avec notre trésorier qui en souffre depuis mars.", Blocked, Sensitive, "health"},
	})
}
