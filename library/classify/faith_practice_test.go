package classify

import "testing"

// A religious practice told of a person without the name of the faith
// (refusing to shake hands with the other sex) is category 4; the same
// gesture told of everyone is not about anyone's faith.
func TestAReligiousPracticeToldOfAPersonIsSensitive(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mme Ould ne serre pas la main des hommes, prévenez les bénévoles.", Blocked, Sensitive, "religion"},
		{"Mr Khan won't shake hands with women, please warn the stewards.", Blocked, Sensitive, "religion"},
		{"Pour la remise des prix, on ne serre pas de mains : un salut suffit.", OK, Public, ""},
	})
}

// The veil is masculine: « le voile », « porte un voile » tell a faith,
// « la voile », « stage de voile » a sport.
func TestSailIsNoVeil(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La fille de Mme K. porte un voile depuis la rentrée.", Blocked, Sensitive, "religion"},
		{"Fatima a mis son voile pour la sortie.", Blocked, Sensitive, "religion"},
	})
	allPass(t, "Stage de voile pour les 8-12 ans, du 7 au 11 juillet.")
	sailor := "Paul Kerjean, notre moniteur de voile, viendra samedi."
	if r := rulesOnly().Classify(sailor); r.Category == Sensitive {
		t.Errorf("%q: a sail read as a veil: %v", sailor, describe(sailor, r))
	}
}

// The veil with any determiner of someone's, or on one's head.
func TestVeilOfSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Je garde mon voile pendant l'atelier cuisine.", Blocked, Sensitive, "religion"},
		{"Amina, voile sur la tête, attendait devant la porte.", Blocked, Sensitive, "religion"},
	})
}
