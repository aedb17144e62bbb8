package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"tamis/referent"
	"tamis/store"
)

// idleHarness is the référent's harness with a passphrase, a fake clock
// for the ticks and a fake time; it returns a function that lets minutes
// pass and fires the pending tick.
func idleHarness(t *testing.T) (*harness, func(minutes int)) {
	t.Helper()
	h, _ := referentHarness(t)
	clock := newFakeClock()
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	h.m.c.Deps.Tick = clock.tick
	h.m.c.Deps.Now = func() time.Time { return now }
	h.m.c.Deps.Unlock = func(p string) error {
		if p != "la bonne phrase" {
			return referent.ErrWrongPhrase
		}
		return nil
	}
	pass := func(minutes int) {
		now = now.Add(time.Duration(minutes) * time.Minute)
		h.elapse(clock, 1)
	}
	return h, pass
}

// TestIdleLocksReferentScreens: fifteen minutes without a key lock the
// référent's screen: the passphrase is asked again and nothing of the
// screen shows; a key in between starts the fifteen minutes again. Once
// unlocked, the screen comes back as it was, typed value included.
func TestIdleLocksReferentScreens(t *testing.T) {
	h, pass := idleHarness(t)
	h.keys("r").typeText("la bonne phrase").keys("enter", "p").typeText("Les Amis du Vélo")
	pass(14)
	h.mustSee("Profil de l’association")
	h.keys("down")
	pass(14)
	h.mustSee("Profil de l’association") // 28 minutes open, 14 without a key
	pass(2)
	h.mustSee("Session du référent verrouillée", "Phrase de passe")
	if v := h.view(); strings.Contains(v, "Nom asso") || strings.Contains(v, "Les Amis du Vélo") || strings.Contains(v, "Profil") {
		t.Fatalf("the locked screen shows what was behind it:\n%s", v)
	}
	h.typeText("pas la bonne").keys("enter").mustSee("Phrase de passe incorrecte", "Session du référent verrouillée")
	h.typeText("la bonne phrase").keys("enter").mustSee("Profil de l’association", "Les Amis du Vélo")
}

// TestIdleLockEscLeavesForTheList: esc on the lock goes back to the
// volunteers' list, and r asks the passphrase again.
func TestIdleLockEscLeavesForTheList(t *testing.T) {
	h, pass := idleHarness(t)
	h.keys("r").typeText("la bonne phrase").keys("enter", "l")
	pass(16)
	h.mustSee("Session du référent verrouillée")
	h.keys("esc")
	if h.m.state != stateBrowse || h.m.c.idle.locked {
		t.Fatalf("esc leaves for state %d, locked %v", h.m.state, h.m.c.idle.locked)
	}
	h.keys("r").mustSee("Réservé au référent")
}

// TestIdleLapsesAwayFromReferentScreens: the session lapses even when the
// référent went back to the list: r asks again.
func TestIdleLapsesAwayFromReferentScreens(t *testing.T) {
	h, pass := idleHarness(t)
	h.keys("r").typeText("la bonne phrase").keys("enter", "esc")
	pass(15)
	if h.m.c.idle.locked || h.m.c.referentOpen {
		t.Fatalf("locked %v, open %v", h.m.c.idle.locked, h.m.c.referentOpen)
	}
	h.keys("r").mustSee("Réservé au référent")
}

// TestUnlockIsPerSession: a new program on the same store asks the
// passphrase again: quitting locks.
func TestUnlockIsPerSession(t *testing.T) {
	h, _ := idleHarness(t)
	h.keys("r").typeText("la bonne phrase").keys("enter").mustSee("PROMPT-010")
	next := &harness{t: t, m: New(h.m.c.Deps)}
	next.send(teaSize(80, 24))
	next.keys("r").mustSee("Réservé au référent")
}

