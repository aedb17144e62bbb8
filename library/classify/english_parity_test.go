package classify

import "testing"

// English text is read at the level of French: a person's practice,
// leanings, union, orientation, care, biometrics and justice in the words
// English speakers use, and a surname alone where a person stands
// ("ring Dimitrov", "the Kowalski family"). The same words as a topic, a
// place or an offer to the public stay ok.
func TestEnglishSensitiveFactsAndSurnamesAtTheLevelOfFrench(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mr Levy keeps the Sabbath, so no Saturday shifts for him", Blocked, Sensitive, "religion"},
		{"Harjit wears a turban and asked where he can change for football", Blocked, Sensitive, "religion"},
		{"Doreen has voted Reform for years and says so loudly", Blocked, Sensitive, "politics"},
		{"Kieran is canvassing for the Greens on Saturdays", Blocked, Sensitive, "politics"},
		{"Our cook Shirley is the shop steward at her factory", Blocked, Sensitive, "union"},
		{"Aled came out as gay to the choir last month", Blocked, Sensitive, "sexuality"},
		{"Mrs Doyle sees a psychiatrist every fortnight", Blocked, Sensitive, ""},
		{"Handprint reader for every volunteer at the food bank door", Blocked, Sensitive, "biometric"},
		{"Wayne is on parole and must not leave the county", Blocked, Sensitive, "criminal"},
		{"Ring Dimitrov before Thursday about the minibus rota", Blocked, Personal, "name"},
		{"Chase up the Abernethy family about the unpaid trip", Blocked, Personal, "name"},
		{"Talk on the history of the Sabbath in Judaism, all welcome", OK, 0, ""},
		{"Our hall is accessible to wheelchair users", OK, 0, ""},
		{"Ring the bell at the side door after 6 pm", OK, 0, ""},
		{"Family fun day on the Green, bring a picnic and the kids", OK, 0, ""},
	})
}
