package method

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"time"

	"tamis/store"
)

// Round is one training round as the store keeps it: counts only.
type Round struct {
	Time                time.Time
	Total, Right, Risky int
}

// Minutes is the référent's estimate of the time a use of a template saves:
// ByTemplate where set, Default otherwise.
type Minutes struct {
	Default    int
	ByTemplate map[string]int
}

// For is the estimate for one template.
func (m Minutes) For(id string) int {
	if n, ok := m.ByTemplate[id]; ok {
		return n
	}
	return m.Default
}

// Input is what the indicators are computed from: events (which hold no
// typed value), the rounds' counts, the register's counts and the
// référent's settings. From and To bound the window (zero: unbounded;
// To is exclusive).
type Input struct {
	Events        []store.Event
	Rounds        []Round
	SignedCurrent int // signatures of the charter's current version
	SignedOlder   int // signatures of an older version only
	TeamSize      int // set by the référent; 0 when unknown
	Minutes       Minutes
	From, To      time.Time
}

// Count is a number of uses of one template.
type Count struct {
	TemplateID string `json:"template_id"`
	Uses       int    `json:"uses"`
}

// Week is the uses of one ISO week, Monday first.
type Week struct {
	Start time.Time `json:"start"`
	Label string    `json:"label"` // "2026-S48"
	Uses  int       `json:"uses"`
}

// Indicators are the figures a référent reviews each quarter.
type Indicators struct {
	From             time.Time `json:"from,omitzero"`
	To               time.Time `json:"to,omitzero"`
	Uses             int       `json:"uses"` // uses that ended in a copy or a print
	PerTemplate      []Count   `json:"per_template"`
	PerWeek          []Week    `json:"per_week"`
	VerdictOK        int       `json:"verdict_ok"`
	VerdictDoubt     int       `json:"verdict_doubt"`
	VerdictBlocked   int       `json:"verdict_blocked"`
	IncidentsAvoided int       `json:"incidents_avoided"` // blocked copies
	Incidents        int       `json:"incidents"`         // recorded by the référent; goal 0
	DoubtsConfirmed  int       `json:"doubts_confirmed"`
	DoubtsCancelled  int       `json:"doubts_cancelled"`
	Anonymisations   int       `json:"anonymisations"`
	Signatures       int       `json:"signatures"` // signed in the window
	SignedCurrent    int       `json:"signed_current"`
	SignedOlder      int       `json:"signed_older"`
	TeamSize         int       `json:"team_size"`
	CharterPercent   int       `json:"charter_percent"` // -1 when the team size is unknown; goal 100
	TrainingRounds   int       `json:"training_rounds"`
	TrainingPassed   int       `json:"training_passed"`
	TrainingPercent  int       `json:"training_percent"` // right answers over all rounds
	Surveys          int       `json:"surveys"`
	MinutesSaved     int       `json:"minutes_saved"`
}

// Compute derives the indicators from in. It reads events only through
// their action, verdict, template id and time.
func Compute(in Input) Indicators {
	ind := Indicators{From: in.From, To: in.To, SignedCurrent: in.SignedCurrent,
		SignedOlder: in.SignedOlder, TeamSize: in.TeamSize, CharterPercent: -1}
	if in.TeamSize > 0 {
		ind.CharterPercent = min(100, in.SignedCurrent*100/in.TeamSize)
	}
	perTemplate, perWeek := map[string]int{}, map[time.Time]int{}
	for _, e := range in.Events {
		if !inWindow(e.Time, in.From, in.To) {
			continue
		}
		if !e.Use() {
			ind.countMethod(e)
			continue
		}
		ind.countVerdict(e.Verdict)
		if ind.countAction(e) {
			ind.Uses++
			perTemplate[e.TemplateID]++
			perWeek[weekKey(e.Time)]++
			ind.MinutesSaved += in.Minutes.For(e.TemplateID)
		}
	}
	ind.PerTemplate = sortedCounts(perTemplate)
	ind.PerWeek = weeks(perWeek, in.From)
	ind.countRounds(in.Rounds, in.From, in.To)
	return ind
}

func inWindow(t, from, to time.Time) bool {
	return (from.IsZero() || !t.Before(from)) && (to.IsZero() || t.Before(to))
}

func (ind *Indicators) countMethod(e store.Event) {
	switch e.Action {
	case store.ActionCharterSigned:
		ind.Signatures++
	case store.ActionIncident:
		ind.Incidents++
	case store.ActionSurvey:
		ind.Surveys++
	}
}

func (ind *Indicators) countVerdict(v string) {
	switch v {
	case "ok":
		ind.VerdictOK++
	case "doubt":
		ind.VerdictDoubt++
	case "blocked":
		ind.VerdictBlocked++
	}
}

// countAction counts what the volunteer did; true when the prompt left
// tamis (copied, printed, anonymised, or a doubt confirmed).
func (ind *Indicators) countAction(e store.Event) bool {
	switch e.Action {
	case store.ActionRefused:
		if e.Verdict == "blocked" {
			ind.IncidentsAvoided++
		} else {
			ind.DoubtsCancelled++
		}
		return false
	case store.ActionConfirmDoubt:
		ind.DoubtsConfirmed++
	case store.ActionAnonymised:
		ind.Anonymisations++
	case store.ActionCopied, store.ActionPrinted:
	default:
		return false
	}
	return true
}

func (ind *Indicators) countRounds(rounds []Round, from, to time.Time) {
	var right, total int
	for _, r := range rounds {
		if !inWindow(r.Time, from, to) {
			continue
		}
		ind.TrainingRounds++
		if (Score{Total: r.Total, Right: r.Right, Risky: r.Risky}).Passed() {
			ind.TrainingPassed++
		}
		right += r.Right
		total += r.Total
	}
	if total > 0 {
		ind.TrainingPercent = right * 100 / total
	}
}

func sortedCounts(m map[string]int) []Count {
	out := make([]Count, 0, len(m))
	for id, n := range m {
		out = append(out, Count{id, n})
	}
	slices.SortFunc(out, func(a, b Count) int {
		return cmp.Or(b.Uses-a.Uses, cmp.Compare(a.TemplateID, b.TemplateID))
	})
	return out
}

// WeekStart is the Monday 00:00 of t's week, in t's location.
func WeekStart(t time.Time) time.Time {
	y, m, d := t.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, t.Location())
	back := (int(day.Weekday()) + 6) % 7 // days since Monday
	return day.AddDate(0, 0, -back)
}

// weekKey is the Monday of t's week (in t's own location) as a UTC
// midnight: times read back from the file and a --depuis date in local
// time then fall on the same key, and weeks are counted in whole days.
func weekKey(t time.Time) time.Time {
	y, m, d := WeekStart(t).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// weeks lists every week from the first with a use (or from) to the last
// with a use, empty ones included, so that a chart shows the gaps.
func weeks(counts map[time.Time]int, from time.Time) []Week {
	if len(counts) == 0 {
		return nil
	}
	keys := slices.SortedFunc(maps.Keys(counts), func(a, b time.Time) int { return a.Compare(b) })
	first, last := keys[0], keys[len(keys)-1]
	if !from.IsZero() && weekKey(from).Before(first) {
		first = weekKey(from)
	}
	var out []Week
	for w := first; !w.After(last); w = w.AddDate(0, 0, 7) {
		y, n := w.ISOWeek()
		out = append(out, Week{Start: w, Label: weekLabel(y, n), Uses: counts[w]})
	}
	return out
}

func weekLabel(y, n int) string {
	return fmt.Sprintf("%d-S%02d", y, n)
}
