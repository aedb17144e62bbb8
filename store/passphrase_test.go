package store

import (
	"errors"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func TestPassphraseAttempts(t *testing.T) {
	s := newStore(t, nil)
	now := time.Date(2026, 11, 30, 20, 0, 0, 123, time.UTC)
	noWait := func(PassphraseAttempts, time.Time) time.Duration { return 0 }
	for range 3 {
		if d, err := s.ReservePassphraseAttempt(now, noWait); d != 0 || err != nil {
			t.Fatalf("Reserve = %v, %v", d, err)
		}
	}
	a, err := s.PassphraseAttempts()
	if err != nil || a.Failures != 3 || !a.Last.Equal(now) {
		t.Fatalf("attempts = %+v, %v; want 3 at %v", a, err, now)
	}
	// A wait changes nothing: the attempt is not counted until it is made.
	wait := func(PassphraseAttempts, time.Time) time.Duration { return time.Second }
	if d, err := s.ReservePassphraseAttempt(now.Add(time.Hour), wait); d != time.Second || err != nil {
		t.Fatalf("Reserve with a wait = %v, %v", d, err)
	}
	if b, _ := s.PassphraseAttempts(); b != a {
		t.Fatalf("a refused reservation changed the attempts: %+v", b)
	}
	if err := s.ResetPassphraseAttempts(); err != nil {
		t.Fatal(err)
	}
	if a, err := s.PassphraseAttempts(); err != nil || a.Failures != 0 {
		t.Fatalf("attempts after reset = %+v, %v", a, err)
	}
}

// TestUnreadableAttemptsImposeAWait: damaging the counter does not lift the wait.
func TestUnreadableAttemptsImposeAWait(t *testing.T) {
	s := newStore(t, nil)
	err := s.update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bucketSettings)).Put([]byte(keyAttempts), []byte("zéro"))
	})
	if err != nil {
		t.Fatal(err)
	}
	if a, err := s.PassphraseAttempts(); err != nil || a.Failures != unreadableFailures {
		t.Fatalf("attempts = %+v, %v; want %d failures", a, err, unreadableFailures)
	}
}

func TestReferentEventsAreNotUses(t *testing.T) {
	s := newStore(t, nil)
	if err := s.RecordReferent(ActionProfileChanged); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordEvent(Event{TemplateID: "PROMPT-001", Verdict: "ok", Action: ActionCopied}); err != nil {
		t.Fatal(err)
	}
	events, err := s.Events()
	if err != nil || len(events) != 2 || !events[0].Referent() || events[1].Referent() || events[0].Time.IsZero() {
		t.Fatalf("events = %+v, %v", events, err)
	}
}

const testHash = "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"

// TestRestoreKeepsTheCurrentPassphrase: a copy made before the référent
// existed does not remove the référent, nor bring back an old passphrase.
func TestRestoreKeepsTheCurrentPassphrase(t *testing.T) {
	s := newStore(t, seedFS())
	before, err := s.AutoBackup() // no passphrase in this copy
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetPassphraseHash(testHash); err != nil {
		t.Fatal(err)
	}
	if _, err := Restore(s.Path(), before); err != nil {
		t.Fatal(err)
	}
	if h, err := s2(s.Path()).PassphraseHash(); err != nil || h != testHash {
		t.Fatalf("hash after restoring a copy without one = %q, %v", h, err)
	}
}

func TestDamagedPassphraseHash(t *testing.T) {
	path := pristine(t, 16)
	if err := s2(path).SetPassphraseHash(testHash); err != nil {
		t.Fatal(err)
	}
	markLiveFree(t, path)
	if _, err := Open(path); err == nil {
		t.Fatal("the damaged file opens")
	}
	if h := DamagedPassphraseHash(path); h != testHash {
		t.Fatalf("DamagedPassphraseHash = %q", h)
	}
	if h := DamagedPassphraseHash(path + ".absent"); h != "" {
		t.Fatalf("DamagedPassphraseHash of no file = %q", h)
	}
}

func TestReplacePassphraseHash(t *testing.T) {
	s := newStore(t, nil)
	if _, err := s.ReservePassphraseAttempt(time.Now(), func(PassphraseAttempts, time.Time) time.Duration { return 0 }); err != nil {
		t.Fatal(err)
	}
	for _, clear := range []string{"", "motdepasse", "$ pas un hachage"} {
		if err := s.ReplacePassphraseHash("", clear); !errors.Is(err, ErrNotHashed) {
			t.Errorf("ReplacePassphraseHash(%q) = %v, want ErrNotHashed", clear, err)
		}
	}
	if err := s.ReplacePassphraseHash("$autre", testHash); !errors.Is(err, ErrPassphraseChanged) {
		t.Fatalf("replacing a hash that is not there = %v", err)
	}
	if err := s.ReplacePassphraseHash("", testHash); err != nil {
		t.Fatal(err)
	}
	h, _ := s.PassphraseHash()
	a, _ := s.PassphraseAttempts()
	if h != testHash || a.Failures != 0 {
		t.Fatalf("after replace: hash %q, attempts %+v", h, a)
	}
}
