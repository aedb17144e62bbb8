package store

import (
	"cmp"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"tamis/library"
)

// Summary is what a list of templates shows: everything but the bodies and
// the variables' metadata. Summaries are kept in their own bucket so that
// listing 10,000 templates reads a few hundred kilobytes, not every body.
type Summary struct {
	ID        string         `json:"id"`
	Title     string         `json:"title"`
	Tags      []string       `json:"tags"`
	Status    library.Status `json:"status"`
	Variables []string       `json:"variables"` // names, first-seen order
}

// Version is a past state of a template, kept when it was replaced or
// deleted.
type Version struct {
	Template library.Template
	Time     time.Time // when this version was saved
	Note     string    // the référent's note, if any
}

// Summaries lists validated templates (all of them when all is set), sorted
// by id. It is the fast path for `tamis list` and the TUI's list.
func (s *Store) Summaries(all bool) ([]Summary, error) {
	var out []Summary
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bucketSummaries)).ForEach(func(k, v []byte) error {
			sum, err := decodeSummary(v)
			if err != nil {
				return fmtCorrupt(k)
			}
			if all || sum.Status == library.StatusValidated {
				out = append(out, sum)
			}
			return nil
		})
	})
	slices.SortFunc(out, func(a, b Summary) int { return compareIDs(a.ID, b.ID) })
	return out, err
}

// List returns whole templates, validated only unless all, sorted by id.
// Prefer Summaries when the bodies are not needed.
func (s *Store) List(all bool) ([]library.Template, error) {
	var out []library.Template
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bucketTemplates)).ForEach(func(k, v []byte) error {
			r, err := decodeRecord(v)
			if err != nil {
				return fmtCorrupt(k)
			}
			if all || r.Status == library.StatusValidated {
				out = append(out, r.Template)
			}
			return nil
		})
	})
	slices.SortFunc(out, func(a, b library.Template) int { return compareIDs(a.ID, b.ID) })
	return out, err
}

// Get returns one template, whatever its status, or ErrNotFound.
func (s *Store) Get(id string) (library.Template, error) {
	var t library.Template
	err := s.view(func(tx *bolt.Tx) error {
		v := tx.Bucket([]byte(bucketTemplates)).Get([]byte(id))
		if v == nil {
			return about(id, ErrNotFound)
		}
		r, err := decodeRecord(v)
		if err != nil {
			return fmtCorrupt([]byte(id))
		}
		t = r.Template
		return nil
	})
	return t, err
}

// History returns the past versions of a template, oldest first; the
// current version is not included. An id without history gives no error.
func (s *Store) History(id string) ([]Version, error) {
	var out []Version
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucketHistory)).Bucket([]byte(id))
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			r, err := decodeRecord(v)
			if err != nil {
				return fmtCorrupt(k)
			}
			out = append(out, Version{Template: r.Template, Time: r.Saved, Note: r.Note})
			return nil
		})
	})
	return out, err
}

// compareIDs orders ids by number: PROMPT-999 before PROMPT-1000. Ids are
// PROMPT- and digits, so a shorter id has the smaller number.
func compareIDs(a, b string) int {
	if c := cmp.Compare(len(a), len(b)); c != 0 {
		return c
	}
	return cmp.Compare(a, b)
}
