package classify

import "testing"

// A stage that needs a word class runs only on a sentence holding one.
func TestAStageSkipsASentenceWithoutTheClassesItNeeds(t *testing.T) {
	var unnamed *stage
	for k := range sentenceStages {
		if sentenceStages[k].name == "unnamed-strategy" {
			unnamed = &sentenceStages[k]
		}
	}
	if unnamed == nil {
		t.Fatal("no unnamed-strategy stage")
	}
	c := New(Rules{})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Atelier compost samedi au jardin", false},
		{"On propose 900, on vise 1 100, plancher 800", true},
	} {
		a := new(analysis)
		a.reset(c, tc.text, nil)
		if !a.sc.Next(&a.s) {
			t.Fatal("no sentence")
		}
		a.tagSentence()
		if got := unnamed.wanted(a); got != tc.want {
			t.Errorf("%q: stage wanted = %v, want %v", tc.text, got, tc.want)
		}
	}
}