// TestGoldenIdleLock: the lock over the référent's screen.
func TestGoldenIdleLock(t *testing.T) {
	for _, sz := range settingsSizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			h, pass := idleHarness(t)
			h.send(teaSize(sz.w, sz.h))
			h.keys("r").typeText("la bonne phrase").keys("enter", "c")
			pass(15)
			golden.RequireEqual(t, []byte(h.view()))
		})
	}
}

// TestIdleLockQuits: ctrl+c quits from the lock, and the question about
// uncopied values takes its answer there.
func TestIdleLockQuits(t *testing.T) {
	h, pass := idleHarness(t)
	h.openFirst().typeText("Les Amis du Vélo").keys("esc", "esc")
	h.keys("r").typeText("la bonne phrase").keys("enter", "p")
	pass(16)
	h.mustSee("Session du référent verrouillée")
	h.keys("ctrl+c").mustSee("Quitter sans copier")
	h.keys("o")
	if !h.quit {
		t.Fatalf("o did not quit:\n%s", h.view())
	}
}

// TestIdleLockKeepsTheGrowingWait: on the lock, wrong passphrases go
// through the store's gate: counted in the file, and after the free ones
// each waits longer.
func TestIdleLockKeepsTheGrowingWait(t *testing.T) {
	h, pass := idleHarness(t)
	st := h.m.c.Deps.Settings.(*store.Store)
	gate := referent.NewGate(st)
	if err := gate.Set("", "la bonne phrase du référent", referent.Params{Time: 1, Memory: 64, Threads: 1, SaltLen: 16, KeyLen: 32}); err != nil {
		t.Fatal(err)
	}
	var waits []time.Duration
	at := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC) // the gate's clock: a wait makes it pass
	gate.Now = func() time.Time { return at }
	gate.Sleep = func(d time.Duration) { waits, at = append(waits, d), at.Add(d) }
	h.m.c.Deps.Unlock = gate.Unlock
	h.keys("r").typeText("la bonne phrase du référent").keys("enter", "p")
	pass(16)
	for range referent.FreeAttempts + 2 {
		h.typeText("pas la bonne").keys("enter").mustSee("Phrase de passe incorrecte")
	}
	a, err := st.PassphraseAttempts()
	if err != nil || a.Failures != referent.FreeAttempts+2 || len(waits) != 2 || waits[1] <= waits[0] {
		t.Fatalf("attempts %+v, %v; waits %v", a, err, waits)
	}
	h.typeText("la bonne phrase du référent").keys("enter").mustSee("Profil de l’association")
}

// TestIdleLocksHistory: the history, a référent screen too, hides behind
// the lock.
func TestIdleLocksHistory(t *testing.T) {
	h, pass := idleHarness(t)
	h.keys("r").typeText("la bonne phrase").keys("enter", "h")
	if _, ok := h.m.method.(historyModel); !ok {
		t.Fatalf("h opened %T", h.m.method)
	}
	pass(16)
	h.mustSee("Session du référent verrouillée")
}

// TestIdleLockSparesProposals: the référent's editor hides behind the lock;
// a volunteer's proposal, which needs no passphrase, does not.
func TestIdleLockSparesProposals(t *testing.T) {
	h, pass := idleHarness(t)
	h.keys("r").typeText("la bonne phrase").keys("enter", "e")
	if _, ok := h.m.method.(editorModel); !ok {
		t.Fatalf("e opened %T", h.m.method)
	}
	pass(16)
	h.mustSee("Session du référent verrouillée")

	h, pass = idleHarness(t)
	h.keys("r").typeText("la bonne phrase").keys("enter", "esc", "n")
	if e, ok := h.m.method.(editorModel); !ok || e.mode != modePropose {
		t.Fatalf("n opened %T", h.m.method)
	}
	pass(16)
	if h.m.c.idle.locked || h.m.c.referentOpen {
		t.Fatalf("locked %v, open %v:\n%s", h.m.c.idle.locked, h.m.c.referentOpen, h.view())
	}
}
