package method

import "math/rand/v2"

// RoundSize is the number of statements in a training round.
const RoundSize = 10

// Draw picks n distinct statements at random (all of them when there are
// fewer), in random order.
func Draw(all []Statement, n int, r *rand.Rand) []Statement {
	idx := r.Perm(len(all))
	if n > len(idx) {
		n = len(idx)
	}
	out := make([]Statement, n)
	for i := range out {
		out[i] = all[idx[i]]
	}
	return out
}

// Outcome is how one answer compares with the method's.
type Outcome int

// The outcomes of an answer.
const (
	Right Outcome = iota // the method's answer, or precaution in the gray zone
	Safe                 // wrong category, but nothing would have been shared
	Risky                // said shareable (1 or 2) what must not be shared
)

// Judge compares an answer with the expected one. In the gray zone, the
// method's rule is precaution: « doute » and 4 (treat as sensitive) are
// both right. Answering 1 or 2 for what is not shareable is the mistake
// that matters: it is counted apart.
func Judge(expected, given Answer) Outcome {
	switch {
	case given == expected:
		return Right
	case expected == Doubt && given == Sensitive:
		return Right
	case given.Shareable() && !expected.Shareable():
		return Risky
	}
	return Safe
}

// Score counts a round: its answers, the right ones, and the risky mistakes.
type Score struct {
	Total, Right, Risky int
}

// Add counts one answer.
func (s *Score) Add(o Outcome) {
	s.Total++
	switch o {
	case Right:
		s.Right++
	case Risky:
		s.Risky++
	}
}

// Percent is the share of right answers, rounded down; 0 for no answer.
func (s Score) Percent() int {
	if s.Total == 0 {
		return 0
	}
	return s.Right * 100 / s.Total
}

// Passed: at least 8 right out of 10 and no risky mistake, the mark of a
// volunteer ready to use tamis alone.
func (s Score) Passed() bool {
	return s.Total > 0 && s.Right*10 >= s.Total*8 && s.Risky == 0
}

// ScoreAnswers judges each answer against its statement (same order).
func ScoreAnswers(st []Statement, given []Answer) Score {
	var s Score
	for i := range min(len(st), len(given)) {
		s.Add(Judge(st[i].Answer, given[i]))
	}
	return s
}
