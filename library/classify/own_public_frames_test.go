package classify

import (
	"path/filepath"
	"testing"
)

// TestEvalOwnPublicFrames measures a set written by hand for issue 7 §4
// (testdata/own/public-frames.jsonl), by kind and before reading how the
// read sets phrase them: works and their characters (a reading club, a
// troupe's programme, a summary, a film night), teaching material with
// invented persons (an exercise, a role play, a « mise en situation »),
// public persons named in public texts (quotes, tributes, speakers,
// results), and public texts holding a health, faith, opinion or crime
// word about nobody (campaigns, helplines, appeals to the reader) — each
// kind with risky look-alikes that must stay blocked (an outing of
// members to the show, a real case told as an exercise, a member's fact
// beside a public name). Before the frames written from it: 44.5 % of
// its public values blocked, 51.8 % flagged; after: 16.8 % and 20.4 %,
// every risky value still blocked.
func TestEvalOwnPublicFrames(t *testing.T) {
	cases := readEval(t, filepath.Join("testdata/own", "public-frames.jsonl"))
	m := measure(New(Rules{}), cases)
	m.check(t, "own public frames set", ownFramesFloor)
}

// ownFramesFloor guards the figures above: no risky value passes. Public
// blocked went from 18 to 18.2 % when a heading that is also on the list
// of words to the learner stopped telling teaching material on its own
// (« Dictée du jour : Le petit Nicolas est malade… », see
// TestTeachingMaterialPasses).
// Public flagged went from 22 to 22.6 % when the members' doings under a
// work's heading (« on lit », « les enfants adorent ») kept a person as a
// doubt. The learned check (learned.go) blocks one more public value:
// 18.2 → 19.0 %.
var ownFramesFloor = bounds{riskyBlocked: 100, sensitiveCat4: 95, okBlocked: 19.0, okFlagged: 22.7, grayFlagged: 0}
