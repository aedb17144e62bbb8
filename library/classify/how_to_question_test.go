package classify

import "testing"

// A question about how a procedure works (how to ask for a grant) is no
// application of ours; the association's own intent to ask stays a
// confidential matter.
func TestQuestionAboutAGrantProcedureIsNoApplication(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Comment fait-on une demande de subvention à la mairie ? Qui signe ?", OK, 0, ""},
		{"How does a grant application to the lottery fund work?", OK, 0, ""},
		{"On va solliciter une subvention de la Région pour le minibus", Blocked, Sensitive, "grant"},
	})
}
