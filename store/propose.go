package store

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"tamis/i18n"
	"tamis/library"
)

// Saved is one template an import added or updated, with its new version.
type Saved struct {
	ID      string
	Version int
	Added   bool
}

// ErrNotDraft: a proposal would replace a template that is not a draft.
var ErrNotDraft = &Error{
	"ce modèle existe déjà et n’est pas un brouillon : une proposition ne le remplace pas",
	"this template already exists and is not a draft: a proposal does not replace it",
}

// ImportVersions is Import with who imports and why: each template added or
// updated is a version made by ch.Role, with its event (ch.Action), all in
// one transaction. With asDrafts every template is saved as a draft and may
// only add a template or replace a draft: what anyone but the référent
// brings in waits for the référent's validation, and never hides a
// validated template from the volunteers. Nothing is written on error.
func (s *Store) ImportVersions(ts []library.Template, ch Change, asDrafts bool) ([]Saved, error) {
	if asDrafts {
		ts = asDraftsCopy(ts)
	}
	if err := validateAll(ts); err != nil {
		return nil, err
	}
	var out []Saved
	now := time.Now()
	err := s.updateGrowing(growthOf(ts), func(tx *bolt.Tx) error {
		out = out[:0] // a retried transaction starts over
		if asDrafts {
			if err := onlyDrafts(tx, ts); err != nil {
				return err
			}
		}
		for _, t := range ts {
			added := tx.Bucket([]byte(bucketTemplates)).Get(idKey(t.ID)) == nil
			n, err := saveTx(tx, t, ch, now)
			if err == nil {
				out = append(out, Saved{ID: t.ID, Version: n, Added: added})
			} else if !errors.Is(err, ErrUnchanged) {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func asDraftsCopy(ts []library.Template) []library.Template {
	out := make([]library.Template, len(ts))
	for i, t := range ts {
		t.Status = library.StatusDraft
		out[i] = t
	}
	return out
}

// onlyDrafts refuses a proposal that would replace a validated or archived
// template, naming the next free id to propose it under.
func onlyDrafts(tx *bolt.Tx, ts []library.Template) error {
	for _, t := range ts {
		cur, err := getTx(tx, t.ID)
		if err != nil || cur.Status == library.StatusDraft {
			continue
		}
		return about(t.ID, fmt.Errorf(i18n.T("%w ; proposez-le sous un nouvel identifiant, par exemple %s",
			"%w; propose it under a new id, for example %s"), ErrNotDraft, nextIDTx(tx)))
	}
	return nil
}

// NextID returns the first id after every id the library has used (its
// templates and the history of deleted ones): PROMPT-001 for an empty one.
func (s *Store) NextID() (string, error) {
	var id string
	err := s.view(func(tx *bolt.Tx) error {
		id = nextIDTx(tx)
		return nil
	})
	return id, err
}

func nextIDTx(tx *bolt.Tx) string {
	last := 0
	for _, name := range []string{bucketTemplates, bucketHistory} {
		// idKey sorts by number: the last key is the largest id.
		if k, _ := tx.Bucket([]byte(name)).Cursor().Last(); len(k) > 1 {
			digits := strings.TrimPrefix(string(k[1:]), "PROMPT-")
			if n, err := strconv.Atoi(digits); err == nil && n > last {
				last = n
			}
		}
	}
	return fmt.Sprintf("PROMPT-%03d", last+1)
}
