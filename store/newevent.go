package store

import "time"

// NewEvent is the one way to build a usage event, for the command line and
// the interface alike: the template, the verdict, the names of the rules
// that fired (each once, in order) and the action taken. The callers pass
// classify.Result's Verdict.String() and RuleNames(): names only, never
// the spans or the text they came from.
func NewEvent(templateID, verdict string, rules []string, action string) Event {
	return Event{Time: time.Now().UTC(), TemplateID: templateID, Verdict: verdict,
		Rules: RuleNames(rules), Action: action}
}
