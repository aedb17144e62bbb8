package classify

import "testing"

// A case that may befall anyone (« si », "if" + « quelqu'un », "someone")
// is advice; a name, a time of now or the association's own people keep
// the fact someone's, and a person of a kind (« un bénévole ») is left to
// the advice questions' guards.
func TestCaseOfAnyoneIsAdvice(t *testing.T) {
	allPass(t,
		"If somebody faints during the walk, sit them down and call 112.",
		"Si quelqu'un fait une crise d'épilepsie, allongez-le sur le côté et chronométrez.",
	)
	runRuleCases(t, []ruleCase{
		{"If Paul has a panic attack, call his mum.", Blocked, Sensitive, "health"},
		{"Si quelqu'un fait une crise ce soir au club, c'est sûrement Léo : il est épileptique.", Blocked, Sensitive, "health"},
		{"Si un adhérent est séropositif, doit-il le dire au club ?", Blocked, Sensitive, "health"},
	})
}

// Anyone's case with someone else told in it is that person's fact.
func TestCaseOfAnyoneWithSomeoneElse(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Si quelqu'un voit mon père atteint d'Alzheimer, appelez-moi.", Blocked, Sensitive, "health"},
		{"If someone visits my mum in the psychiatric ward, bring flowers.", Blocked, Sensitive, ""},
	})
}

// « Si vous », "if you" suppose the reader's case: advice for anyone;
// « Vous êtes… » without « si », a relative or a moment is one person's.
func TestReadersCaseIsAdvice(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Si vous êtes diabétique, pensez à vérifier vos pieds chaque jour.", OK, 0, ""},
		{"If you have diabetes, check your feet every day.", OK, 0, ""},
		{"Si vous êtes enceinte, prévenez-nous avant la sortie.", OK, 0, ""},

		{"Vous êtes diabétique, pensez à votre collation avant la marche de demain.", Blocked, Sensitive, "health"},
		{"Si vous êtes diabétique comme mon fils, venez à l'atelier.", Blocked, Sensitive, "health"},
		{"Madame Roux, si vous êtes enceinte, prévenez-nous.", Blocked, Sensitive, "health"},
		{"Si vous êtes en chimio demain, on décale.", Blocked, Sensitive, "health"},
	})
}
