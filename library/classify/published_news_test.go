package classify

import "testing"

// News the association has published, or that a general meeting voted,
// is no internal matter any more; the same news not yet published stays
// a doubt (these sentences were written for the rule).
func TestNewsPublishedOrVotedIsPublic(t *testing.T) {
	allPass(t,
		"Comme annoncé dans notre lettre d'information, la chorale du jeudi s'arrête en décembre.",
		"Suite au vote de l'AG, l'adhésion passera de 15 à 18 € en septembre.",
		"The board approved the move to Sunday walks, as explained in our public newsletter.",
		"Le bureau a décidé de fermer le local le samedi, comme annoncé dans notre newsletter.",
		"Les résultats de l'élection du bureau sont affichés au local.",
	)
	runRuleCases(t, []ruleCase{
		{"La chorale du jeudi s'arrête en décembre, ce n'est pas encore publié.", Doubt, Personal, "internal"},
		{"La chorale du jeudi s'arrête en décembre, pas encore annoncé dans notre lettre d'information.", Blocked, Sensitive, ""},
	})
}
