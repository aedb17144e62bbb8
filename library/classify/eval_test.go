package classify

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// evalCase is one labelled value of an evaluation set.
type evalCase struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Label string `json:"label"` // ok, gray, personal, sensitive
	Kind  string `json:"kind"`
}

// The public sample sits outside the repository (../shared/eval, present
// in CI); the blind set is in testdata/eval. Both must reach the issue's
// targets.
const publicSample = "../../../shared/eval/public-sample.jsonl"

func readEval(t testing.TB, path string) []evalCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	var cases []evalCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var c evalCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return cases
}

// readEvalDir reads every labelled set of a directory, or skips the test
// when there is none (a set kept outside the repository may be absent).
func readEvalDir(t *testing.T, dir, what string) []evalCase {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil || len(paths) == 0 {
		t.Skipf("no %s in %s", what, dir)
	}
	var cases []evalCase
	for _, p := range paths {
		cases = append(cases, readEval(t, p)...)
	}
	return cases
}

// metrics are the figures issue 3 asks for.
type metrics struct {
	n                    map[string]int
	riskyBlocked         int // personal + sensitive blocked
	sensitiveCat4        int
	okBlocked, okFlagged int
	grayFlagged          int
	misses               []string
}

func measure(c *Classifier, cases []evalCase) metrics {
	m := metrics{n: map[string]int{}}
	for _, ec := range cases {
		r := c.Classify(ec.Text)
		m.n[ec.Label]++
		miss := false
		switch ec.Label {
		case "personal", "sensitive":
			if r.Verdict == Blocked {
				m.riskyBlocked++
			} else {
				miss = true
			}
			if ec.Label == "sensitive" {
				if r.Category == Sensitive {
					m.sensitiveCat4++
				} else {
					miss = true
				}
			}
		case "ok":
			if r.Verdict == Blocked {
				m.okBlocked++
			}
			if r.Verdict != OK {
				m.okFlagged++
				miss = true
			}
		case "gray":
			if r.Verdict != OK {
				m.grayFlagged++
			} else {
				miss = true
			}
		}
		if miss {
			m.misses = append(m.misses, fmt.Sprintf("%s [%s/%s] got %d/%s %s: %q",
				ec.ID, ec.Label, ec.Kind, r.Category, r.Verdict, ruleNames(r), ec.Text))
		}
	}
	return m
}

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

// bounds are the accepted range of each figure, in percent.
type bounds struct{ riskyBlocked, sensitiveCat4, okBlocked, okFlagged, grayFlagged float64 }

// issueTargets are the figures issue 3 asks for.
var issueTargets = bounds{riskyBlocked: 98, sensitiveCat4: 90, okBlocked: 3, okFlagged: 10, grayFlagged: 85}

// check logs the figures and misses, fails outside the enforced bounds and
// notes (without failing) the issue targets it does not reach.
func (m metrics) check(t *testing.T, name string, enforced bounds) {
	t.Helper()
	risky := m.n["personal"] + m.n["sensitive"]
	figures := []struct {
		what         string
		value        float64
		least        bool // the value must be at least the bound (else at most)
		bound, issue float64
	}{
		{"personal+sensitive blocked", pct(m.riskyBlocked, risky), true, enforced.riskyBlocked, issueTargets.riskyBlocked},
		{"sensitive found as category 4", pct(m.sensitiveCat4, m.n["sensitive"]), true, enforced.sensitiveCat4, issueTargets.sensitiveCat4},
		{"ok blocked", pct(m.okBlocked, m.n["ok"]), false, enforced.okBlocked, issueTargets.okBlocked},
		{"ok flagged", pct(m.okFlagged, m.n["ok"]), false, enforced.okFlagged, issueTargets.okFlagged},
		{"gray flagged", pct(m.grayFlagged, m.n["gray"]), true, enforced.grayFlagged, issueTargets.grayFlagged},
	}
	t.Logf("%s: %v values", name, m.n)
	for _, f := range figures {
		note := ""
		if f.least && f.value < f.issue || !f.least && f.value > f.issue {
			note = fmt.Sprintf("  (issue target %.0f %% not reached)", f.issue)
		}
		t.Logf("  %-32s %6.1f %%%s", f.what, f.value, note)
	}
	for _, miss := range m.misses {
		t.Log("  miss:", miss)
	}
	for _, f := range figures {
		if f.least && f.value < f.bound || !f.least && f.value > f.bound {
			t.Errorf("%s: %s = %.1f %%, bound %.0f %%", name, f.what, f.value, f.bound)
		}
	}
}

