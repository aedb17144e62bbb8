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

// ownFramesFloor guards the figures above: no risky value passes.
var ownFramesFloor = bounds{riskyBlocked: 100, sensitiveCat4: 95, okBlocked: 18, okFlagged: 22, grayFlagged: 0}
