package method

import (
	"slices"
	"testing"
)

func TestTreePaths(t *testing.T) {
	tr := DecisionTree()
	cases := []struct {
		name    string
		replies []Reply
		path    []string
		end     Answer
	}{
		{"published", []Reply{Yes}, []string{StepPublished, EndPublished}, Published},
		{"named and healthy", []Reply{No, Yes, No}, []string{StepPublished, StepDirect, StepSpecialPerson, EndPersonal}, Personal},
		{"named and ill", []Reply{No, Yes, Yes}, []string{StepPublished, StepDirect, StepSpecialPerson, EndSensitive}, Sensitive},
		{"by combination", []Reply{No, No, Yes, No}, []string{StepPublished, StepDirect, StepIndirect, StepSpecialPerson, EndPersonal}, Personal},
		{"merger", []Reply{No, No, No, Yes}, []string{StepPublished, StepDirect, StepIndirect, StepSpecial, EndSensitive}, Sensitive},
		{"door passes", []Reply{No, No, No, No, No}, []string{StepPublished, StepDirect, StepIndirect, StepSpecial, StepDoor, EndPublic}, Public},
		{"door fails", []Reply{No, No, No, No, Yes}, []string{StepPublished, StepDirect, StepIndirect, StepSpecial, StepDoor, EndDoubt}, Doubt},
		{"unsure at once", []Reply{DontKnow}, []string{StepPublished, EndDoubt}, Doubt},
		{"unsure later", []Reply{No, No, DontKnow}, []string{StepPublished, StepDirect, StepIndirect, EndDoubt}, Doubt},
	}
	for _, c := range cases {
		path, end, ok := tr.Walk(c.replies...)
		if !ok || end.Answer != c.end || !slices.Equal(path, c.path) {
			t.Errorf("%s: path %v end %v ok %v, want %v %v", c.name, path, end.Answer, ok, c.path, c.end)
		}
	}
	if _, _, ok := tr.Walk(No, No); ok {
		t.Error("two replies cannot reach an end")
	}
}

// Every step leads somewhere that exists, every end is reachable, each
// explains itself and names what to do.
func TestTreeIsComplete(t *testing.T) {
	tr := DecisionTree()
	reached := map[string]bool{tr.Start: true}
	for id, s := range tr.Steps {
		if s.Question == "" || s.Explain == "" || len(s.Examples) == 0 {
			t.Errorf("step %s does not explain itself", id)
		}
		for _, next := range []string{s.Yes, s.No, tr.Next(id, DontKnow)} {
			_, isStep := tr.Steps[next]
			_, isEnd := tr.Ends[next]
			if !isStep && !isEnd {
				t.Errorf("step %s leads to unknown %q", id, next)
			}
			reached[next] = true
		}
	}
	for id, e := range tr.Ends {
		if !reached[id] {
			t.Errorf("end %s unreachable", id)
		}
		if e.Title == "" || len(e.Do) == 0 || e.Shareable != e.Answer.Shareable() {
			t.Errorf("end %s: %+v", id, e)
		}
	}
}
