package store

import (
	"slices"
	"testing"
	"time"
)

func TestNewEvent(t *testing.T) {
	e := NewEvent("PROMPT-001", "blocked", []string{"email", "name", "email"}, ActionRefused)
	if e.TemplateID != "PROMPT-001" || e.Verdict != "blocked" || e.Action != ActionRefused ||
		!slices.Equal(e.Rules, []string{"email", "name"}) || e.Time.Location() != time.UTC || time.Since(e.Time) > time.Minute {
		t.Fatalf("%+v", e)
	}
}
