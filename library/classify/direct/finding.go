package direct

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// The findings of the whole classifier are defined here, in the lowest
// package that makes them; classify re-exports them under the same names.

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
