// Package classify sorts a text into the four categories of the method
// (see DESIGN.md): 1 published by the association, 2 public, 3 personal,
// 4 sensitive, with a verdict ok, doubt or blocked.
//
// The rules read the text prepared (prepare.go): invisible characters,
// control characters and escape sequences out, each run a blocked finding,
// every Unicode space and digit in ASCII; findings are mapped back to byte
// offsets in the original (offsets.go). The engine (engine.go) folds the
// text (lower case, no accents) sentence by sentence, keeping byte spans
// (package text), and tags every token once with its word classes and every
// phrase of the static tables (word_classes.go). The vocabulary is data:
// text files under lexicon/data/, read by one loader (package lexicon,
// lexicon/data/README.md). Every rule is a row of one table (rules.go). The sentence rules then run
// as ordered stages (stages.go): direct identifiers and credentials
// (package direct), the association's allow and deny lists (lists.go), names
// (names.go), persons the sentence is about (anchors.go), special
// categories about a person (special.go), the association's confidential
// matters (strategy.go), indirect identification (indirect.go) and the
// gray zone (gray.go). The result is the maximum of the findings.
package classify

import (
	"encoding/json"

	"tamis/library/classify/direct"
)

// The findings are made first by the byte scanner of direct
// identifiers, the lowest package that needs them: their types live
// there, and are the classifier's own under the same names.

// Category is one of the method's four categories.
type Category = direct.Category

// The four categories of the method.
const (
	Published = direct.Published // published on the Internet by the association
	Public    = direct.Public    // public and harmless: the door test
	Personal  = direct.Personal  // personal data: never to a public AI
	Sensitive = direct.Sensitive // special categories, strategy, credentials: never
)

// Verdict says what tamis does with a value.
type Verdict = direct.Verdict

// Verdicts, in increasing order of severity.
const (
	OK      = direct.OK
	Doubt   = direct.Doubt
	Blocked = direct.Blocked
)

// Finding is one piece of a text that a rule flagged.
type Finding = direct.Finding

// Result is the classification of one text: the maximum of its findings.
type Result struct {
	Category Category  `json:"category"`
	Verdict  Verdict   `json:"verdict"`
	Findings []Finding `json:"findings"`
}

// MarshalJSON writes findings as [] rather than null when there are none.
func (r Result) MarshalJSON() ([]byte, error) {
	type plain Result
	p := plain(r)
	if p.Findings == nil {
		p.Findings = []Finding{}
	}
	return json.Marshal(p)
}
