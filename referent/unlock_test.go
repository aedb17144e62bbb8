package referent

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"tamis/store"
)

// fakeClock moves only when the gate sleeps, and remembers each sleep.
type fakeClock struct {
	now    time.Time
	sleeps []time.Duration
	during func() // run inside each sleep
}

func (c *fakeClock) gate(st *store.Store) Gate {
	return Gate{Store: st, Now: func() time.Time { return c.now }, Waiting: func(time.Duration) {},
		Sleep: func(d time.Duration) {
			c.sleeps = append(c.sleeps, d)
			if c.during != nil {
				c.during()
			}
			c.now = c.now.Add(d)
		}}
}

func openStore(t *testing.T, path string) *store.Store {
	t.Helper()
	st, err := store.OpenWithSeed(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

const phrase = "la salle des fêtes"

func setUp(t *testing.T) (string, *fakeClock) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tamis.db")
	clock := &fakeClock{now: time.Date(2026, 11, 30, 20, 0, 0, 0, time.UTC)}
	if err := clock.gate(openStore(t, path)).Set("", phrase, fast); err != nil {
		t.Fatal(err)
	}
	return path, clock
}

func TestUnlockBeforeAnyPassphrase(t *testing.T) {
	g := NewGate(openStore(t, filepath.Join(t.TempDir(), "tamis.db")))
	if ok, err := g.Defined(); ok || err != nil {
		t.Fatalf("Defined on a new database = %v, %v", ok, err)
	}
	if err := g.Unlock("n’importe quoi"); !errors.Is(err, ErrNoReferent) {
		t.Fatalf("Unlock without a référent = %v, want ErrNoReferent", err)
	}
}

// TestWrongPassphrasesWait: five wrong passphrases cost nothing, then each
// waits twice as long as the one before, counted across restarts (a new
// Store on the same file), and a right one resets the count.
func TestWrongPassphrasesWait(t *testing.T) {
	path, clock := setUp(t)
	for i := range 7 {
		g := clock.gate(openStore(t, path)) // as if tamis were started again
		if err := g.Unlock("pas la bonne phrase"); !errors.Is(err, ErrWrongPhrase) {
			t.Fatalf("attempt %d: err = %v, want ErrWrongPhrase", i+1, err)
		}
	}
	want := []time.Duration{5 * time.Second, 10 * time.Second}
	if len(clock.sleeps) != 2 || clock.sleeps[0] != want[0] || clock.sleeps[1] != want[1] {
		t.Fatalf("sleeps = %v, want %v", clock.sleeps, want)
	}
	st := openStore(t, path)
	if a, err := st.PassphraseAttempts(); err != nil || a.Failures != 7 || !a.Last.Equal(clock.now) {
		t.Fatalf("attempts = %+v, %v; want 7 at %v", a, err, clock.now)
	}
	// The right passphrase waits too (20 s), then resets the count.
	if err := clock.gate(st).Unlock(phrase); err != nil {
		t.Fatal(err)
	}
	if clock.sleeps[2] != 20*time.Second {
		t.Fatalf("the right passphrase did not wait: sleeps = %v", clock.sleeps)
	}
	if a, err := st.PassphraseAttempts(); err != nil || a.Failures != 0 {
		t.Fatalf("attempts after success = %+v, %v; want none", a, err)
	}
	if err := clock.gate(st).Unlock("pas la bonne phrase"); !errors.Is(err, ErrWrongPhrase) || len(clock.sleeps) != 3 {
		t.Fatalf("after a success the first wrong one waits: %v, sleeps %v", err, clock.sleeps)
	}
	refused := 0
	events, _ := st.Events()
	for _, e := range events {
		if e.Action == store.ActionReferentRefused {
			refused++
		}
	}
	if refused != 8 {
		t.Fatalf("%d refusal events, want 8", refused)
	}
}

// TestWaitHoldsNoLock: while one tamis waits, another writes to the file.
func TestWaitHoldsNoLock(t *testing.T) {
	path, clock := setUp(t)
	other := openStore(t, path)
	var duringErr error
	clock.during = func() { duringErr = other.SetCharter("Charte écrite pendant l’attente.") }
	for range 6 {
		_ = clock.gate(openStore(t, path)).Unlock("pas la bonne phrase")
	}
	if len(clock.sleeps) != 1 || duringErr != nil {
		t.Fatalf("sleeps %v; a write during the wait: %v", clock.sleeps, duringErr)
	}
}

// TestTimePassedCountsAsWaited: a référent who comes back later does not
// wait again.
func TestTimePassedCountsAsWaited(t *testing.T) {
	path, clock := setUp(t)
	for range 5 {
		_ = clock.gate(openStore(t, path)).Unlock("pas la bonne phrase")
	}
	clock.now = clock.now.Add(time.Minute)
	if err := clock.gate(openStore(t, path)).Unlock(phrase); err != nil || len(clock.sleeps) != 0 {
		t.Fatalf("Unlock a minute later: %v, sleeps %v", err, clock.sleeps)
	}
}

func TestFileNeverHoldsThePassphrase(t *testing.T) {
	path, clock := setUp(t)
	g := clock.gate(openStore(t, path))
	_ = g.Unlock("une mauvaise phrase")
	if err := g.Unlock(phrase); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{phrase, "une mauvaise phrase", "salle des f"} {
		if bytes.Contains(data, []byte(p)) {
			t.Errorf("the database file holds %q", p)
		}
	}
	if !bytes.Contains(data, []byte("$argon2id$v=19$")) {
		t.Errorf("the database file holds no argon2id hash")
	}
}

func TestSetRefusesAShortPassphrase(t *testing.T) {
	path, clock := setUp(t)
	g := clock.gate(openStore(t, path))
	if err := g.Set(hashOf(t, path), "court", fast); err == nil {
		t.Fatal("a 5-character passphrase was accepted")
	}
	if err := g.Unlock(phrase); err != nil {
		t.Fatalf("the refused change replaced the passphrase: %v", err)
	}
}

// TestGuessersAtOnceSeeEachOther: ten tamis guessing at the same instant
// do not all pass the free attempts. Each attempt is counted when it is
// reserved, before the check, so only five go without a wait.
func TestGuessersAtOnceSeeEachOther(t *testing.T) {
	path, start := setUp(t)
	const n = 10
	clocks := make([]*fakeClock, n)
	var wg sync.WaitGroup
	for i := range n {
		clocks[i] = &fakeClock{now: start.now}
		g := clocks[i].gate(openStore(t, path))
		wg.Go(func() {
			if err := g.Unlock("pas la bonne phrase"); !errors.Is(err, ErrWrongPhrase) {
				t.Errorf("guesser %d: %v", i, err)
			}
		})
	}
	wg.Wait()
	waited := 0
	for _, c := range clocks {
		if len(c.sleeps) > 0 {
			waited++
		}
	}
	a, err := openStore(t, path).PassphraseAttempts()
	if err != nil || a.Failures != n || waited != n-FreeAttempts {
		t.Fatalf("%d failures counted (%v), %d guessers waited; want %d and %d", a.Failures, err, waited, n, n-FreeAttempts)
	}
}

// BenchmarkUnlock is what a référent command adds: read the hash, reserve
// the attempt, check with DefaultParams, reset; on a real file.
func BenchmarkUnlock(b *testing.B) {
	st, err := store.OpenWithSeed(filepath.Join(b.TempDir(), "tamis.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	g := NewGate(st)
	if err := g.Set("", phrase, DefaultParams); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := g.Unlock(phrase); err != nil {
			b.Fatal(err)
		}
	}
}

func hashOf(t *testing.T, path string) string {
	t.Helper()
	h, err := openStore(t, path).PassphraseHash()
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestSetSeesAChangeMeanwhile: a hash read before another tamis changed
// the passphrase cannot replace the new one.
func TestSetSeesAChangeMeanwhile(t *testing.T) {
	path, clock := setUp(t)
	seen := hashOf(t, path)
	g := clock.gate(openStore(t, path))
	if err := g.Set(seen, "la seconde phrase", fast); err != nil {
		t.Fatal(err)
	}
	if err := g.Set(seen, "une troisième phrase", fast); !errors.Is(err, store.ErrPassphraseChanged) {
		t.Fatalf("Set over a changed hash = %v, want ErrPassphraseChanged", err)
	}
	if err := g.Set("", "une quatrième phrase", fast); !errors.Is(err, store.ErrPassphraseChanged) {
		t.Fatalf("a second init = %v, want ErrPassphraseChanged", err)
	}
	if err := g.Unlock("la seconde phrase"); err != nil {
		t.Fatal(err)
	}
}
