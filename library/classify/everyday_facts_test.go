package classify

import (
	"path/filepath"
	"testing"
)

// everydayFactKinds are the files of testdata/everyday_facts: category-4
// facts told in everyday words (issue 7 §4) — health by its events and
// care, the police and court path, origin and papers, practice, couples
// and unions, credentials told by a hint and the association's matters
// without a keyword — written for tamis in session 10 before reading how
// any evaluation set phrases them, each with public look-alikes.
// Before the work on them (main of 1 December 2026, 17:30) they gave
// 180/208 blocked as category 4, with 6 of 71 public sentences blocked.
var everydayFactKinds = []leakKind{
	{"health_care", Sensitive, 95},       // 88.7 % before path_special_terms.txt
	{"health_fresh", Sensitive, 90},      // 77.1 % before the rules of session 10, 80.0 % after its mechanisms, 94.3 % after its own words
	{"justice_path", Sensitive, 95},      // 84.4 % before police_path.go, 91.1 % before path_special_terms.txt
	{"identity_everyday", Sensitive, 95}, // 93.7 % before path_special_terms.txt
	{"hints_and_matters", Sensitive, 70},
	{"care_stay", Sensitive, 75},        // 58.3 % before care_stay.go
	{"context_frames", Sensitive, 96},   // 96.3 % already: a guard of the context rules
	{"credential_hints", Sensitive, 55}, // 33.3 % before the cue words and secret_recipe_around.go
	{"mixed_fresh", Sensitive, 84},      // 76.0 % before and after the rules of the session: an honest figure
}

// everydayPublicBlocked bounds the public look-alikes blocked (all files):
// a historic conviction, a surgeon's date in 1686, a court's open day…
const everydayPublicBlocked = 6

// TestEverydayFactsCoverage measures, per kind, the facts blocked as
// category 4 and the public look-alikes blocked.
func TestEverydayFactsCoverage(t *testing.T) {
	c := rulesOnly() // the rules' coverage: the learned check is measured on the held-out sets
	blocked := 0
	for _, k := range everydayFactKinds {
		facts, public := coverageLines(t, filepath.Join("testdata", "everyday_facts", k.file+".txt"))
		n := 0
		for _, s := range facts {
			if r := c.Classify(s); r.Verdict == Blocked && r.Category >= k.want {
				n++
			} else {
				t.Logf("  %s miss: got %d/%s %v: %q", k.file, r.Category, r.Verdict, describe(s, r), s)
			}
		}
		share := pct(n, len(facts))
		t.Logf("%-18s %3d/%3d blocked as category %d: %5.1f %%", k.file, n, len(facts), k.want, share)
		if share < k.floor {
			t.Errorf("%s: %.1f %% blocked, floor %.0f %%", k.file, share, k.floor)
		}
		for _, s := range public {
			if r := c.Classify(s); r.Verdict == Blocked {
				blocked++
				t.Logf("  %s public sentence blocked %d %v: %q", k.file, r.Category, describe(s, r), s)
			}
		}
	}
	if blocked > everydayPublicBlocked {
		t.Errorf("%d public look-alikes blocked, at most %d", blocked, everydayPublicBlocked)
	}
}
