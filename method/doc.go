// Package method holds the tools of the method tamis enforces, as data and
// pure functions with no interface: the default charter, the training
// statements and their scoring, the decision tree, and the indicators a
// référent reviews each quarter, computed from the store's events (which
// never hold a typed value).
//
// The texts (charte.md, entrainement.txt) are embedded files, so that a
// référent or a contributor can reread and correct them without touching
// Go.
package method
