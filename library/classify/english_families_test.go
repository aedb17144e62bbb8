package classify

import (
	"path/filepath"
	"testing"
)

// testdata/english/families10.jsonl holds English sentences written for
// issue 7, section 4 ("English texts at the same level as French ones")
// before reading how the labelled sets phrase them, family by family:
// announcements, public roles, works and characters, history, statistics,
// published sources, health, faith and justice as topics and as facts,
// indirect descriptions, addresses, credentials, confidential matters and
// the gray zone, with look-alikes of the other label; UK and US wording,
// SMS style, and the English halves of French–English twins. The floors
// are the figures this session reached (the targets are logged):
// what they guard is that no later change opens a risky value or blocks
// more public English text.
func TestEvalEnglishFamilies(t *testing.T) {
	m := measure(New(Rules{}), readEval(t, filepath.Join("testdata/english", "families10.jsonl")))
	m.check(t, "English families", englishFamiliesFloor)
}

// englishFamiliesFloor: 106/112 risky blocked, 68/76 sensitive as
// category 4, 33/202 public blocked, 44/202 public flagged, 17/19 gray.
var englishFamiliesFloor = bounds{riskyBlocked: 94.6, sensitiveCat4: 89.4, okBlocked: 16.4, okFlagged: 21.8, grayFlagged: 89.4}
