package store

import (
	"errors"
	"testing"
	"time"
)

func TestEventsArePrunedAfterTheRetention(t *testing.T) {
	s := newStore(t, nil)
	old := day.AddDate(-3, 0, 0)
	for i := range 5 {
		if err := s.RecordEvent(Event{Time: old.AddDate(0, i*6, 0), TemplateID: "PROMPT-001", Verdict: "ok", Action: ActionCopied}); err != nil {
			t.Fatal(err)
		}
	}
	// 3 years, 2.5, 2, 1.5 and 1 year old: a new event keeps the last
	// three (24 months to the day is still kept).
	if err := s.RecordEvent(Event{Time: day, TemplateID: "PROMPT-002", Verdict: "ok", Action: ActionCopied}); err != nil {
		t.Fatal(err)
	}
	if ev, _ := s.Events(); len(ev) != 4 || !ev[0].Time.Equal(old.AddDate(0, 12, 0)) {
		t.Fatalf("after recording, %d events: %+v", len(ev), ev)
	}
	n, err := s.SetRetentionMonths(13, day)
	if err != nil || n != 2 {
		t.Fatalf("SetRetentionMonths pruned %d, %v", n, err)
	}
	if m, _ := s.RetentionMonths(); m != 13 {
		t.Errorf("retention %d", m)
	}
	if n, _ := s.PruneEvents(day.AddDate(0, 12, 1)); n != 1 {
		t.Errorf("PruneEvents pruned %d, want the 1-year-old event", n)
	}
	for _, bad := range []int{0, -1, 121} {
		if _, err := s.SetRetentionMonths(bad, day); !errors.Is(err, ErrBadRetention) {
			t.Errorf("retention %d: %v", bad, err)
		}
	}
}

func TestRetentionDefault(t *testing.T) {
	s := newStore(t, nil)
	if m, _ := s.RetentionMonths(); m != DefaultRetentionMonths {
		t.Errorf("default retention %d", m)
	}
	if n, _ := s.PruneEvents(time.Now()); n != 0 {
		t.Errorf("pruned %d on an empty base", n)
	}
}
