package store

import (
	"bytes"
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
	words := strings.Fields(library.Normalize(query))
	if len(words) == 0 {
		return s.Summaries(all)
	}
	needles := make([][]byte, len(words))
	for i, w := range words {
		needles[i] = []byte(w)
	}
	var out []Summary
	err := s.view(func(tx *bolt.Tx) error {
		sums := tx.Bucket([]byte(bucketSummaries))
		return tx.Bucket([]byte(bucketSearch)).ForEach(func(k, v []byte) error {
			if !containsAll(v, needles) {
				return nil
			}
			sum, err := decodeSummary(sums.Get(k))
			if err != nil {
				return fmtCorrupt(k)
			}
			if all || sum.Status == library.StatusValidated {
				out = append(out, sum)
			}
			return nil
		})
	})
	return out, err
}

func containsAll(text []byte, needles [][]byte) bool {
	for _, n := range needles {
		if !bytes.Contains(text, n) {
			return false
		}
	}
	return true
}
