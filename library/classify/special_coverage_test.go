package classify

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// coverageFloor is, per special category, the least share (in percent) of
// the « person + fact » sentences of testdata/coverage that must come out
// blocked as category 4. The public sentences of the same files must all
// pass: the same words about nobody are no fact about anyone.
// The figures before the kept lists of lexicon/data/phrases/kept_*_terms.txt
// were 87.2, 80.0, 93.5, 90.0, 86.7, 93.3, 86.7, 71.0 and 93.3 %; the
// association's confidential matters (strategy.txt) were 70.0 % before
// strategy_everyday_terms.txt, personal data (blocked as category 3 or
// 4, personal.txt) 90.0 %.
var coverageFloor = map[string]float64{
	"health": 95, "religion": 95, "politics": 95, "union": 95, "sexuality": 90,
	"origin": 95, "biometric": 95, "criminal": 95, "credentials": 90,
	"strategy": 90, "personal": 85,
}

// coverageWant is the least category a fact of the file must be blocked
// with: category 4, except for personal data.
func coverageWant(cat string) Category {
	if cat == "personal" {
		return Personal
	}
	return Sensitive
}

// coverageLines reads one file of testdata/coverage: the facts about a
// person (lines "+ ") and the public sentences (lines "- ").
func coverageLines(t *testing.T, path string) (facts, public []string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+ "):
			facts = append(facts, line[2:])
		case strings.HasPrefix(line, "- "):
			public = append(public, line[2:])
		case line == "" || strings.HasPrefix(line, "#"):
		default:
			t.Fatalf("%s: line without + or -: %q", path, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return facts, public
}

// TestSpecialCategoryCoverage measures, per special category, how many
// facts about a person told in everyday words, jargon or euphemisms are
// blocked as category 4, and checks that the same vocabulary in public
// text passes.
func TestSpecialCategoryCoverage(t *testing.T) {
	c := New(Rules{})
	total, caught := 0, 0
	for cat, floor := range coverageFloor {
		facts, public := coverageLines(t, filepath.Join("testdata", "coverage", cat+".txt"))
		n := 0
		for _, s := range facts {
			r := c.Classify(s)
			if r.Verdict == Blocked && r.Category >= coverageWant(cat) {
				n++
				continue
			}
			t.Logf("  %s miss: got %d/%s %v: %q", cat, r.Category, r.Verdict, describe(s, r), s)
		}
		share := pct(n, len(facts))
		t.Logf("%-12s %3d/%3d facts blocked as category %d: %5.1f %%", cat, n, len(facts), coverageWant(cat), share)
		if share < floor {
			t.Errorf("%s: %.1f %% of the facts blocked as category 4, floor %.0f %%", cat, share, floor)
		}
		for _, s := range public {
			if r := c.Classify(s); r.Verdict != OK {
				t.Errorf("%s: public sentence flagged %d/%s %v: %q", cat, r.Category, r.Verdict, describe(s, r), s)
			}
		}
		total, caught = total+len(facts), caught+n
	}
	t.Logf("all categories: %d/%d = %.1f %%", caught, total, pct(caught, total))
}
