package method

import (
	"math/rand/v2"
	"testing"
	"time"

	"tamis/store"
)

var monday = time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC) // a Monday

// generated builds n random events over six weeks and counts by hand what
// the indicators must find.
func generated(n int) ([]store.Event, Indicators) {
	r := rand.New(rand.NewPCG(7, 7))
	actions := []string{store.ActionCopied, store.ActionPrinted, store.ActionRefused,
		store.ActionAnonymised, store.ActionConfirmDoubt, store.ActionCharterSigned,
		store.ActionIncident, store.ActionReferentInit, store.ActionSurvey}
	var ev []store.Event
	var want Indicators
	perTemplate := map[string]int{}
	for range n {
		e := store.Event{Time: monday.Add(time.Duration(r.IntN(41*24)) * time.Hour),
			TemplateID: []string{"PROMPT-001", "PROMPT-002", "PROMPT-003"}[r.IntN(3)],
			Verdict:    []string{"ok", "doubt", "blocked"}[r.IntN(3)],
			Action:     actions[r.IntN(len(actions))]}
		ev = append(ev, e)
		switch e.Action {
		case store.ActionCharterSigned:
			want.Signatures++
			continue
		case store.ActionIncident:
			want.Incidents++
			continue
		case store.ActionSurvey:
			want.Surveys++
			continue
		case store.ActionReferentInit:
			continue
		}
		switch e.Verdict {
		case "ok":
			want.VerdictOK++
		case "doubt":
			want.VerdictDoubt++
		default:
			want.VerdictBlocked++
		}
		switch {
		case e.Action == store.ActionRefused && e.Verdict == "blocked":
			want.IncidentsAvoided++
		case e.Action == store.ActionRefused:
			want.DoubtsCancelled++
		default:
			want.Uses++
			perTemplate[e.TemplateID]++
			if e.Action == store.ActionConfirmDoubt {
				want.DoubtsConfirmed++
			}
			if e.Action == store.ActionAnonymised {
				want.Anonymisations++
			}
		}
	}
	want.MinutesSaved = perTemplate["PROMPT-001"]*30 + (perTemplate["PROMPT-002"]+perTemplate["PROMPT-003"])*10
	return ev, want
}

func TestComputeOnGeneratedEvents(t *testing.T) {
	ev, want := generated(2000)
	got := Compute(Input{Events: ev, Minutes: Minutes{Default: 10, ByTemplate: map[string]int{"PROMPT-001": 30}}})
	for name, pair := range map[string][2]int{
		"uses": {got.Uses, want.Uses}, "ok": {got.VerdictOK, want.VerdictOK},
		"doubt": {got.VerdictDoubt, want.VerdictDoubt}, "blocked": {got.VerdictBlocked, want.VerdictBlocked},
		"avoided": {got.IncidentsAvoided, want.IncidentsAvoided}, "incidents": {got.Incidents, want.Incidents},
		"confirmed": {got.DoubtsConfirmed, want.DoubtsConfirmed}, "cancelled": {got.DoubtsCancelled, want.DoubtsCancelled},
		"anonymised": {got.Anonymisations, want.Anonymisations}, "signatures": {got.Signatures, want.Signatures},
		"surveys": {got.Surveys, want.Surveys}, "minutes": {got.MinutesSaved, want.MinutesSaved},
	} {
		if pair[0] != pair[1] {
			t.Errorf("%s = %d, want %d", name, pair[0], pair[1])
		}
	}
	sumT, sumW := 0, 0
	for _, c := range got.PerTemplate {
		sumT += c.Uses
	}
	for _, w := range got.PerWeek {
		sumW += w.Uses
		if w.Start.Weekday() != time.Monday {
			t.Errorf("week %s starts on %s", w.Label, w.Start.Weekday())
		}
	}
	if sumT != got.Uses || sumW != got.Uses || len(got.PerWeek) != 6 {
		t.Errorf("per template %d, per week %d over %d weeks, uses %d", sumT, sumW, len(got.PerWeek), got.Uses)
	}
	if got.PerWeek[0].Label != "2026-S45" {
		t.Errorf("first week %s", got.PerWeek[0].Label)
	}
}

func TestComputeWindowAndEmptyWeeks(t *testing.T) {
	ev := []store.Event{
		{Time: monday.AddDate(0, 0, -1), TemplateID: "PROMPT-001", Verdict: "ok", Action: store.ActionCopied},
		{Time: monday, TemplateID: "PROMPT-001", Verdict: "ok", Action: store.ActionCopied},
		{Time: monday.AddDate(0, 0, 15), TemplateID: "PROMPT-002", Verdict: "ok", Action: store.ActionCopied},
		{Time: monday.AddDate(0, 0, 30), TemplateID: "PROMPT-002", Verdict: "ok", Action: store.ActionCopied},
	}
	got := Compute(Input{Events: ev, From: monday, To: monday.AddDate(0, 0, 21)})
	if got.Uses != 2 || len(got.PerWeek) != 3 || got.PerWeek[1].Uses != 0 || got.PerWeek[2].Uses != 1 {
		t.Errorf("uses %d, weeks %+v", got.Uses, got.PerWeek)
	}
	if got.PerTemplate[0] != (Count{"PROMPT-001", 1}) || got.PerTemplate[1] != (Count{"PROMPT-002", 1}) {
		t.Errorf("per template %+v", got.PerTemplate)
	}
}

func TestComputeSafetyFigures(t *testing.T) {
	rounds := []Round{{Time: monday, Total: 10, Right: 9}, {Time: monday, Total: 10, Right: 9, Risky: 1}, {Time: monday, Total: 10, Right: 6}}
	got := Compute(Input{Rounds: rounds, SignedCurrent: 6, SignedOlder: 2, TeamSize: 8})
	if got.CharterPercent != 75 || got.TrainingRounds != 3 || got.TrainingPassed != 1 || got.TrainingPercent != 80 {
		t.Errorf("%+v", got)
	}
	if Compute(Input{SignedCurrent: 3}).CharterPercent != -1 {
		t.Error("without a team size the charter percentage is unknown")
	}
	if Compute(Input{SignedCurrent: 9, TeamSize: 8}).CharterPercent != 100 {
		t.Error("more signers than the team stays at 100 %")
	}
}

func TestWeekStart(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Skip("no time zone data")
	}
	sunday := time.Date(2026, 3, 29, 23, 30, 0, 0, paris) // the night summer time starts
	if got := WeekStart(sunday); got != time.Date(2026, 3, 23, 0, 0, 0, 0, paris) {
		t.Errorf("WeekStart = %v", got)
	}
}

// Events read back from the file and a --depuis date may be in different
// locations: they still fall in the same weeks.
func TestComputeWeeksAcrossLocations(t *testing.T) {
	east := time.FixedZone("UTC+2", 2*3600)
	ev := []store.Event{
		{Time: monday.In(east), TemplateID: "PROMPT-001", Verdict: "ok", Action: store.ActionCopied},
		{Time: monday.AddDate(0, 0, 8), TemplateID: "PROMPT-001", Verdict: "ok", Action: store.ActionCopied},
	}
	got := Compute(Input{Events: ev, From: time.Date(2026, 10, 26, 0, 0, 0, 0, east)})
	if len(got.PerWeek) != 3 || got.PerWeek[0].Uses != 0 || got.PerWeek[1].Uses != 1 || got.PerWeek[2].Uses != 1 {
		t.Errorf("weeks %+v", got.PerWeek)
	}
}
