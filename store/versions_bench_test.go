package store

import (
	"testing"

	"tamis/library"
)

// A status change in a 10,000-template library: one transaction writing
// the record, summary, search text, the replaced version and the event.
func BenchmarkSetStatus10k(b *testing.B) {
	s := benchStore(b)
	statuses := []library.Status{library.StatusDraft, library.StatusValidated}
	i := 0
	for b.Loop() {
		i++
		if _, err := s.SetStatus("PROMPT-5001", statuses[(i+1)%2], Change{Role: RoleReferent, Action: ActionTemplateValidated}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// The versions of one template with 50 versions, in a 10,000-template library.
func BenchmarkVersions10k(b *testing.B) {
	s := benchStore(b)
	statuses := []library.Status{library.StatusDraft, library.StatusValidated}
	for i := range 49 {
		if _, err := s.SetStatus("PROMPT-5001", statuses[i%2], Change{Role: RoleReferent}, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if vs, err := s.Versions("PROMPT-5001"); err != nil || len(vs) != 50 {
			b.Fatal(len(vs), err)
		}
	}
}
