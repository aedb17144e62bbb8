package tui

import (
	"sort"

	"tamis/library/classify"
	"tamis/store"
)

// classifier adapts classify.Classifier to Checker, keeping the mapping of
// an anonymisation inside a closure (memory only).
type classifier struct{ c *classify.Classifier }

// newChecker compiles the classifier once with the référent's rules; the
// profile values are the association's own published texts (category 1).
func newChecker(r store.Rules, p store.Profile) Checker {
	texts := make([]string, 0, len(p))
	for _, v := range p {
		texts = append(texts, v)
	}
	sort.Strings(texts)
	return classifier{classify.New(classify.Rules{Allow: r.Allow, Deny: r.Deny, Profile: texts})}
}

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
