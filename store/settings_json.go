package store

import (
	"encoding/json"
	"strconv"

	bolt "go.etcd.io/bbolt"
)

// The method's settings and records live in the settings bucket, one key
// each (see doc.go): they are small, and a salvage keeps them with the
// rest of the settings.
const (
	keyCharterVersion = "charter-version"
	keySignatures     = "charter-signatures"
	keyRounds         = "training-rounds"
	keySurveys        = "survey-answers"
	keyRetention      = "events-retention-months"
	keyMinutes        = "minutes-saved"
	keyTeamSize       = "team-size"
)

// getJSON decodes the value of key into v; a missing key leaves v as is.
func getJSON(tx *bolt.Tx, key string, v any) error {
	raw := tx.Bucket([]byte(bucketSettings)).Get([]byte(key))
	if raw == nil {
		return nil
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmtCorrupt([]byte(key))
	}
	return nil
}

func putJSON(tx *bolt.Tx, key string, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return tx.Bucket([]byte(bucketSettings)).Put([]byte(key), raw)
}

// getInt reads a decimal setting; def when missing or unreadable.
func getInt(tx *bolt.Tx, key string, def int) int {
	n, err := strconv.Atoi(string(tx.Bucket([]byte(bucketSettings)).Get([]byte(key))))
	if err != nil {
		return def
	}
	return n
}

func putInt(tx *bolt.Tx, key string, n int) error {
	return tx.Bucket([]byte(bucketSettings)).Put([]byte(key), []byte(strconv.Itoa(n)))
}
