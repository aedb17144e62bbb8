package tui

import (
	"strings"
	"testing"
)

const restoredAnswer = "Bonjour, écrivez à jean.dupont@exemple.fr."

// restored runs the anonymise-and-restore flow: the clipboard then holds
// the AI's answer with the real e-mail.
func restored(t *testing.T) *harness {
	t.Helper()
	h := newHarness(t, 100, 30).openFirst().keys("tab", "tab").typeText("écrire à jean.dupont@exemple.fr").keys("ctrl+y", "a")
	h.keys("r").typeText("Bonjour, écrivez à contact_001@anonyme.invalid.").keys("ctrl+y")
	if got := h.env.clip.get(); got != restoredAnswer {
		t.Fatalf("restored %q", got)
	}
	return h
}

// TestRestoredAnswerCleared: 30 s after the copy of a restored answer the
// clipboard is emptied, and the screen counts down until then, whatever
// screen the volunteer went to.
func TestRestoredAnswerCleared(t *testing.T) {
	h := restored(t)
	h.mustSee("sera vidé dans 30 s")
	h.elapse(h.env.clock, 10)
	h.mustSee("sera vidé dans 20 s")
	h.keys("enter") // back to the list: the countdown goes on
	h.mustSee("sera vidé dans 20 s")
	h.elapse(h.env.clock, 19)
	if h.env.clip.get() != restoredAnswer {
		t.Fatal("cleared before 30 s")
	}
	h.elapse(h.env.clock, 1)
	if got := h.env.clip.get(); got != "" {
		t.Fatalf("after 30 s the clipboard still holds %q", got)
	}
	h.mustSee("Presse-papiers vidé.")
	if strings.Contains(h.view(), "sera vidé dans") {
		t.Fatalf("the countdown is still shown:\n%s", h.view())
	}
}

// TestRestoredAnswerChangedIsKept: a text copied by another program during
// the countdown is not erased, and the volunteer is told.
func TestRestoredAnswerChangedIsKept(t *testing.T) {
	h := restored(t)
	h.elapse(h.env.clock, 5)
	h.env.clip.set("adresse de la salle")
	h.elapse(h.env.clock, 30)
	if got := h.env.clip.get(); got != "adresse de la salle" {
		t.Fatalf("the countdown erased another program's copy: %q", got)
	}
	h.mustSee("Presse-papiers laissé tel quel : il a changé depuis la copie.")
}

// TestRestoredAnswerClearNowAndCopyAgain: x clears at once and stops the
// countdown; ctrl+y copies again for 30 s more.
func TestRestoredAnswerClearNowAndCopyAgain(t *testing.T) {
	h := restored(t)
	h.elapse(h.env.clock, 25)
	h.keys("ctrl+y")
	h.mustSee("sera vidé dans 30 s")
	h.elapse(h.env.clock, 29)
	if h.env.clip.get() != restoredAnswer {
		t.Fatal("copy again did not restart the countdown")
	}
	h.keys("x")
	if h.env.clip.get() != "" || h.m.clip.left != 0 {
		t.Fatalf("x: clipboard %q, countdown %d", h.env.clip.get(), h.m.clip.left)
	}
	h.mustSee("Presse-papiers vidé.")
	h.env.clip.set("copié ensuite ailleurs")
	h.elapse(h.env.clock, 5)
	if h.env.clip.get() != "copié ensuite ailleurs" {
		t.Fatal("a stopped countdown still cleared")
	}
}

// TestRestoredAnswerClearedOnQuit: quitting during the countdown clears the
// answer even when the volunteer turned "clear on quit" off for prompts.
func TestRestoredAnswerClearedOnQuit(t *testing.T) {
	h := restored(t)
	h.keys("esc", "c") // back to the verdict screen, clear on quit: no
	h.mustSee("en quittant : non")
	h.keys("ctrl+c")
	if got := h.env.clip.get(); got != "" || !h.quit {
		t.Fatalf("clipboard %q quit %v", got, h.quit)
	}
}

// TestAnotherCopyStopsCountdown: a new prompt copied by tamis replaces the
// answer; the countdown stops and the prompt stays until quit.
func TestAnotherCopyStopsCountdown(t *testing.T) {
	h := restored(t)
	h.keys("esc", "esc", "ctrl+u").typeText(safeMission).keys("ctrl+y")
	prompt := h.env.clip.get()
	if prompt == restoredAnswer || strings.Contains(h.view(), "sera vidé dans") {
		t.Fatalf("clipboard %q\n%s", prompt, h.view())
	}
	h.elapse(h.env.clock, 40)
	if h.env.clip.get() != prompt {
		t.Fatal("the old countdown cleared the new prompt")
	}
}

// TestClearAtExit: when the program ends without the quit keys (SIGTERM, a
// closed terminal), Run clears from the final model; after a panic, with no
// model, it clears the last copy if the clipboard still holds it.
func TestClearAtExit(t *testing.T) {
	h := restored(t)
	if err := clearAtExit(h.env.clip, h.m); err != nil || h.env.clip.get() != "" {
		t.Fatalf("final model: clipboard %q (%v)", h.env.clip.get(), err)
	}
	now := "Bonjour, écrivez à jean.dupont@exemple.fr."
	sys := &systemClipboard{write: func(s string) error { now = s; return nil }, read: func() (string, error) { return now, nil }}
	if _, err := sys.Copy(now); err != nil {
		t.Fatal(err)
	}
	if err := clearAtExit(sys, nil); err != nil || now != "" {
		t.Fatalf("no model: clipboard %q (%v)", now, err)
	}
}

// TestCountdownThroughTerminal: through OSC 52 tamis cannot read the
// clipboard back, and the countdown line says it will clear anyway.
func TestCountdownThroughTerminal(t *testing.T) {
	env := newTestEnv()
	env.clip.terminal = true
	h := &harness{t: t, m: New(env.deps), env: env}
	h.send(teaSize(100, 30))
	h.openFirst().keys("tab", "tab").typeText("écrire à jean.dupont@exemple.fr").keys("ctrl+y", "a")
	h.keys("r").typeText("Bonjour, écrivez à contact_001@anonyme.invalid.").keys("ctrl+y")
	h.mustSee("sera vidé dans 30 s.", "Par le terminal : même", "copié autre chose.")
}
