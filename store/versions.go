package store

import (
	"encoding/binary"
	"strings"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"tamis/library"
)

// Every change of a template is a version: the replaced record goes to
// history/<id>/<seq> and the new one is the current record. Version n is
// history key n while n is at most the history's sequence, and the current
// record is the version after it; numbers never move, even when salvage
// lost a version in between.

// Role is who saved a version. Roles are short names, so that an event can
// carry them.
type Role string

// The roles. A version without a role ("") was saved before tamis recorded
// them: the default library seeded at installation, or an older database.
const (
	RoleReferent  Role = "referent"
	RoleVolunteer Role = "benevole"
)

// Change says who changes a template and why.
type Change struct {
	Role   Role
	Reason string // one line; a longer text keeps its first line only
	Action string // the event recorded with the version, in the same transaction; "" for none
}

// maxReason bounds a reason, in bytes: a line, not a letter.
const maxReason = 200

// oneLine keeps the first line of a reason, trimmed and bounded.
func oneLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	s = strings.TrimSpace(s)
	if len(s) > maxReason {
		s = s[:maxReason]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	return s
}

// ErrNoVersion: no version of that number.
var ErrNoVersion = &Error{"version introuvable (« tamis history ID » les liste)", "version not found (“tamis history ID” lists them)"}

// ErrUnchanged: the change would save the text the template already has.
var ErrUnchanged = &Error{"rien à changer : le modèle est déjà dans cet état", "nothing to change: the template is already in that state"}

// historyOf reads the past versions of one history bucket, oldest first.
func historyOf(b *bolt.Bucket) ([]Version, error) {
	var out []Version
	err := b.ForEach(func(k, v []byte) error {
		r, err := decodeRecord(v)
		if err != nil || len(k) != 8 {
			return fmtCorrupt(k)
		}
		out = append(out, versionOf(int(binary.BigEndian.Uint64(k)), r))
		return nil
	})
	return out, err
}

func versionOf(n int, r record) Version {
	return Version{Number: n, Template: r.Template, Time: r.Saved, Note: r.Note, Role: r.Role}
}

// Versions returns every version of a template, oldest first, the current
// one last; ErrNotFound for an id that never existed.
func (s *Store) Versions(id string) ([]Version, error) {
	var out []Version
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		out, err = versionsTx(tx, id)
		return err
	})
	return out, err
}

func versionsTx(tx *bolt.Tx, id string) ([]Version, error) {
	var out []Version
	var seq uint64
	if b := tx.Bucket([]byte(bucketHistory)).Bucket(idKey(id)); b != nil {
		var err error
		if out, err = historyOf(b); err != nil {
			return nil, err
		}
		seq = b.Sequence()
	}
	if v := tx.Bucket([]byte(bucketTemplates)).Get(idKey(id)); v != nil {
		r, err := decodeRecord(v)
		if err != nil {
			return nil, fmtCorrupt(idKey(id))
		}
		out = append(out, versionOf(int(seq)+1, r))
	}
	if len(out) == 0 {
		return nil, about(id, ErrNotFound)
	}
	return out, nil
}

// VersionOf returns version n of a template (ErrNoVersion).
func (s *Store) VersionOf(id string, n int) (Version, error) {
	vs, err := s.Versions(id)
	if err != nil {
		return Version{}, err
	}
	return pickVersion(id, vs, n)
}

func pickVersion(id string, vs []Version, n int) (Version, error) {
	for _, v := range vs {
		if v.Number == n {
			return v, nil
		}
	}
	return Version{}, about(id, ErrNoVersion)
}

// currentNumber is the number the current record of id has, or will have
// once written: one more than the versions archived.
func currentNumber(tx *bolt.Tx, id string) int {
	if b := tx.Bucket([]byte(bucketHistory)).Bucket(idKey(id)); b != nil {
		return int(b.Sequence()) + 1
	}
	return 1
}

// saveTx saves t as a new version with its event, in the caller's
// transaction. ErrUnchanged when t is the current text.
func saveTx(tx *bolt.Tx, t library.Template, ch Change, now time.Time) (int, error) {
	c, err := putTx(tx, t, ch, now)
	if err != nil {
		return 0, err
	}
	if c == changeNone {
		return 0, about(t.ID, ErrUnchanged)
	}
	n := currentNumber(tx, t.ID)
	if ch.Action == "" {
		return n, nil
	}
	e := Event{Time: now, TemplateID: t.ID, Action: ch.Action, Version: n, Role: ch.Role}
	if err := checkEvent(e); err != nil {
		return 0, err
	}
	return n, putEventTx(tx, e)
}

// Guard checks the text a change is about to save; an error stops the
// change, and nothing is written.
type Guard func(library.Template) error

// SetStatus saves template id with a new status as a new version. guard
// (nil for none) sees the text about to be saved, in the same transaction,
// so the text checked is the text saved. It returns the new version's
// number; ErrUnchanged when the template already has that status.
func (s *Store) SetStatus(id string, status library.Status, ch Change, guard Guard) (int, error) {
	return s.change(id, ch, guard, func(tx *bolt.Tx, t library.Template) (library.Template, error) {
		t.Status = status
		return t, nil
	})
}

// Restore saves version n of template id as a new version (the history
// keeps everything in between). guard is as for SetStatus.
func (s *Store) Restore(id string, n int, ch Change, guard Guard) (int, error) {
	return s.change(id, ch, guard, func(tx *bolt.Tx, _ library.Template) (library.Template, error) {
		vs, err := versionsTx(tx, id)
		if err != nil {
			return library.Template{}, err
		}
		v, err := pickVersion(id, vs, n)
		return v.Template, err
	})
}

// change reads the current template, lets edit make the new text, checks
// it with guard and saves it, all in one transaction.
func (s *Store) change(id string, ch Change, guard Guard, edit func(*bolt.Tx, library.Template) (library.Template, error)) (int, error) {
	if !idPattern.MatchString(id) {
		return 0, about(id, ErrNotFound)
	}
	var n int
	err := s.update(func(tx *bolt.Tx) error {
		cur, err := getTx(tx, id)
		if err != nil {
			return err
		}
		t, err := edit(tx, cur)
		if err != nil {
			return err
		}
		if err := validate(t); err != nil {
			return err
		}
		if guard != nil {
			if err := guard(t); err != nil {
				return err
			}
		}
		n, err = saveTx(tx, t, ch, time.Now())
		return err
	})
	return n, err
}
