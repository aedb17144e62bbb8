package store

import (
	"bytes"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"tamis/library"
)

// Search returns the summaries of the templates whose id, title, tags,
// context or prompt contain every word of query, ignoring case and accents
// (library.Normalize); validated templates only unless all. An empty query
// lists everything, as Summaries does.
//
// The normalized text of each template is stored at write time, so a search
// is a scan of bytes inside the mapped file: no decoding, no allocation per
// template that does not match.
func (s *Store) Search(query string, all bool) ([]Summary, error) {
	terms := Terms(query)
	if len(terms) == 0 {
		return s.Summaries(all)
	}
	needles := make([][]byte, len(terms))
	for i, w := range terms {
		needles[i] = []byte(w)
	}
	var out []Summary
	err := s.view(func(tx *bolt.Tx) error {
		matched, ends, err := match(tx, needles)
		if err != nil {
			return err
		}
		out, err = decodeSummaries(split(string(matched), ends), all)
		return err
	})
	return out, err
}

// match walks the search and summaries buckets side by side (they hold the
// same keys) and returns the matching summaries back to back, with their
// end offsets, to be decoded in one go.
func match(tx *bolt.Tx, needles [][]byte) (matched []byte, ends []int, err error) {
	words := tx.Bucket([]byte(bucketSearch)).Cursor()
	sums := tx.Bucket([]byte(bucketSummaries)).Cursor()
	k, v := words.First()
	sk, sv := sums.First()
	for ; k != nil; k, v = words.Next() {
		if !bytes.Equal(k, sk) {
			return nil, nil, fmt.Errorf("%w (%s)", ErrCorrupt, bucketSearch)
		}
		if containsAll(v, needles) {
			matched = append(matched, sv...)
			ends = append(ends, len(matched))
		}
		sk, sv = sums.Next()
	}
	if sk != nil {
		return nil, nil, fmt.Errorf("%w (%s)", ErrCorrupt, bucketSummaries)
	}
	return matched, ends, nil
}

func containsAll(text []byte, needles [][]byte) bool {
	for _, n := range needles {
		if !bytes.Contains(text, n) {
			return false
		}
	}
	return true
}

// Entry is a summary with its search words, for a filter that runs in
// memory on every keystroke (the TUI's list): load them once with Entries,
// then keep those whose Matches(Terms(query)) is true.
type Entry struct {
	Summary
	// Words holds the distinct words of the normalized id, title, tags,
	// context and prompt, separated by spaces.
	Words string
}

// Entries returns every validated template (all of them when all is set)
// with its search words, sorted by id.
func (s *Store) Entries(all bool) ([]Entry, error) {
	var out []Entry
	err := s.view(func(tx *bolt.Tx) error {
		sums, err := readSummaries(tx.Bucket([]byte(bucketSummaries)), true)
		if err != nil {
			return err
		}
		words := values(tx.Bucket([]byte(bucketSearch)))
		if len(words) != len(sums) {
			return fmt.Errorf("%w (%s)", ErrCorrupt, bucketSearch)
		}
		out = make([]Entry, 0, len(sums))
		for i, sum := range sums {
			if all || sum.Status == library.StatusValidated {
				out = append(out, Entry{Summary: sum, Words: words[i]})
			}
		}
		return nil
	})
	return out, err
}

// Terms splits a query into the normalized words that Search and
// Entry.Matches look for: "Bénévole  ÉTÉ" gives ["benevole", "ete"].
func Terms(query string) []string {
	return strings.Fields(library.Normalize(query))
}

// Matches reports whether every term occurs in the entry's words; no terms
// match everything.
func (e Entry) Matches(terms []string) bool {
	for _, t := range terms {
		if !strings.Contains(e.Words, t) {
			return false
		}
	}
	return true
}
