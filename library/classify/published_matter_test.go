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

// An internal channel (« comme annoncé dans mon mail », « acté par le
// conseil ») makes nothing public: what it says stays what it is.
func TestInternalChannelPublishesNothing(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Comme annoncé dans mon mail, on soupçonne la trésorière de piquer dans la caisse.", Blocked, Sensitive, ""},
		{"As announced in the staff meeting, the deficit is 12,000 this year.", Blocked, Sensitive, "finance"},
		{"La fusion avec l'ADMR a été actée par le conseil hier soir.", Blocked, Sensitive, "merger"},
		{"Le budget sera voté en AG : déficit prévu de 8 000 €.", Blocked, Sensitive, "finance"},
	})
	allPass(t, "Budget prévisionnel 2027 voté en AG : 95 000 € dont 40 % de subventions.")
}
