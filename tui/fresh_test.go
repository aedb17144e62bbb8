package tui

import (
	"path/filepath"
	"testing"

	"tamis/library/classify"
	"tamis/store"
)

// storeHarness is the program over a real store on a temporary file, with
// the test templates and a fake clipboard.
func storeHarness(t testing.TB) (*harness, *store.Store, *fakeClipboard) {
	t.Helper()
	st, err := store.OpenWithSeed(filepath.Join(t.TempDir(), "tamis.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Import(testTemplates()); err != nil {
		t.Fatal(err)
	}
	d, err := depsFrom(st)
	if err != nil {
		t.Fatal(err)
	}
	clip := &fakeClipboard{}
	d.Clipboard = clip
	d.Tick = newFakeClock().tick
	h := &harness{t: t, m: New(d)}
	h.send(teaSize(100, 30))
	return h, st, clip
}

// TestRulesFreshness: an open TUI applies a deny entry added meanwhile
// through the store (as `tamis rules --deny` does) at the next ctrl+y, and
// an allow entry too; the badge of the field follows.
func TestRulesFreshness(t *testing.T) {
	h, st, clip := storeHarness(t)
	h.keys("/").typeText("message").keys("enter")
	h.typeText("nos bénévoles").keys("tab").typeText("le Projet Horizon")
	h.keys("ctrl+y")
	if h.m.verdict.mode != modeCopied || clip.n != 1 {
		t.Fatalf("before the deny entry: mode %d, %d copies\n%s", h.m.verdict.mode, clip.n, h.view())
	}
	h.keys("esc")
	if err := st.UpdateRules(func(r *store.Rules) error { r.Deny = append(r.Deny, "Projet Horizon"); return nil }); err != nil {
		t.Fatal(err)
	}
	h.keys("ctrl+y")
	if h.m.state != stateVerdict || h.m.verdict.mode != modeBlocked || clip.n != 1 {
		t.Fatalf("after the deny entry: state %d mode %d, %d copies\n%s", h.m.state, h.m.verdict.mode, clip.n, h.view())
	}
	h.mustSee("Bloqué : rien n’a été copié.", "[sujet]")
	h.keys("esc")
	if lvl := h.m.fill.fields[1].level(); lvl != levelOf(classify.Result{Category: classify.Sensitive, Verdict: classify.Blocked}) {
		t.Fatalf("the badge of [sujet] kept the old rules: level %v", lvl)
	}

	// The other way: a name the référent declares public is copied.
	h.keys("shift+tab", "ctrl+u").typeText("Karima Benali").keys("tab", "ctrl+u").typeText("la fête")
	h.keys("ctrl+y")
	if h.m.verdict.mode != modeBlocked {
		t.Fatalf("a person's name was not blocked: mode %d\n%s", h.m.verdict.mode, h.view())
	}
	h.keys("esc")
	if err := st.UpdateRules(func(r *store.Rules) error { r.Allow = append(r.Allow, "Karima Benali"); return nil }); err != nil {
		t.Fatal(err)
	}
	h.keys("ctrl+y")
	if h.m.verdict.mode != modeCopied || clip.n != 2 {
		t.Fatalf("after the allow entry: mode %d, %d copies\n%s", h.m.verdict.mode, clip.n, h.view())
	}
}

// TestFinalCheckRereadsRules: the final check itself, not only the verdict
// screen, reads the rules again. A verdict taken before the change (here
// the copy command is built with the old checker) cannot copy a text the
// new rules block.
func TestFinalCheckRereadsRules(t *testing.T) {
	h, st, clip := storeHarness(t)
	old := h.m.c.rulesRef()
	if err := st.UpdateRules(func(r *store.Rules) error { r.Deny = append(r.Deny, "Projet Horizon"); return nil }); err != nil {
		t.Fatal(err)
	}
	msg := checkedCopyCmd(old, clip, "Rédige un message sur le Projet Horizon.")().(copyDoneMsg)
	if msg.refused == nil || clip.n != 0 {
		t.Fatalf("copied with stale rules: %+v, %d copies", msg, clip.n)
	}
	if msg.fresh == nil || msg.fresh.version == old.version {
		t.Fatalf("no rebuilt checker to install: %+v", msg.fresh)
	}
	again := checkedCopyCmd(rulesRef{src: old.src, checker: msg.fresh.checker, version: msg.fresh.version}, clip, "bonjour")
	if m := again().(copyDoneMsg); m.fresh != nil || m.method != CopySystem {
		t.Fatalf("unchanged rules were rebuilt or the copy failed: %+v", m)
	}
}

// brokenSource cannot be read: the disk went away under the open TUI.
type brokenSource struct{}

func (brokenSource) RulesVersion() (uint64, error) { return 0, errDisk }
func (brokenSource) VersionedClassifierRules() (store.CheckRules, uint64, error) {
	return store.CheckRules{}, 0, errDisk
}

// TestRulesUnreadable: when the rules cannot be read again, nothing is
// copied and the volunteer is told why, in French.
func TestRulesUnreadable(t *testing.T) {
	env := newTestEnv()
	env.deps.Rules = brokenSource{}
	h := &harness{t: t, m: New(env.deps), env: env}
	h.send(teaSize(100, 30))
	h.keys("/").typeText("planning").keys("enter", "ctrl+y")
	h.mustSee("relecture des règles impossible : disque illisible — rien n’a été copié.")
	if env.clip.n != 0 {
		t.Fatalf("%d copies with unreadable rules", env.clip.n)
	}
	msg := checkedCopyCmd(h.m.c.rulesRef(), env.clip, "bonjour")().(copyDoneMsg)
	if msg.rules == nil || env.clip.n != 0 {
		t.Fatalf("final check with unreadable rules: %+v, %d copies", msg, env.clip.n)
	}
}
