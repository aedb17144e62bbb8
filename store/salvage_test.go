package store

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"tamis/store/faulttest"
)

func TestSalvageDamagedFreelistLosesNothing(t *testing.T) {
	path := pristine(t, 60)
	s := s2(path)
	want, _ := s.List(true)
	wantHist, _ := s.History("PROMPT-001")
	wantEvents, _ := s.Events()
	wantChanges, _ := s.RulesVersion()
	markLiveFree(t, path)
	damagedBytes, _ := os.ReadFile(path)

	rep, err := Salvage(path, time.Date(2026, 11, 30, 18, 45, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Templates != 60 || rep.TemplatesLost != 0 || rep.Profile != 2 || rep.Rules != 2 || rep.Settings != 3 || // charter, its version, the charters seen
		rep.Events != 20 || rep.EventsLost != 0 || rep.PagesLost != 0 || rep.Versions != 14 || rep.VersionsLost != 0 {
		t.Errorf("report %+v", rep)
	}
	if kept, _ := os.ReadFile(rep.Kept); !bytes.Equal(kept, damagedBytes) {
		t.Errorf("damaged file not kept as it was in %s", rep.Kept)
	}
	if filepath.Base(rep.Kept) != "tamis.db.endommage-20261130-184500" {
		t.Errorf("kept as %s", rep.Kept)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("salvaged file mode %v", info.Mode().Perm())
	}
	got, err := open(path, nil, testTimeout)
	if err != nil {
		t.Fatal(err)
	}
	if ts, _ := got.List(true); !reflect.DeepEqual(ts, want) {
		t.Errorf("templates differ after salvage: %d, want %d", len(ts), len(want))
	}
	if h, _ := got.History("PROMPT-001"); !reflect.DeepEqual(h, wantHist) {
		t.Errorf("history %v, want %v", h, wantHist)
	}
	if ev, _ := got.Events(); len(ev) != len(wantEvents) {
		t.Errorf("%d events, want %d", len(ev), len(wantEvents))
	}
	if v, _ := got.RulesVersion(); v == wantChanges {
		t.Errorf("change counter still %d after salvage: an open TUI would keep its rules", v)
	}
	if err := got.RecordEvent(Event{TemplateID: "PROMPT-001", Verdict: "ok", Action: ActionCopied}); err != nil {
		t.Errorf("salvaged file refuses a write: %v", err)
	}
	// A second salvage the same second keeps both damaged files.
	copyFile(t, rep.Kept, path)
	rep2, err := Salvage(path, time.Date(2026, 11, 30, 18, 45, 0, 0, time.UTC))
	if err != nil || rep2.Kept == rep.Kept {
		t.Errorf("second salvage: %v, kept in %s", err, rep2.Kept)
	}
}

// Wiping data pages loses what they held, says so, and keeps the rest.
func TestSalvageWipedPagesSaysWhatWasLost(t *testing.T) {
	path := pristine(t, 300)
	used, _ := faulttest.UsedSize(path)
	spoil(t, path, used/2/4096*4096, make([]byte, 3*4096))
	if err := Verify(path); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("wiped pages pass the check: %v", err)
	}
	rep, err := Salvage(path, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", rep)
	// The three pages may hold templates, summaries (rebuilt from the
	// templates) or history: every id is accounted for either way.
	if rep.PagesLost == 0 || rep.Templates+rep.TemplatesLost != 300 {
		t.Errorf("losses not reported: %+v", rep)
	}
	if rep.Templates == 0 || rep.Profile != 2 {
		t.Errorf("too little recovered: %+v", rep)
	}
	if err := Verify(path); err != nil {
		t.Errorf("salvaged file fails the check: %v", DamageDetail(err))
	}
}

// Whatever the damage, salvage gives a sound file or a clean error, and
// never touches the damaged bytes.
func TestSalvageRandomDamage(t *testing.T) {
	src := pristine(t, 60)
	used, _ := faulttest.UsedSize(src)
	r := rand.New(rand.NewPCG(3, 30))
	salvaged := 0
	for trial := range 60 {
		path := filepath.Join(t.TempDir(), "tamis.db")
		copyFile(t, src, path)
		os.Truncate(path, used)
		if _, err := faulttest.FlipHeaders(path, 1+r.IntN(6), r); err != nil {
			t.Fatal(err)
		}
		if Verify(path) == nil {
			continue
		}
		before, _ := os.ReadFile(path)
		rep, err := Salvage(path, time.Now())
		if err != nil {
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Errorf("trial %d: failed salvage changed the file", trial)
			}
			continue
		}
		salvaged++
		if kept, _ := os.ReadFile(rep.Kept); !bytes.Equal(kept, before) {
			t.Errorf("trial %d: damaged file not kept", trial)
		}
		if err := Verify(path); err != nil {
			t.Errorf("trial %d: salvaged file fails the check: %v", trial, DamageDetail(err))
		}
	}
	if salvaged == 0 {
		t.Error("no damaged file salvaged")
	}
}
