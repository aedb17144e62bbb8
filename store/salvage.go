package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"
)

// SalvageReport tells the référent what `tamis verifier` recovered from a
// damaged file and what was lost. Counts of losses are known where the file
// keeps a count elsewhere (ids in three buckets, sequence numbers); pages
// that could not be read at all are counted in PagesLost.
type SalvageReport struct {
	Sound                    bool   // the file passed the check: nothing was done
	Kept                     string // where the damaged file was kept, renamed
	Templates, TemplatesLost int
	Versions, VersionsLost   int // past versions in the history
	Profile                  int // profile entries recovered
	Rules                    int // allow and deny entries recovered
	RulesLost                bool
	Settings                 int // charter, passphrase hash, backup setting
	Events, EventsLost       int
	PagesLost                int
}

// salvaged is what was read from a damaged file.
type salvaged struct {
	created   []byte
	changes   uint64 // the change counter of profile and rules (changes.go)
	templates []record
	history   map[string][]kv // by history sub-bucket key
	histSeq   map[string]uint64
	profile   []kv
	rules     []kv
	settings  []kv
	conflicts []kv // the folder's side of merge conflicts (conflicts.go)
	events    []kv
	eventSeq  uint64
}

// Salvage replaces a damaged database with a new file holding everything
// still readable in it: templates, history, profile, rules, settings
// (charter, passphrase hash) and events. The damaged file is kept beside
// it, renamed path.endommage-AAAAMMJJ-HHMMSS, never overwritten; the new
// file is private (0600) and passes the check before it takes the place of
// the old one. A sound file is left alone (Sound is set).
func Salvage(path string, now time.Time) (SalvageReport, error) {
	var rep SalvageReport
	switch err := Verify(path); {
	case err == nil:
		rep.Sound = true
		return rep, nil
	case !errors.Is(err, ErrCorrupt):
		return rep, err
	}
	var data salvaged
	err := lockShared(path, func() error {
		var err error
		data, err = readSalvage(path, &rep)
		return err
	})
	if err != nil {
		return rep, err
	}
	tmp := path + ".recuperation"
	os.Remove(tmp) // left by an interrupted salvage: ours, and incomplete
	if err := writeSalvage(tmp, data); err != nil {
		os.Remove(tmp)
		return rep, err
	}
	if rep.Kept, err = keepAside(path, now); err != nil {
		os.Remove(tmp)
		return rep, err
	}
	if err := os.Rename(tmp, path); err != nil {
		return rep, osError(err)
	}
	return rep, nil
}

// readSalvage reads every part of the file it can.
func readSalvage(path string, rep *SalvageReport) (salvaged, error) {
	r, m, f, err := openRescue(path)
	if err != nil {
		return salvaged{}, about(path, err)
	}
	defer f.Close()
	root, _ := r.rootEntries(m)
	// Each page is read once, so each bucket too: keep what was read.
	cache := map[string][]kv{}
	bucket := func(name string) ([]kv, uint64) {
		v, ok := find(root, name)
		if !ok {
			return nil, 0
		}
		if _, done := cache[name]; !done {
			cache[name], _ = r.entries(v)
		}
		return cache[name], sequence(v)
	}
	metaEntries, _ := bucket(bucketMeta)
	var d salvaged
	for _, e := range metaEntries {
		switch string(e.key) {
		case keyCreated:
			d.created = e.value
		case keyChanges:
			if len(e.value) == 8 {
				d.changes = binary.BigEndian.Uint64(e.value)
			}
		}
	}
	tpl, _ := bucket(bucketTemplates)
	if !isTamis(metaEntries) && tpl == nil {
		return d, about(path, ErrNotTamis)
	}
	d.templates = salvageTemplates(tpl, bucket, rep)
	d.history, d.histSeq = salvageHistory(r, bucket, rep)
	d.profile, _ = bucket(bucketProfile)
	d.profile = keepText(d.profile)
	rep.Profile = len(d.profile)
	d.rules = salvageRules(bucket, rep)
	d.settings, _ = bucket(bucketSettings)
	d.settings = keepText(d.settings)
	rep.Settings = len(d.settings)
	d.conflicts = salvageConflicts(bucket)
	d.events, d.eventSeq = salvageEvents(bucket, rep)
	rep.PagesLost = r.lost
	return d, nil
}

// salvageConflicts keeps the conflict records that still decode.
func salvageConflicts(bucket func(string) ([]kv, uint64)) []kv {
	entries, _ := bucket(bucketConflicts)
	var out []kv
	for _, e := range entries {
		if _, err := decodeConflict(e.key, e.value); err == nil && !e.bucket {
			out = append(out, e)
		}
	}
	return out
}

func isTamis(metaEntries []kv) bool {
	for _, e := range metaEntries {
		if string(e.key) == keyMagic && string(e.value) == magic {
			return true
		}
	}
	return false
}

// salvageTemplates keeps the records that decode and validate; the ids
// known from the summaries and search buckets tell how many were lost.
func salvageTemplates(tpl []kv, bucket func(string) ([]kv, uint64), rep *SalvageReport) []record {
	known := map[string]bool{}
	for _, name := range []string{bucketTemplates, bucketSummaries, bucketSearch} {
		entries, _ := bucket(name)
		for _, e := range entries {
			known[string(e.key)] = true
		}
	}
	var out []record
	for _, e := range tpl {
		r, err := decodeRecord(e.value)
		if err != nil || validate(r.Template) != nil || string(idKey(r.ID)) != string(e.key) {
			continue
		}
		out = append(out, r)
	}
	rep.Templates, rep.TemplatesLost = len(out), max(len(known)-len(out), 0)
	return out
}

