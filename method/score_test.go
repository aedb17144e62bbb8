package method

import (
	"math/rand/v2"
	"testing"
)

func TestJudge(t *testing.T) {
	cases := []struct {
		expected, given Answer
		want            Outcome
	}{
		{Public, Public, Right},
		{Doubt, Doubt, Right},
		{Doubt, Sensitive, Right}, // precaution is the rule of the gray zone
		{Doubt, Personal, Safe},
		{Doubt, Public, Risky},
		{Personal, Sensitive, Safe},
		{Sensitive, Personal, Safe},
		{Personal, Published, Risky},
		{Sensitive, Public, Risky},
		{Public, Published, Safe},
		{Published, Sensitive, Safe},
	}
	for _, c := range cases {
		if got := Judge(c.expected, c.given); got != c.want {
			t.Errorf("Judge(%v, %v) = %v, want %v", c.expected, c.given, got, c.want)
		}
	}
}

func TestScoreAnswers(t *testing.T) {
	st := []Statement{{Answer: Public}, {Answer: Personal}, {Answer: Doubt}, {Answer: Sensitive}}
	s := ScoreAnswers(st, []Answer{Public, Public, Sensitive, Personal})
	if s != (Score{Total: 4, Right: 2, Risky: 1}) {
		t.Errorf("score %+v", s)
	}
	if s.Percent() != 50 || s.Passed() {
		t.Errorf("percent %d, passed %v", s.Percent(), s.Passed())
	}
	if (Score{Total: 10, Right: 8}).Passed() != true || (Score{Total: 10, Right: 9, Risky: 1}).Passed() {
		t.Error("8/10 without a risky mistake passes; a risky mistake fails")
	}
	if (Score{}).Percent() != 0 || (Score{}).Passed() {
		t.Error("an empty round neither scores nor passes")
	}
}

func TestDrawIsDistinctAndBounded(t *testing.T) {
	all := DefaultStatements()
	r := rand.New(rand.NewPCG(1, 2))
	round := Draw(all, RoundSize, r)
	if len(round) != RoundSize {
		t.Fatalf("%d statements drawn", len(round))
	}
	ids := map[string]bool{}
	for _, s := range round {
		if ids[s.ID] {
			t.Errorf("%s drawn twice", s.ID)
		}
		ids[s.ID] = true
	}
	if n := len(Draw(all[:3], RoundSize, r)); n != 3 {
		t.Errorf("drew %d out of 3", n)
	}
	other := Draw(all, RoundSize, rand.New(rand.NewPCG(3, 4)))
	if other[0].ID == round[0].ID && other[1].ID == round[1].ID {
		t.Error("two seeds drew the same round")
	}
}
