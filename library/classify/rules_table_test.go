package classify

import (
	"slices"
	"testing"

	"tamis/library/classify/direct"
)

// The rule names are stored in the journal's events and printed in JSON:
// renaming one breaks what was recorded. This list is the contract.
func TestRuleNamesAreStable(t *testing.T) {
	want := []string{"", "invisible", "control", "too-many", "denylist",
		"name", "public-figure", "email", "phone", "postal-address", "nir", "iban", "bank-card",
		"id-document", "birthdate", "licence-plate", "profile-url", "handle", "credential", "ip", "public-id", "geolocation",
		"health", "origin", "religion", "politics", "union", "sexuality", "biometric", "criminal", "child-protection",
		"confidential", "merger", "finance", "negotiation", "grant", "hr", "litigation",
		"aggregate", "partner", "internal", "vague", "photo",
		"indirect", "single-role", "specific-person",
		"learned-personal", "learned-sensitive"}
	var got []string
	for r := ruleNone; r < numRules; r++ {
		got = append(got, r.String())
		if r != ruleNone && ruleNamed(r.String()) != r {
			t.Errorf("rule %d: ruleNamed(%q) = %d", r, r.String(), ruleNamed(r.String()))
		}
	}
	if !slices.Equal(got, want) {
		t.Fatalf("rule names changed:\n got %q\nwant %q", got, want)
	}
}

// Every row is complete: a reason in both languages, and an identifier
// has the code that replaces it.
func TestEveryRuleHasItsRow(t *testing.T) {
	for r := ruleNone + 1; r < numRules; r++ {
		info := r.info()
		if info.fr == "" || info.en == "" || info.cat < Published || info.cat > Sensitive {
			t.Errorf("rule %s: incomplete row %+v", r, *info)
		}
		if info.identifier != (info.code != kindOther) {
			t.Errorf("rule %s: identifier %v with code %d", r, info.identifier, info.code)
		}
	}
}

// The scan of direct identifiers names its rules and their categories
// itself: each is a row of this table, under the same name and category.
func TestDirectRulesAgreeWithTheRuleTable(t *testing.T) {
	for name, cat := range direct.Rules() {
		r := ruleNamed(name)
		if r == ruleNone || r.info().cat != cat {
			t.Errorf("direct rule %q (category %d): table row %q, category %d", name, cat, r, r.info().cat)
		}
	}
}

// A table section that names no rule is refused when the lexicon is built.
func TestASectionNamingNoRuleIsRefused(t *testing.T) {
	fsys := withLine(t, "data/phrases/special_terms.txt", "[helth]\nmot")
	defer func() {
		if r := recover(); r == nil {
			t.Fatal("a [helth] section was accepted")
		}
	}()
	buildLexicon(fsys)
}
