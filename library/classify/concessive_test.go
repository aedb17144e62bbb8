package classify

import "testing"

// A concessive clause (a charter's promise not to discriminate) speaks of
// anyone; the same words said of someone, or after the clause has ended,
// stay facts.
func TestConcessiveClauseIsAboutAnyone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Notre charte : accueillir chacun, quels que soient son origine, sa religion ou son orientation.", OK, 0, ""},
		{"Toute personne est reçue, quelle que soit sa religion.", OK, 0, ""},
		{"Le club accepte tous les enfants, peu importe leur handicap ou leur maladie.", OK, 0, ""},
		{"Everyone is welcome regardless of faith, origin or sexual orientation.", OK, 0, ""},
		{"Help is given irrespective of immigration status or disability.", OK, 0, ""},
		{"The choir welcomes singers regardless of age, religion or sexual orientation.", OK, 0, ""},
		{"Adhésion ouverte sans distinction de nationalité, de religion ou d'opinion politique.", OK, 0, ""},
		{"Sans distinction d'origine, notre trésorière Awa est musulmane pratiquante.", Blocked, Sensitive, "religion"},
		{"Quelle que soit sa religion, elle est séropositive et a besoin d'aide.", Blocked, Sensitive, "health"},
		{"Peu importe sa religion, Karim Benali est diabétique.", Blocked, Sensitive, "health"},
		{"Regardless of what people say, my neighbour is a Jehovah's Witness.", Blocked, Sensitive, "religion"},
	})
}
