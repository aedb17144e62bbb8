package store

import (
	"time"

	"tamis/library/classify"
)

// NewEvent is the one way to build a usage event, for the command line and
// the interface alike: the template, the verdict and the distinct names of
// the rules that fired, the action taken. It takes a classify.Result and
// keeps only names from it, never the spans or the text they came from.
func NewEvent(templateID string, r classify.Result, action string) Event {
	rules := make([]string, len(r.Findings))
	for i, f := range r.Findings {
		rules[i] = f.Rule
	}
	return Event{Time: time.Now().UTC(), TemplateID: templateID, Verdict: r.Verdict.String(),
		Rules: RuleNames(rules), Action: action}
}
