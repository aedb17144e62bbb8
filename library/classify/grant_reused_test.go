package classify

import "testing"

// An application sent again under another name, its refusal unsaid, is
// the association's confidential grant strategy (grant_reused.go); a
// form's instruction with a name or a title in it is not.
func TestGrantReusedUnderAnotherName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"On change le titre du projet et on le renvoie à la Fondation de France.", Blocked, Sensitive, "grant"},
		{"On rebaptise l'atelier cuisine « Saveurs partagées » et on le redépose à la CAF en mars.", Blocked, Sensitive, "grant"},
		{"We renamed the homework club and we're resubmitting the same bid to the trust.", Blocked, Sensitive, "grant"},
	})
	for _, s := range []string{
		"Merci de renvoyer le dossier signé avec le nom du responsable.",
		"Renvoyer le dossier d'inscription avec le nom et le titre du projet avant le 12.",
		"Peut-on reprendre le titre d'un ancien projet dans un nouveau dossier ?",
	} {
		if r := rulesOnly().Classify(s); r.Verdict == Blocked {
			t.Errorf("%q: blocked as %v, want it to pass", s, describe(s, r))
		}
	}
}
