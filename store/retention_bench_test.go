package store

import (
	"testing"
	"time"
)

// BenchmarkRecordEventWithPruning: recording an event also looks at the
// oldest one, to prune what the retention no longer keeps; on a file of
// 300 events this measures a whole RecordEvent, look included.
func BenchmarkRecordEventWithPruning(b *testing.B) {
	s := newStore(b, nil)
	now := time.Now()
	for i := range 300 {
		if err := s.RecordEvent(Event{Time: now.Add(-time.Duration(300-i) * time.Hour), TemplateID: "PROMPT-001", Verdict: "ok", Action: ActionCopied}); err != nil && i == 0 {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		if err := s.RecordEvent(Event{TemplateID: "PROMPT-001", Verdict: "ok", Action: ActionCopied}); err != nil {
			b.Fatal(err)
		}
	}
}
