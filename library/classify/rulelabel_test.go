package classify

import (
	"testing"

	"tamis/i18n"
)

func TestRuleLabel(t *testing.T) {
	i18n.SetEnglish(false)
	for name, want := range map[string]string{
		"email":         "adresse e-mail d’une personne",
		"single-role":   "fonction unique dans l’association",
		"public-figure": "personnalité publique nommée",
		"inconnue":      "inconnue",
	} {
		if got := RuleLabel(name); got != want {
			t.Errorf("RuleLabel(%q) = %q, want %q", name, got, want)
		}
	}
	for r := ruleNone + 1; r < numRules; r++ {
		if RuleLabel(r.String()) == r.String() {
			t.Errorf("rule %q has no French label", r)
		}
	}
}
