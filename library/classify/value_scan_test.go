package classify

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tamis/library/classify/direct"
)

// sensitiveInSentence reads only the findings kept since its sentence
// began (sentFirst): none kept before lies inside the sentence. Checked
// sentence by sentence on long values — the read sets' texts joined, the
// prose of the direct scanner's tests — with a denylist, whose findings
// come before the direct ones a sentence passes.
func TestNoEarlierFindingInsideTheSentence(t *testing.T) {
	var texts []string
	paths, _ := filepath.Glob("testdata/dev*/*.jsonl")
	for _, p := range paths {
		var b strings.Builder
		for _, c := range readEval(t, p) {
			b.WriteString(c.Text)
			b.WriteString(" ")
		}
		texts = append(texts, b.String())
	}
	if prose, err := os.ReadFile("direct/testdata/direct_prose_fr.txt"); err == nil {
		texts = append(texts, string(prose))
	}
	c := New(Rules{Deny: []string{"subvention", "Martin", "projet"}})
	checked := 0
	for _, text := range texts {
		p := prepare(text)
		a := new(analysis)
		a.reset(c, p.text, direct.Find(p.text))
		for a.sc.Next(&a.s) {
			a.sentence()
			for _, f := range a.findings[:a.sentFirst] {
				if f.Start >= a.s.Start && f.End <= a.s.End {
					t.Fatalf("%s at %d–%d was kept before its sentence %d–%d began", f.Rule, f.Start, f.End, a.s.Start, a.s.End)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no finding came before a sentence: the test reads nothing")
	}
}
