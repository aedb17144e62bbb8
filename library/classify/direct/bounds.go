package direct

import (
	"fmt"

	"tamis/i18n"
)

// A hostile text ("12 rue " repeated over 64 MiB) yields a finding every
// few bytes, and a finding weighs about ten times the bytes it covers:
// memory, not time, gave out. Past MaxFindings, findings are folded into
// one that keeps their span and their worst category, and blocks: a text
// with that many identifiers is no prompt, and an identifier left
// unreplaced past the bound must not reach anonymize's output.
const MaxFindings = 1 << 16

// Overflow folds the findings past MaxFindings.
type Overflow struct {
	n          int
	start, end int
	cat        Category
}

// Add folds one more finding.
func (o *Overflow) Add(start, end int, cat Category) {
	if o.n == 0 || start < o.start {
		o.start = start
	}
	o.end = max(o.end, end)
	o.cat = max(o.cat, cat)
	o.n++
}

// Finding is the folded finding; ok is false when nothing was folded.
func (o *Overflow) Finding() (Finding, bool) {
	if o.n == 0 {
		return Finding{}, false
	}
	return Finding{Rule: ruleTooMany.String(), Category: o.cat, Verdict: Blocked, Start: o.start, End: o.end,
		Reason: fmt.Sprintf(i18n.T("trop de données repérées : au-delà des %d premières, la suite est bloquée en bloc",
			"too much data found: past the first %d, the rest is blocked as a whole"), MaxFindings)}, true
}
