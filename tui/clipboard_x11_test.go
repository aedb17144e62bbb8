package tui

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/atotto/clipboard"
)

// xClipboard gives the test a real X clipboard served by xclip: the
// session's DISPLAY, or an Xvfb of its own, stopped at the end. Without
// xclip or Xvfb the test is skipped, unless TAMIS_REQUIRE_X is set (CI sets
// it: there the tools are installed and a skip would hide a failure).
func xClipboard(t *testing.T) *systemClipboard {
	t.Helper()
	missing := func(tool string) {
		if os.Getenv("TAMIS_REQUIRE_X") != "" {
			t.Fatalf("%s is missing (apt-get install xvfb xclip)", tool)
		}
		t.Skipf("%s is missing: real clipboard not tested", tool)
	}
	if _, err := exec.LookPath("xclip"); err != nil {
		missing("xclip")
	}
	if os.Getenv("DISPLAY") == "" {
		if _, err := exec.LookPath("Xvfb"); err != nil {
			missing("Xvfb")
		}
		startXvfb(t)
	}
	if clipboard.Unsupported {
		t.Fatal("atotto/clipboard found no tool although xclip is installed")
	}
	// Until the X server answers, xclip fails: bounded wait for it.
	c := &systemClipboard{write: clipboard.WriteAll, read: clipboard.ReadAll, out: io.Discard}
	for i := 0; ; i++ {
		if _, err := c.Copy("sentinelle"); err == nil && xWaitFor(c, "sentinelle") {
			return c
		}
		if i == 100 {
			t.Fatal("no working X clipboard")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// startXvfb runs Xvfb on a free display and points DISPLAY at it.
func startXvfb(t *testing.T) {
	n := 90 + os.Getpid()%400
	for ; ; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); os.IsNotExist(err) {
			break
		}
	}
	display := fmt.Sprintf(":%d", n)
	cmd := exec.Command("Xvfb", display, "-nolisten", "tcp", "-screen", "0", "640x480x24")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	t.Setenv("DISPLAY", display)
}

// xWaitFor polls the real clipboard until it holds want, for at most 30 s:
// xclip hands the selection to a child process, so a read right after a
// write may still see the previous owner. It is a bound, not a timing.
func xWaitFor(c *systemClipboard, want string) bool {
	// one generous wait, as the screen tests have: under -race on a
	// loaded machine 5 s was once too short (CI of stop 45); a passing
	// test never waits it out
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if got, _ := c.read(); got == want {
			return true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}

// otherProgram copies text as another application would.
func otherProgram(t *testing.T, text string) {
	t.Helper()
	cmd := exec.Command("xclip", "-selection", "clipboard", "-i")
	cmd.Stdin = strings.NewReader(text)
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
}

// TestXClipboardClearIfHolds: on a real X clipboard, ClearIfHolds empties
// what tamis put there and leaves a text another program copied since.
func TestXClipboardClearIfHolds(t *testing.T) {
	c := xClipboard(t)
	if m, err := c.Copy(restoredAnswer); m != CopySystem || err != nil || !xWaitFor(c, restoredAnswer) {
		t.Fatalf("copy: %v %v", m, err)
	}
	if ok, err := c.ClearIfHolds(sha256.Sum256([]byte(restoredAnswer))); !ok || err != nil || !xWaitFor(c, "") {
		t.Fatalf("not cleared: %v %v", ok, err)
	}
	if _, err := c.Copy(restoredAnswer); err != nil || !xWaitFor(c, restoredAnswer) {
		t.Fatal(err)
	}
	otherProgram(t, "adresse de la salle")
	if !xWaitFor(c, "adresse de la salle") {
		t.Fatal("xclip -i did not take the clipboard")
	}
	if ok, err := c.ClearIfHolds(sha256.Sum256([]byte(restoredAnswer))); ok || err != nil {
		t.Fatalf("cleared another program's text: %v %v", ok, err)
	}
	if got, _ := c.read(); got != "adresse de la salle" {
		t.Fatalf("clipboard %q", got)
	}
}

// TestXClipboardCountdown: the program on a real X clipboard (fake clock):
// the restored answer is gone 30 s after its copy, and a text copied by
// another program during the countdown stays.
func TestXClipboardCountdown(t *testing.T) {
	c := xClipboard(t)
	for _, other := range []bool{false, true} {
		env := newTestEnv()
		env.deps.Clipboard = c
		h := &harness{t: t, m: New(env.deps), env: env}
		h.send(teaSize(100, 30))
		h.openFirst().typeText("écrire à jean.dupont@exemple.fr").keys("ctrl+y", "a")
		h.keys("r").typeText("Bonjour, écrivez à contact_001@anonyme.invalid.").keys("ctrl+y")
		if !xWaitFor(c, restoredAnswer) {
			t.Fatalf("the answer did not reach the X clipboard\n%s", h.view())
		}
		want := ""
		if other {
			want = "adresse de la salle"
			otherProgram(t, want)
			if !xWaitFor(c, want) {
				t.Fatal("xclip -i did not take the clipboard")
			}
		}
		h.elapse(env.clock, 30)
		if !xWaitFor(c, want) {
			got, _ := c.read()
			t.Fatalf("other program %v: clipboard %q, want %q", other, got, want)
		}
	}
}

// TestXClipboardQuit: ctrl+c clears a copied prompt from the real clipboard.
func TestXClipboardQuit(t *testing.T) {
	c := xClipboard(t)
	env := newTestEnv()
	env.deps.Clipboard = c
	h := &harness{t: t, m: New(env.deps), env: env}
	h.send(teaSize(100, 30))
	h.openFirst().typeText(safeMission).keys("ctrl+y")
	if got, _ := c.read(); !strings.Contains(got, safeMission) && !xWaitFor(c, h.m.verdict.text) {
		t.Fatalf("prompt not copied: %q", got)
	}
	h.keys("ctrl+c")
	if !h.quit || !xWaitFor(c, "") {
		got, _ := c.read()
		t.Fatalf("after ctrl+c the clipboard holds %q", got)
	}
}
