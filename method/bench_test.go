package method

import (
	"testing"
	"time"

	"tamis/store"
)

// BenchmarkCompute100k: two years of a busy laptop (about 140 events a
// day), what `tamis indicateurs` and the indicators screen compute.
func BenchmarkCompute100k(b *testing.B) {
	ev := make([]store.Event, 100_000)
	start := time.Date(2025, 1, 6, 9, 0, 0, 0, time.UTC)
	actions := []string{store.ActionCopied, store.ActionRefused, store.ActionAnonymised, store.ActionConfirmDoubt, store.ActionPrinted}
	for i := range ev {
		ev[i] = store.Event{Time: start.Add(time.Duration(i) * 10 * time.Minute), TemplateID: "PROMPT-00" + string(rune('1'+i%9)),
			Verdict: []string{"ok", "doubt", "blocked"}[i%3], Action: actions[i%len(actions)]}
	}
	in := Input{Events: ev, Minutes: Minutes{Default: 10, ByTemplate: map[string]int{"PROMPT-001": 30}}}
	b.ReportAllocs()
	for b.Loop() {
		Compute(in)
	}
}
