package store

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"tamis/i18n"
)

// Signature is one line of the charter's register: the first name or the
// initials the volunteer chose to give, the day, and the charter's version.
type Signature struct {
	Name    string    `json:"name"`
	Date    time.Time `json:"date"`
	Version int       `json:"version"`
}

// maxSignerName bounds a signer's name: a first name or initials.
const maxSignerName = 40

// Errors of the register.
var (
	ErrSignerName = &Error{
		"signature refusée : un prénom ou des initiales, de 1 à 40 lettres (espaces, points, tirets et apostrophes permis, pas de chiffre)",
		"signature refused: a first name or initials, 1 to 40 letters (spaces, dots, hyphens and apostrophes allowed, no digit)",
	}
	ErrNoSignature = &Error{"aucune signature à ce nom dans le registre", "no signature under this name in the register"}
)

// CharterVersion is the version of the charter: 1 until the référent
// changes it, then one more at each change.
func (s *Store) CharterVersion() (int, error) {
	var v int
	err := s.view(func(tx *bolt.Tx) error {
		v = getInt(tx, keyCharterVersion, 1)
		return nil
	})
	return v, err
}

// SetCharter replaces the charter; a different text is a new version,
// which every volunteer is asked to sign again.
func (s *Store) SetCharter(text string) error {
	return s.update(func(tx *bolt.Tx) error { return setCharterTx(tx, text) })
}

// setCharterTx replaces the charter, a new version when the text differs;
// the text joins the charters this laptop has had (charter_share.go).
func setCharterTx(tx *bolt.Tx, text string) error {
	b := tx.Bucket([]byte(bucketSettings))
	if string(b.Get([]byte(keyCharter))) == text {
		return nil
	}
	if err := putInt(tx, keyCharterVersion, getInt(tx, keyCharterVersion, 1)+1); err != nil {
		return err
	}
	if cur := b.Get([]byte(keyCharter)); len(cur) > 0 {
		if err := seeCharterTx(tx, string(cur)); err != nil {
			return err
		}
	}
	if text == "" {
		return b.Delete([]byte(keyCharter))
	}
	if err := seeCharterTx(tx, text); err != nil {
		return err
	}
	return b.Put([]byte(keyCharter), []byte(text))
}

// CleanSignerName trims a signer's name and checks it: letters, spaces,
// dots, hyphens and apostrophes, up to 40 characters.
func CleanSignerName(name string) (string, error) {
	name = strings.Join(strings.Fields(name), " ")
	if name == "" || utf8.RuneCountInString(name) > maxSignerName {
		return "", ErrSignerName
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && !strings.ContainsRune(" .-'’", r) {
			return "", ErrSignerName
		}
	}
	return name, nil
}

// Sign adds a signature of the current charter, dated today. The same name
// (in any case) signing again replaces its older line. An event records
// that a signature happened, without the name.
func (s *Store) Sign(name string, now time.Time) (Signature, error) {
	name, err := CleanSignerName(name)
	if err != nil {
		return Signature{}, err
	}
	var sig Signature
	err = s.update(func(tx *bolt.Tx) error {
		var list []Signature
		if err := getJSON(tx, keySignatures, &list); err != nil {
			return err
		}
		list = slices.DeleteFunc(list, func(x Signature) bool { return strings.EqualFold(x.Name, name) })
		y, m, d := now.Date()
		sig = Signature{Name: name, Date: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), Version: getInt(tx, keyCharterVersion, 1)}
		if err := putJSON(tx, keySignatures, append(list, sig)); err != nil {
			return err
		}
		return putEventTx(tx, Event{Time: now, Action: ActionCharterSigned})
	})
	return sig, err
}

// Signatures returns the register, in signing order.
func (s *Store) Signatures() ([]Signature, error) {
	var list []Signature
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx, keySignatures, &list) })
	return list, err
}

// EraseSignature removes a signature on its signer's request (RGPD: the
// right to erasure). The name is compared without case; ErrNoSignature
// when there is none.
func (s *Store) EraseSignature(name string) error {
	name = strings.Join(strings.Fields(name), " ")
	return s.update(func(tx *bolt.Tx) error {
		var list []Signature
		if err := getJSON(tx, keySignatures, &list); err != nil {
			return err
		}
		kept := slices.DeleteFunc(slices.Clone(list), func(x Signature) bool { return strings.EqualFold(x.Name, name) })
		if len(kept) == len(list) {
			return ErrNoSignature
		}
		return putJSON(tx, keySignatures, kept)
	})
}

// WriteSignaturesCSV exports the register as CSV (comma-separated, a
// header line), saying for each line whether it is of the current version.
// A name starting with = + - or @ is prefixed with ' so that a spreadsheet
// does not run it as a formula.
func WriteSignaturesCSV(w io.Writer, list []Signature, current int) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{i18n.T("prénom ou initiales", "first name or initials"), "date", "version",
		i18n.T("version actuelle", "current version")})
	for _, sig := range list {
		cur := i18n.T("non", "no")
		if sig.Version == current {
			cur = i18n.T("oui", "yes")
		}
		_ = cw.Write([]string{safeCell(sig.Name), sig.Date.Format("2006-01-02"), strconv.Itoa(sig.Version), cur})
	}
	cw.Flush()
	return cw.Error()
}

func safeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}
