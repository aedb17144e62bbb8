package classify

import "testing"

// A merger voted or announced in public is the association's news; told
// in the future, denied, or kept quiet it is still a plan kept back.
func TestPublishedMergerIsNews(t *testing.T) {
	allPass(t,
		"Notre rapprochement avec le Secours de Quimper, adopté en assemblée générale le 3 mars, est effectif depuis avril.",
		"As announced in the local paper, the merger with Riverside Youth Club took effect on 1 May.",
	)
	runRuleCases(t, []ruleCase{
		{"La fusion avec le club voisin sera annoncée dans le rapport annuel.", Blocked, Sensitive, "merger"},
		{"The merger will be announced in our press release next month.", Blocked, Sensitive, "merger"},
		{"La fusion avec le club voisin n'est pas encore publiée.", Blocked, Sensitive, "merger"},
	})
}