// salvageHistory keeps the past versions that decode; each template's
// history counts its versions in its sequence.
func salvageHistory(r *rescuer, bucket func(string) ([]kv, uint64), rep *SalvageReport) (map[string][]kv, map[string]uint64) {
	hist, _ := bucket(bucketHistory)
	out, seqs := map[string][]kv{}, map[string]uint64{}
	expected := 0
	for _, h := range hist {
		if !h.bucket {
			continue
		}
		seqs[string(h.key)] = sequence(h.value)
		expected += int(min(sequence(h.value), 1<<20))
		versions, _ := r.entries(h.value)
		for _, v := range versions {
			if _, err := decodeRecord(v.value); err == nil && !v.bucket && len(v.key) == 8 {
				out[string(h.key)] = append(out[string(h.key)], v)
				rep.Versions++
			}
		}
	}
	rep.VersionsLost = max(expected-rep.Versions, 0)
	return out, seqs
}

func salvageRules(bucket func(string) ([]kv, uint64), rep *SalvageReport) []kv {
	entries, _ := bucket(bucketRules)
	var out []kv
	found := 0
	for _, e := range entries {
		var list []string
		if k := string(e.key); k != keyAllow && k != keyDeny {
			continue
		}
		found++
		if json.Unmarshal(e.value, &list) != nil {
			continue
		}
		out = append(out, e)
		rep.Rules += len(list)
	}
	rep.RulesLost = len(out) < found
	return out
}

func salvageEvents(bucket func(string) ([]kv, uint64), rep *SalvageReport) ([]kv, uint64) {
	entries, seq := bucket(bucketEvents)
	var out []kv
	for _, e := range entries {
		var ev Event
		if !e.bucket && len(e.key) == 8 && json.Unmarshal(e.value, &ev) == nil {
			out = append(out, e)
		}
	}
	rep.Events = len(out)
	rep.EventsLost = max(int(min(seq, 1<<40))-len(out), 0)
	return out, seq
}

// keepText keeps the plain entries whose key and value are valid UTF-8.
func keepText(in []kv) []kv {
	var out []kv
	for _, e := range in {
		if !e.bucket && len(e.key) > 0 && utf8.Valid(e.key) && utf8.Valid(e.value) {
			out = append(out, e)
		}
	}
	return out
}

// writeSalvage creates a new tamis file at path holding d, checks it.
func writeSalvage(path string, d salvaged) error {
	s, err := open(path, nil, lockTimeout)
	if err != nil {
		return err
	}
	err = s.update(func(tx *bolt.Tx) error {
		meta := tx.Bucket([]byte(bucketMeta))
		if d.created != nil {
			if err := meta.Put([]byte(keyCreated), d.created); err != nil {
				return err
			}
		}
		// Past the old counter, so that an open TUI sees the rules moved
		// (some may have been lost) and reads them again.
		if err := meta.Put([]byte(keyChanges), binary.BigEndian.AppendUint64(nil, d.changes+1)); err != nil {
			return err
		}
		for _, r := range d.templates {
			if _, err := putTx(tx, r.Template, Change{Reason: r.Note, Role: r.Role}, r.Saved); err != nil {
				return err
			}
		}
		if err := putHistory(tx, d.history, d.histSeq); err != nil {
			return err
		}
		for name, entries := range map[string][]kv{bucketProfile: d.profile, bucketRules: d.rules, bucketSettings: d.settings, bucketConflicts: d.conflicts, bucketEvents: d.events} {
			if err := putAll(tx.Bucket([]byte(name)), entries); err != nil {
				return err
			}
		}
		return tx.Bucket([]byte(bucketEvents)).SetSequence(max(d.eventSeq, uint64(len(d.events))))
	})
	if err != nil {
		return err
	}
	if err := Verify(path); err != nil {
		return fmt.Errorf("%w (%s)", err, DamageDetail(err))
	}
	return os.Chmod(path, 0o600)
}

func putHistory(tx *bolt.Tx, history map[string][]kv, seqs map[string]uint64) error {
	hb := tx.Bucket([]byte(bucketHistory))
	for id, versions := range history {
		b, err := hb.CreateBucketIfNotExists([]byte(id))
		if err != nil {
			return err
		}
		if err := putAll(b, versions); err != nil {
			return err
		}
		last := binary.BigEndian.Uint64(versions[len(versions)-1].key)
		if err := b.SetSequence(max(seqs[id], last)); err != nil {
			return err
		}
	}
	return nil
}

func putAll(b *bolt.Bucket, entries []kv) error {
	for _, e := range entries {
		if err := b.Put(e.key, e.value); err != nil {
			return err
		}
	}
	return nil
}

// keepAside gives the damaged file a new name beside it, never replacing
// an existing file: a hard link (the file stays in place until the new one
// replaces it atomically) or, where links are not supported, a rename.
func keepAside(path string, now time.Time) (string, error) {
	base := path + ".endommage-" + now.Format("20060102-150405")
	aside := base
	for i := 2; ; i++ {
		err := os.Link(path, aside)
		if err == nil {
			return aside, nil
		}
		if !errors.Is(err, os.ErrExist) {
			if _, serr := os.Lstat(aside); serr == nil {
				aside = fmt.Sprintf("%s-%d", base, i)
				continue
			}
			if rerr := os.Rename(path, aside); rerr != nil {
				return "", osError(rerr)
			}
			return aside, nil
		}
		aside = fmt.Sprintf("%s-%d", base, i)
	}
}
