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
// (direct*.go), the association's allow and deny lists (lists.go), names
// (names.go), persons the sentence is about (anchors.go), special
// categories about a person (special.go), the association's confidential
// matters (strategy.go), indirect identification (indirect.go) and the
// gray zone (gray.go). The result is the maximum of the findings.
package classify

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// Category is one of the method's four categories.
type Category int

// The four categories of the method.
const (
	Published Category = 1 // published on the Internet by the association
	Public    Category = 2 // public and harmless: the door test
	Personal  Category = 3 // personal data: never to a public AI
	Sensitive Category = 4 // special categories, strategy, credentials: never
)

// Verdict says what tamis does with a value.
type Verdict int

// Verdicts, in increasing order of severity.
const (
	OK Verdict = iota
	Doubt
	Blocked
)

// Finding is one piece of a text that a rule flagged.
type Finding struct {
	Rule     string   `json:"rule"`
	Category Category `json:"category"`
	Verdict  Verdict  `json:"verdict"`
	Start    int      `json:"start"` // byte offset, inclusive
	End      int      `json:"end"`   // byte offset, exclusive
	Reason   string   `json:"reason"`
}

// Result is the classification of one text: the maximum of its findings.
type Result struct {
	Category Category  `json:"category"`
	Verdict  Verdict   `json:"verdict"`
	Findings []Finding `json:"findings"`
}

// String returns the verdict as the CLI and JSON spell it.
func (v Verdict) String() string {
	switch v {
	case OK:
		return "ok"
	case Doubt:
		return "doubt"
	case Blocked:
		return "blocked"
	}
	return "verdict(" + strconv.Itoa(int(v)) + ")"
}

// MarshalJSON writes the verdict as a string ("ok", "doubt", "blocked").
func (v Verdict) MarshalJSON() ([]byte, error) {
	if v < OK || v > Blocked {
		return nil, fmt.Errorf("classify: invalid verdict %d", int(v))
	}
	return json.Marshal(v.String())
}

// UnmarshalJSON reads a verdict written by MarshalJSON.
func (v *Verdict) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("classify: verdict: %w", err)
	}
	for p := OK; p <= Blocked; p++ {
		if p.String() == s {
			*v = p
			return nil
		}
	}
	return fmt.Errorf("classify: unknown verdict %q", s)
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
