package tui

import "tamis/library/classify"

// classifier adapts classify.Classifier to Checker, keeping the mapping of
// an anonymisation inside a closure (memory only).
type classifier struct{ c *classify.Classifier }

// newChecker compiles the classifier once with the rules the store gathers
// (store.ClassifierRules), so the TUI and the command line agree.
func newChecker(r classify.Rules) Checker { return classifier{classify.New(r)} }

func (c classifier) Classify(text string) classify.Result { return c.c.Classify(text) }

// Anonymize replaces the personal data by codes; the returned function
// puts them back into the AI's answer. The mapping never leaves memory.
func (c classifier) Anonymize(text string) Anonymised {
	anon, m := c.c.Anonymize(text)
	a := Anonymised{Text: anon, Restore: func(answer string) string { return classify.Restore(answer, m) }}
	for _, p := range m.Pairs() {
		a.Codes = append(a.Codes, CodePair{Code: p.Code, Original: p.Original})
	}
	return a
}
