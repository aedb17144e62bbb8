package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"tamis/library"
)

// Bucket and key names; see the tree in doc.go.
const (
	bucketMeta      = "meta"
	bucketTemplates = "templates"
	bucketSummaries = "summaries"
	bucketSearch    = "search"
	bucketHistory   = "history"
	bucketProfile   = "profile"
	bucketRules     = "rules"
	bucketEvents    = "events"
	bucketSettings  = "settings"
	bucketConflicts = "conflicts"

	keyMagic      = "magic"
	keySchema     = "schema"
	keyCreated    = "created"
	keyAllow      = "allow"
	keyDeny       = "deny"
	keyCharter    = "charter"
	keyPass       = "passphrase"
	keyBackupKeep = "backups-keep"

	// magic identifies a tamis database among bbolt files.
	magic = "tamis-db"
)

// schemaVersion is the version of the newest migration; a file with a higher
// one was written by a newer tamis and is refused.
const schemaVersion = 4

// migration brings the bucket tree from version-1 to version.
type migration struct {
	version uint64
	name    string
	apply   func(tx *bolt.Tx) error
}

// migrations lists every migration in order. They all run in the single
// transaction of migrate: a failure leaves the file as it was. Append only;
// never edit a released one.
func migrations() []migration {
	return []migration{
		{1, "create the buckets", createBuckets},
		{2, "add the settings bucket (charter, passphrase hash)", createSettings},
		// Records of format 1 stay readable; the bump keeps an older tamis,
		// which would take a format 2 record for damage, away from the file.
		{3, "records carry the role of who saved them (format 2)", noChange},
		{4, "add the conflicts bucket (the folder's side of a merge conflict)", createConflicts},
	}
}

func noChange(*bolt.Tx) error { return nil }

func createSettings(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists([]byte(bucketSettings))
	return err
}

func createConflicts(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists([]byte(bucketConflicts))
	return err
}

func createBuckets(tx *bolt.Tx) error {
	for _, name := range []string{bucketTemplates, bucketSummaries, bucketSearch,
		bucketHistory, bucketProfile, bucketRules, bucketEvents} {
		if _, err := tx.CreateBucketIfNotExists([]byte(name)); err != nil {
			return err
		}
	}
	return nil
}

// migrate runs the migrations newer than the file's schema version and
// records the new version.
func migrate(tx *bolt.Tx) error {
	return runMigrations(tx, migrations())
}

func runMigrations(tx *bolt.Tx, list []migration) error {
	meta := tx.Bucket([]byte(bucketMeta))
	current := schemaOf(meta)
	if current > schemaVersion {
		return ErrNewerSchema
	}
	for _, m := range list {
		if m.version <= current {
			continue
		}
		if err := m.apply(tx); err != nil {
			return fmt.Errorf("migration %d (%s): %w", m.version, m.name, err)
		}
		current = m.version
	}
	return meta.Put([]byte(keySchema), binary.BigEndian.AppendUint64(nil, current))
}

// initialize sets up a new file: marker, schema, default library. If another
// tamis created it between our stat and our lock, it only migrates.
func initialize(tx *bolt.Tx, seed []library.Template, now time.Time) error {
	if tx.Bucket([]byte(bucketMeta)) != nil {
		if err := checkMarker(tx); err != nil {
			return err
		}
		return migrate(tx)
	}
	if err := tx.ForEach(func([]byte, *bolt.Bucket) error { return ErrNotTamis }); err != nil {
		return err
	}
	meta, err := tx.CreateBucket([]byte(bucketMeta))
	if err != nil {
		return err
	}
	if err := meta.Put([]byte(keyMagic), []byte(magic)); err != nil {
		return err
	}
	if err := meta.Put([]byte(keyCreated), []byte(now.UTC().Format(time.RFC3339))); err != nil {
		return err
	}
	if err := migrate(tx); err != nil {
		return err
	}
	for _, t := range seed {
		if _, err := putTx(tx, t, Change{}, SeedTime); err != nil {
			return err
		}
	}
	return nil
}

// SeedTime is the time of the default library's versions: the same on
// every laptop, so that two databases share it as their first common
// version and a shared folder round-trips byte for byte.
var SeedTime = time.Unix(0, 0)

// checkMarker refuses a bbolt file that tamis did not create, and one that
// a newer tamis migrated since this Store was opened (two versions of tamis
// on one laptop).
func checkMarker(tx *bolt.Tx) error {
	meta := tx.Bucket([]byte(bucketMeta))
	if meta == nil || !bytes.Equal(meta.Get([]byte(keyMagic)), []byte(magic)) {
		return ErrNotTamis
	}
	if schemaOf(meta) > schemaVersion {
		return ErrNewerSchema
	}
	return nil
}

// schemaOf reads the schema version; 0 when missing.
func schemaOf(meta *bolt.Bucket) uint64 {
	if meta == nil {
		return 0
	}
	v := meta.Get([]byte(keySchema))
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}
