package tui

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"tamis/store"
)

// newGateHarness drives the program on a real store whose option « the
// charter before the first copy of the day » is on or off; signer, if any,
// has signed the charter.
func newGateHarness(t *testing.T, on bool, signer string) (*harness, *store.Store) {
	t.Helper()
	st, err := store.OpenWithSeed(filepath.Join(t.TempDir(), "tamis.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SetCharterBeforeCopy(on); err != nil {
		t.Fatal(err)
	}
	if signer != "" {
		if _, err := st.Sign(signer, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	env := newTestEnv()
	env.deps.Method, env.deps.CharterGate = st, st
	h := &harness{t: t, m: New(env.deps), env: env}
	h.run(h.m.Init(), 0)
	h.send(teaSize(80, 24))
	return h, st
}

// copies reports the copies made so far.
func (f *fakeClipboard) copies() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.n
}

// With the option on, the first copy of the day opens the charter and the
// clipboard gets nothing until the volunteer signs; then the prompt, through
// the final check. The second copy that day goes straight.
func TestCharterBeforeFirstCopy(t *testing.T) {
	h, st := newGateHarness(t, true, "")
	h.openFirst().typeText(safeMission).keys("ctrl+y")
	if h.m.state != stateMethod || h.env.clip.copies() != 0 {
		t.Fatalf("first copy: state %d, %d copies\n%s", h.m.state, h.env.clip.copies(), h.view())
	}
	h.mustSee("Avant la première copie du jour", "signée sur ce poste")
	h.keys("o") // nobody signed: there is nothing to confirm
	if h.m.state != stateMethod || h.env.clip.copies() != 0 {
		t.Fatalf("o with an empty register went on: state %d", h.m.state)
	}
	h.keys("s").typeText("Awa").keys("enter")
	if h.m.state != stateVerdict || h.m.verdict.mode != modeCopied || h.env.clip.get() != h.m.verdict.text ||
		!strings.Contains(h.env.clip.get(), safeMission) {
		t.Fatalf("after signing: state %d mode %d clipboard %q", h.m.state, h.m.verdict.mode, h.env.clip.get())
	}
	if list, _ := st.Signatures(); len(list) != 1 || list[0].Name != "Awa" {
		t.Errorf("register %+v", list)
	}
	h.keys("esc", "ctrl+y") // back to the form, copy again the same day
	if h.m.state != stateVerdict || h.m.verdict.mode != modeCopied || h.env.clip.copies() != 2 {
		t.Fatalf("second copy of the day: state %d mode %d, %d copies\n%s", h.m.state, h.m.verdict.mode, h.env.clip.copies(), h.view())
	}
}

// A volunteer who signed already confirms it with o; esc cancels the copy
// and keeps the values on the form.
func TestCharterBeforeCopyConfirmOrCancel(t *testing.T) {
	h, st := newGateHarness(t, true, "Awa")
	h.openFirst().typeText(safeMission).keys("ctrl+y")
	h.mustSee("confirmez que vous l’avez déjà signée (o)")
	h.keys("esc")
	if h.m.state != stateFill || h.env.clip.copies() != 0 || !strings.Contains(h.view(), "Copie annulée") {
		t.Fatalf("esc: state %d, %d copies\n%s", h.m.state, h.env.clip.copies(), h.view())
	}
	if !slices.Contains(slices.Collect(maps.Values(h.m.fill.values())), safeMission) {
		t.Fatalf("values lost: %v", h.m.fill.values())
	}
	if due, _, _ := st.CharterDue(time.Now()); !due {
		t.Error("a cancelled copy acknowledged the day")
	}
	h.keys("ctrl+y")
	h.mustSee("Avant la première copie du jour")
	h.keys("o")
	if h.m.state != stateVerdict || h.m.verdict.mode != modeCopied || !strings.Contains(h.env.clip.get(), safeMission) {
		t.Fatalf("after o: state %d mode %d clipboard %q", h.m.state, h.m.verdict.mode, h.env.clip.get())
	}
	if due, _, _ := st.CharterDue(time.Now()); due {
		t.Error("the day was not recorded")
	}
}

// With the option off (the default), a copy goes straight.
func TestCharterBeforeCopyOff(t *testing.T) {
	h, _ := newGateHarness(t, false, "")
	h.openFirst().typeText(safeMission).keys("ctrl+y")
	if h.m.state != stateVerdict || h.m.verdict.mode != modeCopied || h.env.clip.copies() != 1 {
		t.Fatalf("option off: state %d mode %d, %d copies\n%s", h.m.state, h.m.verdict.mode, h.env.clip.copies(), h.view())
	}
}

// The charter before a copy, at 80×24, with the line that says why.
func TestMethodCharterBeforeCopy(t *testing.T) {
	mt := newMethodTestWith(t, methodSizes[0], func(st *store.Store) {
		_ = st.SetCharterBeforeCopy(true)
		_, _ = st.Sign("Awa", time.Now())
	}, func(d *Deps, st *store.Store) { d.CharterGate = st })
	mt.openFirst().typeText(safeMission).keys("ctrl+y").waitFor("Préambule")
	mt.golden()
}
