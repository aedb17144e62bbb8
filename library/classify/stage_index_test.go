package classify

import (
	"testing"

	"tamis/library/classify/text"
)

// The index of stage_index.go must call exactly the stages that
// stage.wanted calls, on every sentence the package knows, in French and
// in English, with and without digits.
func TestStageIndexCallsTheStagesWantedCalls(t *testing.T) {
	texts, _ := dispatchCorpus(t)
	step := 1
	if raceEnabled {
		step = 2 // ten times slower: every other text, still some 5,000 sentences
	}
	c := New(Rules{})
	a := new(analysis)
	sentences := 0
	for i := 0; i < len(texts); i += step {
		a.reset(c, prepare(texts[i]).text, nil)
		for a.sc.Next(&a.s) {
			a.consumed = make([]bool, len(a.s.Toks))
			a.tagSentence()
			sentences++
			got := stages.wanted(a)
			for k := range sentenceStages {
				st := &sentenceStages[k]
				if in := got[k>>6]&(1<<(k&63)) != 0; in != st.wanted(a) {
					t.Fatalf("%q: stage %q in the index's set %v, stage.wanted says %v", texts[i], st.name, in, !in)
				}
			}
		}
	}
	if sentences < 3000 {
		t.Fatalf("only %d sentences", sentences)
	}
}

// Each kind of trigger, alone: a class, a dictionary, digits, always,
// and a stage with digits and no other trigger.
func TestStageIndexFollowsEachKindOfTrigger(t *testing.T) {
	cls := classesOf(cKin)
	list := []stage{
		{name: "always", always: true},
		{name: "class", needs: cls},
		{name: "dict", dicts: dictsOf(dGray)},
		{name: "digits-bare", digits: true, bare: true}, // bare as init sets it for sentenceStages
		{name: "digits-class", digits: true, needs: cls},
	}
	ix := indexStages(list)
	for _, tc := range []struct {
		cls    text.ClassSet
		dicts  uint32
		digits bool
		want   []string
	}{
		{want: []string{"always"}},
		{digits: true, want: []string{"always", "digits-bare"}},
		{cls: cls, want: []string{"always", "class"}},
		{cls: cls, digits: true, want: []string{"always", "class", "digits-bare", "digits-class"}},
		{dicts: dictsOf(dGray), want: []string{"always", "dict"}},
		{cls: classesOf(cFirst), dicts: dictsOf(dSpecial), want: []string{"always"}},
	} {
		a := &analysis{sentCls: tc.cls, dictHits: tc.dicts, digits: tc.digits}
		set := ix.wanted(a)
		var got []string
		for k := range list {
			if set[k>>6]&(1<<(k&63)) != 0 {
				got = append(got, list[k].name)
			}
			if in := set[k>>6]&(1<<(k&63)) != 0; in != list[k].wanted(a) {
				t.Errorf("%+v: stage %q: index %v, wanted %v", tc, list[k].name, in, !in)
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%+v: stages %v, want %v", tc, got, tc.want)
		}
	}
}
