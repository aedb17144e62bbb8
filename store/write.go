package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"tamis/i18n"
	"tamis/library"
)

var idPattern = regexp.MustCompile(`^PROMPT-[0-9]{3,20}$`)

// fillPercent packs the template buckets' pages to 90 % instead of bbolt's
// 50 %: templates are mostly added in id order (imports, new ids), so pages
// split at the end are never refilled, and a fuller file means fewer pages
// to map and read on every list or search.
const fillPercent = 0.9

// Put adds a template or replaces the one with the same id, keeping the
// replaced version in the history. Saving an identical template changes
// nothing.
func (s *Store) Put(t library.Template) error {
	return s.PutNote(t, "")
}

// PutNote is Put with a note from the référent kept with this version
// ("validé après relecture du bureau").
func (s *Store) PutNote(t library.Template, note string) error {
	if err := validate(t); err != nil {
		return err
	}
	return s.update(func(tx *bolt.Tx) error {
		_, err := putTx(tx, t, Change{Reason: note}, time.Now())
		return err
	})
}

// Import adds or updates every template of ts in one transaction: if any of
// them is invalid, or two share an id, nothing is written and the error
// lists every problem. Templates identical to the stored ones are counted
// neither as added nor as updated.
func (s *Store) Import(ts []library.Template) (added, updated int, err error) {
	if err := validateAll(ts); err != nil {
		return 0, 0, err
	}
	now := time.Now()
	err = s.updateGrowing(growthOf(ts), func(tx *bolt.Tx) error {
		added, updated = 0, 0 // a retried transaction starts over
		for _, t := range ts {
			c, err := putTx(tx, t, Change{}, now)
			if err != nil {
				return err
			}
			switch c {
			case changeAdded:
				added++
			case changeUpdated:
				updated++
			}
		}
		return nil
	})
	if err != nil {
		return 0, 0, err
	}
	return added, updated, nil
}

// growthOf estimates how much an import adds to the file: each template is
// stored about three times (record, search text, summary), on pages filled
// to fillPercent. Small imports return 0: a large mapping also makes bbolt
// grow the file in large steps, which is not worth it for a few templates.
func growthOf(ts []library.Template) int64 {
	var n int64
	for _, t := range ts {
		n += int64(256 + len(t.Title) + len(t.Context) + len(t.Prompt))
	}
	n = n * 3 * 10 / 9
	if n < 8<<20 {
		return 0
	}
	return n
}

// Delete removes a template; its last version goes to the history, so a
// mistake can be undone. ErrNotFound if there is no such id.
func (s *Store) Delete(id string) error {
	return s.update(func(tx *bolt.Tx) error {
		old := tx.Bucket([]byte(bucketTemplates)).Get(idKey(id))
		if old == nil {
			return about(id, ErrNotFound)
		}
		if err := archive(tx, id, bytes.Clone(old)); err != nil {
			return err
		}
		for _, name := range []string{bucketTemplates, bucketSummaries, bucketSearch} {
			if err := tx.Bucket([]byte(name)).Delete(idKey(id)); err != nil {
				return err
			}
		}
		return nil
	})
}

type change int

const (
	changeNone change = iota
	changeAdded
	changeUpdated
)

// putTx writes t and its summary and search text, archiving the version it
// replaces. It is the one place where templates are written; ch says who
// made this version and why.
func putTx(tx *bolt.Tx, t library.Template, ch Change, now time.Time) (change, error) {
	key := idKey(t.ID)
	c := changeAdded
	if old := tx.Bucket([]byte(bucketTemplates)).Get(key); old != nil {
		r, err := decodeRecord(old)
		if err != nil {
			return changeNone, fmtCorrupt(key)
		}
		if bytes.Equal(appendTemplate(nil, r.Template), appendTemplate(nil, t)) {
			return changeNone, nil
		}
		// old points into the file's pages; copy it before writing.
		if err := archive(tx, t.ID, bytes.Clone(old)); err != nil {
			return changeNone, err
		}
		c = changeUpdated
	}
	writes := []struct {
		bucket string
		value  []byte
	}{
		{bucketTemplates, encodeRecord(record{Saved: now, Note: oneLine(ch.Reason), Role: ch.Role, Template: t})},
		{bucketSummaries, encodeSummary(t)},
		{bucketSearch, []byte(searchText(t))},
	}
	for _, w := range writes {
		b := tx.Bucket([]byte(w.bucket))
		b.FillPercent = fillPercent
		if err := b.Put(key, w.value); err != nil {
			return changeNone, err
		}
	}
	return c, nil
}

