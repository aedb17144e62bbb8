package classify

import "testing"

// An English nationality adjective, capitalised as English writes it,
// before the noun it qualifies ("with French lessons", "French
// subtitles", "a British Council grant") is no surname: the text passes.
func TestNationalityAdjectiveIsNoSurname(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Friends of the Valley welcomes newcomers with French lessons and help with paperwork", OK, 0, ""},
		{"The film is shown in English with French subtitles on Friday at 8pm", OK, 0, ""},
		{"Our workshop helps with Irish dancing steps for beginners, Tuesdays at 7pm", OK, 0, ""},
		{"Evening of poetry with Welsh songs and harp music at the village hall", OK, 0, ""},
		{"Cooking class with Italian recipes, bring an apron", OK, 0, ""},
		{"Quiz night with British music questions and a raffle", OK, 0, ""},
	})
}

// The same word where only a person stands (before a verb, a comma and a
// role, "to", or with a civility) stays a person's name.
func TestNationalityAdjectiveKeepsSurnames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Ask French to bring the keys of the hall on Friday", Blocked, Personal, "name"},
		{"Please call Mrs French about her membership renewal", Blocked, Personal, "name"},
		{"Remind French about the hall keys on Friday", Blocked, Personal, "name"},
		{"Call Irish tomorrow about the minibus", Blocked, Personal, "name"},
		{"Pay Welsh back for the raffle prizes", Blocked, Personal, "name"},
		{"Sort the rota with French and Martin tonight", Blocked, Personal, "name"},
		{"Meeting with French, our treasurer, on Monday", Blocked, Personal, "name"},
		{"Dawn French will bring the raffle tickets", Blocked, Personal, "name"},
		{"Check with Welsh if the van is free", Blocked, Personal, "name"},
	})
}
