package main

import (
	"tamis/library"
	"tamis/library/classify"
	"tamis/library/validation"
)

// Finding is personal or sensitive data in a template's fixed wording
// (library/validation holds the check, shared with the TUI).
type Finding = validation.Finding

// checkFixedWording runs the classifier, without the association's lists,
// on the fixed wording of t.
func checkFixedWording(t library.Template) []Finding {
	return checkFixedWordingWith(classify.New(classify.Rules{}), t)
}

// checkFixedWordingWith is checkFixedWording with a given classifier, so
// that the association's allow and deny lists apply.
func checkFixedWordingWith(c *classify.Classifier, t library.Template) []Finding {
	return validation.CheckFixedWording(c, t)
}
