package store

import (
	"time"

	bolt "go.etcd.io/bbolt"
)

// DefaultMinutes is the time a use of a template saves, until the référent
// estimates it: a short text written in 15 minutes instead of 25.
const DefaultMinutes = 10

// MinutesSaved is the référent's estimate of the minutes a use of each
// template saves: ByTemplate where set, Default otherwise.
type MinutesSaved struct {
	Default    int            `json:"default"`
	ByTemplate map[string]int `json:"by_template,omitempty"`
}

// ErrBadMinutes: an estimate outside 0 to 480 minutes.
var ErrBadMinutes = &Error{"minutes gagnées refusées : de 0 à 480", "minutes saved refused: 0 to 480"}

// ErrBadTeamSize: a team size outside 0 to 10,000.
var ErrBadTeamSize = &Error{"taille d’équipe refusée : de 0 à 10 000", "team size refused: 0 to 10,000"}

// Minutes returns the référent's estimates.
func (s *Store) Minutes() (MinutesSaved, error) {
	m := MinutesSaved{Default: DefaultMinutes}
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx, keyMinutes, &m) })
	return m, err
}

// SetMinutes sets the estimate of one template (id), or the default (id
// ""); a negative n removes a template's own estimate.
func (s *Store) SetMinutes(id string, n int) error {
	if n > 480 || (n < 0 && id == "") {
		return ErrBadMinutes
	}
	return s.update(func(tx *bolt.Tx) error {
		m := MinutesSaved{Default: DefaultMinutes}
		if err := getJSON(tx, keyMinutes, &m); err != nil {
			return err
		}
		switch {
		case id == "":
			m.Default = n
		case n < 0:
			delete(m.ByTemplate, id)
		default:
			if m.ByTemplate == nil {
				m.ByTemplate = map[string]int{}
			}
			m.ByTemplate[id] = n
		}
		return putJSON(tx, keyMinutes, m)
	})
}

// TeamSize is the number of people who use tamis, as the référent counts
// them: the base of « % signé » and « % formé ». 0 when not set.
func (s *Store) TeamSize() (int, error) {
	var n int
	err := s.view(func(tx *bolt.Tx) error {
		n = getInt(tx, keyTeamSize, 0)
		return nil
	})
	return n, err
}

// SetTeamSize sets the team size.
func (s *Store) SetTeamSize(n int) error {
	if n < 0 || n > 10000 {
		return ErrBadTeamSize
	}
	return s.update(func(tx *bolt.Tx) error { return putInt(tx, keyTeamSize, n) })
}

// RecordIncident records that the référent learnt of an incident (personal
// data that went to an AI): the method's goal is none.
func (s *Store) RecordIncident(now time.Time) error {
	return s.update(func(tx *bolt.Tx) error {
		return putEventTx(tx, Event{Time: now, Action: ActionIncident})
	})
}
