package classify

import (
	"sort"
	"testing"
)

// The coverage set of testdata/coverage/matters_secrets_ids.jsonl is
// written by the engineer of the rules for the association's confidential
// matters, secrets and identifiers in unusual shapes (issue 7, section 4),
// next to public sentences of the same look. Unlike the blind sets it was
// written knowing the rules: it shows, kind by kind, which shapes are
// covered, and guards them.

// mattersCoverageFloor is the least share (percent) of each group that must come
// out right: sensitive blocked as category 4, personal blocked, public ok.
// Figures of each batch when written, before the rules written from it
// (sensitive / personal / public right): the first 185 values 65.1 /
// 81.2 / 85.7 %; the second 140, written after the first rules, 61.9 /
// 87.1 / 80.0 %; the third 75, in SMS style and abbreviations, 58.1 /
// 82.4 / 93.3 %; the fourth 81, English for half, 78.3 / 75.0 / 93.3 %;
// the fifth 44, public look-alikes for two thirds, 50.0 / 50.0 / 76.7 %;
// the sixth 31, all English, 89.5 / 100 / 66.7 %. After the rules, on all
// 582: 95.5 / 98.4 / 85.5 % (the
// public values still flagged are mostly other rules' doubts: a vote's
// rules, a published court decision, a merger announced in a newsletter).
var mattersCoverageFloor = map[string]float64{"sensitive": 95, "personal": 98, "ok": 85}

// kindScore counts the right answers of one kind.
type kindScore struct {
	label    string
	right, n int
}

// rightAnswer: a sensitive value is blocked as category 4, a personal one
// blocked, a public one passes.
func rightAnswer(label string, r Result) bool {
	switch label {
	case "sensitive":
		return r.Verdict == Blocked && r.Category == Sensitive
	case "personal":
		return r.Verdict == Blocked
	}
	return r.Verdict == OK
}

func TestCoverageMattersSecretsIdentifiers(t *testing.T) {
	cases := readEval(t, "testdata/coverage/matters_secrets_ids.jsonl")
	c := New(Rules{})
	kinds := map[string]*kindScore{}
	groups := map[string]*kindScore{}
	for _, ec := range cases {
		r := c.Classify(ec.Text)
		ok := rightAnswer(ec.Label, r)
		for _, s := range []*kindScore{score(kinds, ec.Kind, ec.Label), score(groups, ec.Label, ec.Label)} {
			s.n++
			if ok {
				s.right++
			}
		}
		if !ok {
			t.Logf("miss %s [%s] got %d/%s %s: %q", ec.ID, ec.Label, r.Category, r.Verdict, ruleNames(r), ec.Text)
		}
	}
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		s := kinds[k]
		t.Logf("  %-14s %-9s %3d/%-3d %5.1f %%", k, s.label, s.right, s.n, pct(s.right, s.n))
	}
	for label, s := range groups {
		t.Logf("%-9s %3d/%-3d %5.1f %%", label, s.right, s.n, pct(s.right, s.n))
		if got := pct(s.right, s.n); got < mattersCoverageFloor[label] {
			t.Errorf("%s: %.1f %% right, floor %.0f %%", label, got, mattersCoverageFloor[label])
		}
	}
}

// score returns the counter of key, created on first use.
func score(m map[string]*kindScore, key, label string) *kindScore {
	s := m[key]
	if s == nil {
		s = &kindScore{label: label}
		m[key] = s
	}
	return s
}
