package classify

import (
	"reflect"
	"testing"
)

// ClassifyBatch runs the stages of many values in turn, not value by
// value: each value must get what Classify gives it, on every text the
// package knows, values of one and of several sentences mixed, with and
// without the association's lists and profile.
func TestClassifyBatchGivesClassifyResults(t *testing.T) {
	texts, _ := dispatchCorpus(t)
	if raceEnabled {
		texts = texts[:len(texts)/4]
	}
	var values []string
	for i, s := range texts {
		values = append(values, s)
		if i%5 == 0 && i+1 < len(texts) {
			values = append(values, s+" "+texts[i+1]) // two sentences: one value ends before the other
		}
	}
	for _, r := range []Rules{{}, {
		Allow:   []string{"Les Jardins Partagés", "Jean Martin"},
		Deny:    []string{"projet Phénix", "Nadia"},
		Profile: []string{values[3], values[40]},
	}} {
		c := New(r)
		got := c.ClassifyBatch(values)
		if len(got) != len(values) {
			t.Fatalf("%d results for %d values", len(got), len(values))
		}
		for i, v := range values {
			if want := c.Classify(v); !reflect.DeepEqual(got[i], want) {
				t.Fatalf("%q:\nbatch    %+v\nClassify %+v", v, got[i], want)
			}
		}
	}
	if got := New(Rules{}).ClassifyBatch(nil); len(got) != 0 {
		t.Errorf("no value: %d results", len(got))
	}
}
