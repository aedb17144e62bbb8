package classify

import (
	"testing"

	"tamis/library/classify/text"
)

// A guard skips a part of a stage on a sentence, or a token, without the
// classes it names; under the dispatch test (everyStage) it never skips,
// so that the test compares the guarded code with the whole of it. The
// texts of that test include every string of the package's tests: a rule
// added with its test sentence behind a guard that forgets its word
// fails TestDispatchChangesNoOutput.
func TestGuardsSkipOnlyOutsideTheDispatchTest(t *testing.T) {
	need := classesOf(cVenue)
	for _, every := range []bool{false, true} {
		c := New(Rules{})
		c.everyStage = every
		a := new(analysis)
		a.reset(c, "Bonjour à tous", nil)
		if !a.sc.Next(&a.s) {
			t.Fatal("no sentence")
		}
		a.consumed = make([]bool, len(a.s.Toks))
		a.tagSentence()
		if a.sentCls.Has(cVenue) {
			t.Fatal("the sentence holds a venue word: pick another class")
		}
		if got := a.lacks(need); got == every {
			t.Errorf("everyStage %v: lacks = %v", every, got)
		}
		if got := a.lacksShape(text.Upper | text.Digit); got == every { // no word in capitals, no number
			t.Errorf("everyStage %v: lacksShape = %v", every, got)
		}
		if a.lacksShape(text.Cap) {
			t.Errorf("« Bonjour » has a capital: lacksShape(text.Cap) must be false")
		}
		if got := a.passes(&a.s.Toks[0], need); got == every {
			t.Errorf("everyStage %v: passes = %v", every, got)
		}
		if a.passes(&a.s.Toks[0], a.s.Toks[0].Cls) && a.s.Toks[0].Cls != (text.ClassSet{}) {
			t.Errorf("a token passes a guard naming its own classes")
		}
		a.reset(nil, "", nil)
	}
}
