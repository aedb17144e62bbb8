package store

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

func TestTrainingRoundsAreCounts(t *testing.T) {
	s := newStore(t, nil)
	if err := s.RecordRound(TrainingRound{Time: day, Total: 10, Right: 8, Risky: 1}); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []TrainingRound{{Total: 0}, {Total: 10, Right: 11}, {Total: 10, Right: 5, Risky: 6}, {Total: 10, Risky: -1}} {
		if err := s.RecordRound(bad); !errors.Is(err, ErrBadRound) {
			t.Errorf("%+v: %v", bad, err)
		}
	}
	rounds, _ := s.TrainingRounds()
	if len(rounds) != 1 || rounds[0].Right != 8 {
		t.Errorf("rounds %+v", rounds)
	}
	ev, _ := s.Events()
	if len(ev) != 1 || ev[0].Action != ActionTrainingRound {
		t.Errorf("events %+v", ev)
	}
}

func TestSurveyKeepsChoicesOnlyAndNoDate(t *testing.T) {
	s := newStore(t, nil)
	a := SurveyAnswer{Frequency: "hebdomadaire", Tasks: []string{"courriels", "planning"}, MinutesWeek: 45,
		Satisfaction: 8, Difficulties: []string{"doutes"}, Needs: []string{"classification"}}
	if err := s.AddSurvey(a, day); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []SurveyAnswer{
		{Frequency: "souvent", Satisfaction: 5},
		{Frequency: "mensuel", Satisfaction: 11},
		{Frequency: "mensuel", Satisfaction: 5, Needs: []string{"Mme Dupont m'a aidée"}},
	} {
		if err := s.AddSurvey(bad, day); !errors.Is(err, ErrSurvey) {
			t.Errorf("%+v: %v", bad, err)
		}
	}
	got, _ := s.Surveys()
	if len(got) != 1 || got[0].Quarter != "2026-T4" || got[0].Satisfaction != 8 {
		t.Errorf("surveys %+v", got)
	}
	if raw, _ := os.ReadFile(s.Path()); strings.Contains(string(raw), "Dupont") {
		t.Error("the file keeps a refused answer")
	}
}

func TestMinutesAndTeamSize(t *testing.T) {
	s := newStore(t, nil)
	if m, _ := s.Minutes(); m.Default != DefaultMinutes || len(m.ByTemplate) != 0 {
		t.Errorf("default minutes %+v", m)
	}
	must(t, s.SetMinutes("", 12))
	must(t, s.SetMinutes("PROMPT-001", 30))
	must(t, s.SetMinutes("PROMPT-002", 5))
	must(t, s.SetMinutes("PROMPT-002", -1))
	if m, _ := s.Minutes(); m.Default != 12 || len(m.ByTemplate) != 1 || m.ByTemplate["PROMPT-001"] != 30 {
		t.Errorf("minutes %+v", m)
	}
	if err := s.SetMinutes("", 481); !errors.Is(err, ErrBadMinutes) {
		t.Errorf("481 minutes: %v", err)
	}
	must(t, s.SetTeamSize(14))
	if n, _ := s.TeamSize(); n != 14 {
		t.Errorf("team size %d", n)
	}
	if err := s.SetTeamSize(-2); !errors.Is(err, ErrBadTeamSize) {
		t.Errorf("team -2: %v", err)
	}
	must(t, s.RecordIncident(day))
	if ev, _ := s.Events(); len(ev) != 1 || ev[0].Action != ActionIncident || ev[0].Use() {
		t.Errorf("incident events %+v", ev)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestRemindSurveyOncePerQuarter(t *testing.T) {
	s := newStore(t, nil)
	for i, c := range []struct {
		when time.Time
		want bool
	}{{day, true}, {day.AddDate(0, 0, 10), false}, {day.AddDate(0, 1, 5), true}, {day.AddDate(0, 1, 6), false}} {
		if got, err := s.RemindSurvey(c.when); err != nil || got != c.want {
			t.Errorf("%d: RemindSurvey(%s) = %v, %v", i, c.when.Format("2006-01-02"), got, err)
		}
	}
}
