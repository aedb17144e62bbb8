package store

import (
	"fmt"
	"strings"
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
	Tags      []string       `json:"tags"` // never nil
	Status    library.Status `json:"status"`
	Variables []string       `json:"variables"` // names, first-seen order; never nil
}

// Version is one state of a template: every change (import, validation,
// archive, restore, edit) saves one. Numbers start at 1 and never change.
type Version struct {
	Number   int              `json:"number"`
	Template library.Template `json:"template"`
	Time     time.Time        `json:"time"`           // when this version was saved
	Note     string           `json:"note,omitempty"` // the one-line reason of the change, if any
	Role     Role             `json:"role,omitempty"` // who made it; "" before tamis recorded it
}

// Summaries lists validated templates (all of them when all is set), sorted
// by id. It is the fast path for `tamis list` and the TUI's list.
func (s *Store) Summaries(all bool) ([]Summary, error) {
	var out []Summary
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		out, err = readSummaries(tx.Bucket([]byte(bucketSummaries)), all)
		return err
	})
	return out, err
}

// readSummaries decodes the whole summaries bucket with a handful of
// allocations, because a fresh process pays for every new heap page: the
// values are copied into one string that every field is a substring of
// (values), and the tag and variable lists share one arena. The keys
// (idKey) are in id order already.
func readSummaries(b *bolt.Bucket, all bool) ([]Summary, error) {
	return decodeSummaries(values(b), all)
}

// decodeSummaries decodes summary records, keeping the validated ones
// unless all; the lists come from one arena.
func decodeSummaries(vals []string, all bool) ([]Summary, error) {
	out := make([]Summary, 0, len(vals))
	var lists arena[string]
	for _, v := range vals {
		sum, err := decodeSummaryString(v, &lists)
		if err != nil {
			return nil, fmt.Errorf("%w (%s)", ErrCorrupt, bucketSummaries)
		}
		if all || sum.Status == library.StatusValidated {
			out = append(out, sum)
		}
	}
	return out, nil
}

// values returns every value of b in key order, as substrings of a single
// copy: two passes over the mapped pages, three allocations in all.
func values(b *bolt.Bucket) []string {
	n, size := 0, 0
	_ = b.ForEach(func(_, v []byte) error {
		n, size = n+1, size+len(v)
		return nil
	})
	var text strings.Builder
	text.Grow(size)
	ends := make([]int, 0, n)
	_ = b.ForEach(func(_, v []byte) error {
		text.Write(v)
		ends = append(ends, text.Len())
		return nil
	})
	return split(text.String(), ends)
}

// split cuts joined at the given end offsets.
func split(joined string, ends []int) []string {
	vals := make([]string, len(ends))
	start := 0
	for i, end := range ends {
		vals[i] = joined[start:end]
		start = end
	}
	return vals
}

// List returns whole templates, validated only unless all, sorted by id.
// Prefer Summaries or Entries when the bodies are not needed. Like
// Summaries, it decodes from one copy of the bucket with arenas.
func (s *Store) List(all bool) ([]library.Template, error) {
	var out []library.Template
	err := s.view(func(tx *bolt.Tx) error {
		vals := values(tx.Bucket([]byte(bucketTemplates)))
		out = make([]library.Template, 0, len(vals))
		var strs arena[string]
		var vars arena[library.Variable]
		for _, v := range vals {
			r, err := decodeRecordString(v, &strs, &vars)
			if err != nil {
				return fmt.Errorf("%w (%s)", ErrCorrupt, bucketTemplates)
			}
			if all || r.Status == library.StatusValidated {
				out = append(out, r.Template)
			}
		}
		return nil
	})
	return out, err
}

// Get returns one template, whatever its status, or ErrNotFound.
func (s *Store) Get(id string) (library.Template, error) {
	var t library.Template
	if !idPattern.MatchString(id) {
		return t, about(id, ErrNotFound)
	}
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		t, err = getTx(tx, id)
		return err
	})
	return t, err
}

// getTx reads one template in tx; the id is already checked.
func getTx(tx *bolt.Tx, id string) (library.Template, error) {
	v := tx.Bucket([]byte(bucketTemplates)).Get(idKey(id))
	if v == nil {
		return library.Template{}, about(id, ErrNotFound)
	}
	r, err := decodeRecord(v)
	if err != nil {
		return library.Template{}, fmtCorrupt(idKey(id))
	}
	return r.Template, nil
}

// History returns the past versions of a template, oldest first; the
// current version is not included. An id without history gives no error.
func (s *Store) History(id string) ([]Version, error) {
	var out []Version
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucketHistory)).Bucket(idKey(id))
		if b == nil {
			return nil
		}
		var err error
		out, err = historyOf(b)
		return err
	})
	return out, err
}