func TestEvalPublicSample(t *testing.T) {
	if _, err := os.Stat(publicSample); err != nil {
		t.Skip("public sample absent:", err)
	}
	m := measure(New(Rules{}), readEval(t, publicSample))
	m.check(t, "public sample", issueTargets)
}

func TestEvalBlindSet(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/eval", "blind set"))
	m.check(t, "blind set", issueTargets)
}

// holdoutFloor is about five points below the figures of the files still
// held out (4,200 values: 95.6, 92.7, 9.5, 13.4, 87.4 in the evening of
// 1 December 2026, after the two files written that evening joined; each
// file's history is in testdata/holdout/README.md): a regression guard,
// not a target.
var holdoutFloor = bounds{riskyBlocked: 90, sensitiveCat4: 87, okBlocked: 15, okFlagged: 18, grayFlagged: 83}

// TestEvalHoldout measures the held-out set of testdata/holdout: values
// written by someone who read neither the rules nor the other sets. It
// logs the figures only, never the misses, so that reading a test run does
// not turn the set into one more set the rules were tuned on; and it fails
// only far below the targets, where a rule change broke something.
func TestEvalHoldout(t *testing.T) {
	dir := "testdata/holdout"
	if d := os.Getenv("TAMIS_HOLDOUT_DIR"); d != "" {
		dir = d // a set kept outside the repository while rules change
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil || len(paths) == 0 {
		t.Skip("no held-out set in", dir)
	}
	c := New(Rules{})
	var cases []evalCase
	for _, p := range paths {
		one := readEval(t, p)
		cases = append(cases, one...)
		if len(paths) > 1 {
			m := measure(c, one)
			m.misses = nil
			m.check(t, filepath.Base(p), bounds{okBlocked: 100, okFlagged: 100})
		}
	}
	m := measure(c, cases)
	m.misses = nil
	m.check(t, "held-out set", holdoutFloor)
	checkEnglish(t, "held-out set", c, cases)
}

// TestEvalRedTeam measures testdata/redteam: personal and sensitive
// values written to look like public text (a member named like a singer,
// an officer quoted in office with a private detail, a person inside a
// programme, a survey that reveals one family), by a writer who read no
// rule, to tell whether letting public text pass let persons through. It
// logs figures only, like the held-out set, and is never read.
func TestEvalRedTeam(t *testing.T) {
	c := New(Rules{})
	cases := readEvalDir(t, "testdata/redteam", "red-team set")
	m := measure(c, cases)
	m.misses = nil
	m.check(t, "red-team set", redTeamFloor)
}

// redTeamFloor is about three points below the red-team set's figures on
// 1 December 2026 (160 values: 96.2 % blocked, 95.1 % of the sensitive
// ones as category 4, the same before and after that day's work on
// public text): a regression guard.
var redTeamFloor = bounds{riskyBlocked: 93, sensitiveCat4: 92, okBlocked: 100, okFlagged: 100}

// TestEvalDevSet measures the development set of testdata/dev: values
// written blind of the rules by another writer, read (misses included) to
// find the kinds of text the rules miss. It fails only far below the
// targets, like the held-out set: it guides work, it does not gate it.
func TestEvalDevSet(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/dev", "development set"))
	m.check(t, "development set", devFloor)
}

// devFloor is about five points below the development set's figures when
// the rules of issue 7 landed (66.2 / 69.1 / 10.7 / 13.9 / 57.7 on
// arrival, 99.5 / 99.1 / 0.8 / 2.5 / 100 after): a regression guard. The
// set was read, misses included, while writing those rules, so it
// measures regressions, not quality on unseen text.
var devFloor = bounds{riskyBlocked: 94, sensitiveCat4: 94, okBlocked: 6, okFlagged: 8, grayFlagged: 95}

// TestEvalDev2 measures the second development set of testdata/dev2:
// values written blind of the rules by the writer of the held-out set,
// read (misses included) to find kinds of text the rules miss. Like the
// first development set it guides work and guards against regressions.
func TestEvalDev2(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/dev2", "second development set"))
	m.check(t, "second development set", dev2Floor)
}

// dev2Floor is about five points below the second development set's
// figures after the rules for text without a keyword (84.1 / 80.5 / 4.3 /
// 6.5 / 74.5 on arrival, 100 / 100 / 0 / 0 / 100 after): a regression
// guard. The set was read, misses included, while writing those rules, so
// it measures regressions, not quality on unseen text.
var dev2Floor = bounds{riskyBlocked: 95, sensitiveCat4: 95, okBlocked: 5, okFlagged: 5, grayFlagged: 95}

// TestEvalDev3 measures the third development set of testdata/dev3:
// values written blind of the rules by a writer who read neither the
// rules nor the other sets, read (misses included) to find the kinds of
// text the rules miss on text nobody tuned on. Like the other
// development sets it guides work and guards against regressions.
func TestEvalDev3(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/dev3", "third development set"))
	m.check(t, "third development set", dev3Floor)
}

// dev3Floor is about five points below the third development set's
// figures after the rules written from its kinds (356 values: 88.8 /
// 82.2 / 6.7 / 11.5 / 78.1 on arrival on 30 November 2026, 97.9 / 97.0 /
// 1.0 / 4.8 / 96.9 after): a regression guard. The set was read, misses
// included, while writing those rules, so it measures regressions, not
// quality on unseen text.
var dev3Floor = bounds{riskyBlocked: 92, sensitiveCat4: 92, okBlocked: 7, okFlagged: 12, grayFlagged: 90}

// TestEvalDev4 measures the read half of the fourth development set
// (testdata/dev4: the odd-numbered values of 400 written on 1 December
// 2026 by a writer who read neither the rules nor the other sets). Its
// misses are read to find kinds of text the rules miss. The even half
// was never read: it is a held-out file (testdata/holdout), and told
// whether a rule written from this half generalised.
func TestEvalDev4(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/dev4", "fourth development set"))
	m.check(t, "fourth development set", dev4Floor)
}

// dev4Floor is about five points below the read half's figures after the
// rules written from it (200 values: 90.3 / 81.8 / 16.4 / 27.9 / 63.9 on
// arrival on 1 December 2026, 100 / 100 / 8.2 / 16.4 / 100 after; the
// unread half, now in testdata/holdout, 95.2 / 91.8 / 10.2 / 20.3 / 63.9
// then 98.1 / 100 / 10.2 / 20.3 / 66.7): a regression guard.
var dev4Floor = bounds{riskyBlocked: 95, sensitiveCat4: 95, okBlocked: 13, okFlagged: 21, grayFlagged: 95}

// TestEvalDev5 measures the read half of the fifth development set
// (testdata/dev5: the odd-numbered values of 400 written on 1 December
// 2026 by a writer who read neither the rules nor the other sets). Its
// misses are read to find kinds of text the rules miss. The even half
// was never read: it is a held-out file (testdata/holdout), and told
// whether a rule written from this half generalised.
func TestEvalDev5(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/dev5", "fifth development set"))
	m.check(t, "fifth development set", dev5Floor)
}

// dev5Floor is about five points below the read half's figures after the
// rules written from it (200 values: 89.2 / 85.2 / 9.8 / 11.8 / 68.4 on
// arrival on 1 December 2026, 100 / 100 / 3.9 / 5.9 / 78.9 after; the
// unread half, now in testdata/holdout, 94.8 / 84.0 / 4.3 / 7.2 / 61.8
// then 96.9 / 86.0 / 4.3 / 5.8 / 82.4): a regression guard.
var dev5Floor = bounds{riskyBlocked: 95, sensitiveCat4: 95, okBlocked: 9, okFlagged: 11, grayFlagged: 73}

// TestEvalDev6 measures the read half of the sixth development set
// (testdata/dev6: the odd-numbered values of 400 written on 1 December
// 2026 by a writer who read neither the rules nor the other sets). Its
// misses are read to find kinds of text the rules miss. The even half
// is kept unread outside the repository and tells whether a rule written
// from this half generalised.
func TestEvalDev6(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/dev6", "sixth development set"))
	m.check(t, "sixth development set", dev6Floor)
}

// dev6Floor is about five points below the read half's figures after the
// rules written from it (200 values: 91.8 / 81.5 / 8.6 / 12.9 / 90.6 on
// arrival on 1 December 2026, 98.0 / 98.1 / 1.4 / 2.9 / 90.6 after; the
// unread half, now in testdata/holdout, 92.7 / 84.0 / 16.0 / 24.0 / 95.0
// then 92.7 / 86.0 / 16.0 / 20.0 / 95.0): a regression guard.
var dev6Floor = bounds{riskyBlocked: 93, sensitiveCat4: 93, okBlocked: 6, okFlagged: 8, grayFlagged: 85}

// TestEvalDev7 measures the seventh development set (testdata/dev7: 1,200
// values written on 1 December 2026 by three writers who read neither the
// rules nor the other sets, each with its own emphasis: the social field
// typed in haste, public culture and board matters, English and long or
// single-field values). All of it is read: a rule is written only for a
// kind of miss seen in at least two of the three files, and whether it
// generalised is told by the unread sets in testdata/holdout and by a
// held-out set kept outside the repository.
func TestEvalDev7(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/dev7", "seventh development set"))
	m.check(t, "seventh development set", dev7Floor)
}

// dev7Floor is about three points below the figures after the rules
// written from the set (1,200 values: 93.1 / 87.2 / 13.9 / 21.9 / 81.9 on
// arrival, on main df7d416; 97.8 / 96.8 / 10.8 / 15.6 / 96.8 at noon on
// 1 December 2026; 99.5 / 98.7 / 7.8 / 12.2 / 96.8 that afternoon; the
// unread sets moved far less, see the README): a regression guard.
var dev7Floor = bounds{riskyBlocked: 96, sensitiveCat4: 95, okBlocked: 11, okFlagged: 15, grayFlagged: 93}

// TestEvalDev8 measures the five files that were held out until the
// afternoon of 1 December 2026 and then opened (testdata/dev8/README.md):
// five writers' text, read to find the kinds of miss they share.
func TestEvalDev8(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/dev8", "eighth development set"))
	m.check(t, "eighth development set", dev8Floor)
}

// dev8Floor is about three points below the figures after the rules
// written from the set's kinds of miss shared by three writers or more
// (1,741 values: 94.0 / 89.4 / 5.4 / 8.3 / 87.9 when opened, on main
// 49d619e; 97.2 / 97.5 / 2.9 / 5.2 / 87.9 that afternoon): a regression
// guard.
var dev8Floor = bounds{riskyBlocked: 94, sensitiveCat4: 94, okBlocked: 6, okFlagged: 8, grayFlagged: 85}

// redTeamFloors are the floors of the red-team sets written on 3 December
// 2026 by helpers that could run the binary but not read the rules. Every
// set was read (its README.md): regression guards, a little below their
// figures at the end of stop 33. Public values of the sets that hold none
// are unbounded (100).
var redTeamFloors = []struct {
	dir, what string
	floor     bounds
}{
	// private persons written like public text, to try the learned release
	// and the public-figure rules (97.3 % blocked, 88.9 % as category 4)
	{"testdata/release_redteam", "release red-team set", bounds{riskyBlocked: 92, sensitiveCat4: 86, okBlocked: 100, okFlagged: 100}},
	// real persons wrapped in public or made-up frames (96.7 / 89.9)
	{"testdata/frames_redteam", "frames red-team set", bounds{riskyBlocked: 94, sensitiveCat4: 87, okBlocked: 100, okFlagged: 100}},
	// identifiers and secrets written oddly (94.0 / 55.0 after letters typed
	// for digits, phones in threes, commas for dots, passwords without
	// keyword; 98.0 / 62.5 on the evening of 3 December after « chez » for
	// '@', a network's name then its key, a code keyed in at a building)
	{"testdata/identifiers_redteam", "identifiers red-team set", bounds{riskyBlocked: 96, sensitiveCat4: 58, okBlocked: 100, okFlagged: 100}},
	// facts about persons described without their name (94.0 / 73.9; 95.3 /
	// 86.5 on the evening of 3 December, after slang for prison, orientation
	// and faith)
	{"testdata/described_redteam", "described red-team set", bounds{riskyBlocked: 93, sensitiveCat4: 83, okBlocked: 100, okFlagged: 100}},
	// public text that looks risky (6.0 / 8.7 public blocked / flagged)
	{"testdata/public_redteam", "public red-team set", bounds{okBlocked: 8, okFlagged: 11}},
	// English as UK and US charities type it (96.4 / 75.8 / 9.9 / 16.9;
	// 95.9 / 89.5 / 9.9 / 16.9 on the evening of 3 December, after the
	// idioms of category 4: "on the sick", "on tag", "friend of Dorothy")
	{"testdata/english_redteam", "English red-team set", bounds{riskyBlocked: 95, sensitiveCat4: 86, okBlocked: 12, okFlagged: 19}},
	// one risky piece buried in a long text (98.7 / 86.4; 98.7 / 87.9 on the
	// evening of 3 December)
	{"testdata/long_texts_redteam", "long-texts red-team set", bounds{riskyBlocked: 97, sensitiveCat4: 85, okBlocked: 100, okFlagged: 100}},
	// category 4 told in everyday words (100.0 / 85.0 / 10.0 / 15.0 on
	// arrival; 100.0 / 96.7 / 10.0 / 15.0 at the end of stop 35)
	{"testdata/keyless_redteam", "keyless red-team set", bounds{riskyBlocked: 97, sensitiveCat4: 93, okBlocked: 15, okFlagged: 20}},
	// real public persons and private look-alikes (100.0 / 26.7 / 31.7 on
	// arrival; 100.0 / 23.3 / 28.3 at the end of stop 35)
	{"testdata/public_names_redteam", "public-names red-team set", bounds{riskyBlocked: 95, okBlocked: 27, okFlagged: 32}},
	// the same facts in other syntax: counted parts of a group, typos,
	// slang, first names that are words (93.4 / 85.9 on arrival, 98.0 /
	// 92.3 that afternoon, 4 December 2026)
	{"testdata/syntax_redteam", "syntax red-team set", bounds{riskyBlocked: 95, sensitiveCat4: 89, okBlocked: 100, okFlagged: 100}},
	// leaks around the relaxations of the evening of 4 December 2026 and
	// places or groups named by a sensitive theme (82.9 / 76.5 on arrival,
	// 92.3 / 87.8 at the end of that session); with the third file, notes
	// with no person word and possessives near an activity (stop 42: 89.5
	// / 86.3 at its start, 91.4 / 89.3 at its end); with the fourth and
	// fifth, everyday words and the relaxations of stop 43 (87.5 / 83.1 at
	// its start, 92.2 / 85.7 at its end; debts labelled sensitive
	// are personal by the method)
	{"testdata/leaks_redteam", "leaks red-team set", bounds{riskyBlocked: 91, sensitiveCat4: 85, okBlocked: 100, okFlagged: 100}},
}

// TestEvalRedTeamSets measures each red-team set against its floor.
func TestEvalRedTeamSets(t *testing.T) {
	c := New(Rules{})
	for _, rt := range redTeamFloors {
		t.Run(rt.what, func(t *testing.T) {
			measure(c, readEvalDir(t, rt.dir, rt.what)).check(t, rt.what, rt.floor)
		})
	}
}
