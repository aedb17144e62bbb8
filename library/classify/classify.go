// Package classify sorts a text into the four categories of the method.
package classify

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
