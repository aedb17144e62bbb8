package classify

import (
	"fmt"

	"tamis/i18n"
)

// A hostile text ("12 rue " repeated over 64 MiB) yields a finding every
// few bytes, and a finding weighs about ten times the bytes it covers:
// memory, not time, gave out. Past maxFindings, findings are folded into
// one that keeps their span and their worst category, and blocks: a text
// with that many identifiers is no prompt, and an identifier left
// unreplaced past the bound must not reach anonymize's output.
const maxFindings = 1 << 16

// overflow folds the findings past maxFindings.
type overflow struct {
	n          int
	start, end int
	cat        Category
}

func (o *overflow) add(start, end int, cat Category) {
	if o.n == 0 || start < o.start {
		o.start = start
	}
	o.end = max(o.end, end)
	o.cat = max(o.cat, cat)
	o.n++
}

// finding is the folded finding; ok is false when nothing was folded.
func (o *overflow) finding() (Finding, bool) {
	if o.n == 0 {
		return Finding{}, false
	}
	return Finding{Rule: ruleTooMany.String(), Category: o.cat, Verdict: Blocked, Start: o.start, End: o.end,
		Reason: fmt.Sprintf(i18n.T("trop de données repérées : au-delà des %d premières, la suite est bloquée en bloc",
			"too much data found: past the first %d, the rest is blocked as a whole"), maxFindings)}, true
}
