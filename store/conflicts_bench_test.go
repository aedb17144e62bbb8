package store

import (
	"fmt"
	"testing"
	"time"

	"tamis/library"
)

// BenchmarkMergeWithConflicts merges a folder of 60 templates, 10 of them
// in conflict, into a database that already keeps those conflicts: the
// import a référent runs again before settling them.
func BenchmarkMergeWithConflicts(b *testing.B) {
	s := newStore(b, nil)
	var local, folder []SharedTemplate
	for n := 1; n <= 60; n++ {
		base := sample(n, library.StatusDraft)
		here, there := base, base
		here.Status = library.StatusValidated
		if n%6 == 0 { // both sides changed
			there.Title = fmt.Sprintf("Titre du dossier %d", n)
		} else {
			there.Status = library.StatusValidated
		}
		at := time.Unix(int64(1000+n), 0)
		local = append(local, SharedTemplate{ID: base.ID, Versions: []Version{{Template: base, Time: at}, {Template: here, Time: at}}})
		folder = append(folder, SharedTemplate{ID: base.ID, Versions: []Version{{Template: base, Time: at}, {Template: there, Time: at}}})
	}
	if _, err := s.MergeShared(local, nil, Rules{}, Change{}, nil); err != nil {
		b.Fatal(err)
	}
	rep, err := s.MergeShared(folder, nil, Rules{}, Change{}, nil)
	if err != nil || rep.Pending != 10 {
		b.Fatalf("%d pending, %v", rep.Pending, err)
	}
	for b.Loop() {
		if _, err := s.MergeShared(folder, nil, Rules{}, Change{}, nil); err != nil {
			b.Fatal(err)
		}
	}
}