// archive appends a stored record to the history of id.
func archive(tx *bolt.Tx, id string, rec []byte) error {
	h, err := tx.Bucket([]byte(bucketHistory)).CreateBucketIfNotExists(idKey(id))
	if err != nil {
		return err
	}
	seq, err := h.NextSequence()
	if err != nil {
		return err
	}
	return h.Put(binary.BigEndian.AppendUint64(nil, seq), rec)
}

// validateAll checks every template and that no id appears twice, and
// reports every problem at once.
func validateAll(ts []library.Template) error {
	var errs []error
	seen := make(map[string]bool, len(ts))
	for _, t := range ts {
		if err := validate(t); err != nil {
			errs = append(errs, err)
		}
		if seen[t.ID] {
			errs = append(errs, about(t.ID, ErrDuplicate))
		}
		seen[t.ID] = true
	}
	return errors.Join(errs...)
}

// validate is the store's own guard; the parser already checks templates
// read from text, but Put also receives templates built by the TUI.
func validate(t library.Template) error {
	var reason string
	switch {
	case !idPattern.MatchString(t.ID):
		reason = i18n.T("identifiant attendu : PROMPT- suivi de 3 à 20 chiffres",
			"expected id: PROMPT- followed by 3 to 20 digits")
	case t.Status != library.StatusDraft && t.Status != library.StatusValidated && t.Status != library.StatusArchived:
		reason = i18n.T("statut inconnu « "+string(t.Status)+" » (brouillon, validé ou archivé)",
			"unknown status “"+string(t.Status)+"” (brouillon, validé or archivé)")
	case !validUTF8(t):
		reason = i18n.T("texte qui n'est pas de l'UTF-8 valide", "text is not valid UTF-8")
	case len(library.Format(t)) > library.MaxTemplateSize:
		reason = i18n.T(fmt.Sprintf("modèle trop long (plus de %d Kio)", library.MaxTemplateSize>>10),
			fmt.Sprintf("template too long (over %d KiB)", library.MaxTemplateSize>>10))
	default:
		return nil
	}
	name := t.ID
	if name == "" {
		name = "?"
	}
	return about(name, fmt.Errorf("%w%s%s", ErrInvalid, i18n.T(" : ", ": "), reason))
}

func validUTF8(t library.Template) bool {
	all := []string{t.ID, t.Title, string(t.Status), t.Context, t.Prompt}
	all = append(all, t.Tags...)
	for _, v := range t.Variables {
		all = append(all, v.Name, v.Help, v.Default)
		all = append(all, v.Choices...)
	}
	for _, s := range all {
		if !utf8.ValidString(s) {
			return false
		}
	}
	return true
}

// searchText is what Search scans: the distinct words of the normalized
// id, title, tags and bodies, separated by spaces. Search looks for query
// words inside these words, so keeping each word once loses nothing and
// makes the bucket, hence every search, smaller.
func searchText(t library.Template) string {
	parts := append([]string{t.ID, t.Title}, t.Tags...)
	parts = append(parts, t.Context, t.Prompt)
	text := library.Normalize(strings.Join(parts, "\n"))
	words := make([]string, 0, len(text)/6) // about one word per six bytes of French
	for w := range strings.FieldsSeq(text) {
		words = append(words, w)
	}
	slices.Sort(words)
	return strings.Join(slices.Compact(words), " ")
}
