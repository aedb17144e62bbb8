package classify

import (
	"strings"

	"tamis/i18n"
)

// RuleLabel is how a rule is named to a person, in the user's language:
// its usual reason without the advice after « : » (« adresse e-mail d'une
// personne » for "email"). A name that is no rule is returned as it is.
func RuleLabel(name string) string {
	r := ruleNamed(name)
	if r == ruleNone {
		return name
	}
	label, _, _ := strings.Cut(r.reason(), " : ")
	label, _, _ = strings.Cut(label, ": ")
	if !i18n.English() { // the apostrophe of every French message
		label = strings.ReplaceAll(label, "'", "’")
	}
	return label
}

// RuleNames lists the rule of each finding, in order, for a usage event.
func (r Result) RuleNames() []string {
	names := make([]string, len(r.Findings))
	for i, f := range r.Findings {
		names[i] = f.Rule
	}
	return names
}
