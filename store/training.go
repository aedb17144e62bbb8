package store

import (
	"time"

	bolt "go.etcd.io/bbolt"
)

// TrainingRound is one round of classification exercises, as counts only:
// no name, no answer, so that nobody is graded in the file.
type TrainingRound struct {
	Time  time.Time `json:"time"`
	Total int       `json:"total"`
	Right int       `json:"right"`
	Risky int       `json:"risky"` // said shareable what was not
}

// ErrBadRound: counts that cannot be those of a round.
var ErrBadRound = &Error{"manche d’entraînement incohérente", "inconsistent training round"}

// maxRounds bounds the rounds kept: far more than a team plays between two
// reviews; the oldest go first.
const maxRounds = 5000

// RecordRound keeps a round's counts and records an event for it.
func (s *Store) RecordRound(r TrainingRound) error {
	if r.Total < 1 || r.Total > 100 || r.Right < 0 || r.Risky < 0 || r.Right+r.Risky > r.Total {
		return ErrBadRound
	}
	if r.Time.IsZero() {
		r.Time = time.Now()
	}
	return s.update(func(tx *bolt.Tx) error {
		var list []TrainingRound
		if err := getJSON(tx, keyRounds, &list); err != nil {
			return err
		}
		list = append(list, r)
		if len(list) > maxRounds {
			list = list[len(list)-maxRounds:]
		}
		if err := putJSON(tx, keyRounds, list); err != nil {
			return err
		}
		return putEventTx(tx, Event{Time: r.Time, Action: ActionTrainingRound})
	})
}

// TrainingRounds returns the rounds kept, oldest first.
func (s *Store) TrainingRounds() ([]TrainingRound, error) {
	var list []TrainingRound
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx, keyRounds, &list) })
	return list, err
}

// keyStatements holds the référent's own training statements, in the text
// format of method.ParseStatements; the store keeps the text as given.
const keyStatements = "training-statements"

// TrainingStatements returns the référent's own statements ("" if none).
func (s *Store) TrainingStatements() (string, error) {
	return s.setting(keyStatements)
}

// SetTrainingStatements replaces the référent's statements ("" removes
// them); check them with method.ParseStatements first.
func (s *Store) SetTrainingStatements(text string) error {
	return s.setSetting(keyStatements, text)
}
