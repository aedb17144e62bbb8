//go:build linux

package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"tamis/library"
)

// pty is a pseudo-terminal: the test types on master, tamis reads slave.
type pty struct {
	master, slave *os.File
	mu            sync.Mutex
	seen          bytes.Buffer // everything the terminal showed
}

func openPTY(t *testing.T) *pty {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(master.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(master.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	slave, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	p := &pty{master: master, slave: slave}
	go func() { // until the last slave closes (EIO)
		buf := make([]byte, 4096)
		for {
			n, err := master.Read(buf)
			p.mu.Lock()
			p.seen.Write(buf[:n])
			p.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() { master.Close() })
	return p
}

// lockedBuffer is a stderr that the test reads while tamis writes it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// waitFor waits until text has appeared n times in show(); the deadline
// only turns a hang into a failure.
// typeSecret types a passphrase once tamis has turned the terminal's echo
// off: the prompt is printed just before, and typing in between would be
// echoed by the terminal itself, not by tamis.
func (p *pty) typeSecret(t *testing.T, s string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		tio, err := unix.IoctlGetTermios(int(p.slave.Fd()), unix.TCGETS)
		if err != nil {
			t.Fatal(err)
		}
		if tio.Lflag&unix.ECHO == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the terminal's echo was never turned off")
		}
		time.Sleep(5 * time.Millisecond)
	}
	p.master.WriteString(s + "\n")
}

func waitFor(t *testing.T, show func() string, text string, n int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for strings.Count(show(), text) < n {
		if time.Now().After(deadline) {
			t.Fatalf("waited for %q (%d×); shown: %q", text, n, show())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (p *pty) shown() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.seen.String()
}

// tamisOn starts the real tamis with the terminal as its controlling
// terminal; stdin is the terminal unless stdin is given.
func tamisOn(t *testing.T, p *pty, stdin io.Reader, args ...string) (*exec.Cmd, *lockedBuffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "TAMIS_TEST_MAIN=1", "LANG=fr_FR.UTF-8")
	errb := &lockedBuffer{}
	cmd.Stdout, cmd.Stderr = io.Discard, errb
	cmd.Stdin = p.slave
	cmd.ExtraFiles = []*os.File{p.slave} // fd 3, the controlling terminal
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 3}
	if stdin != nil {
		cmd.Stdin = stdin
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, errb
}

func exitCode(t *testing.T, cmd *exec.Cmd) int {
	t.Helper()
	_ = cmd.Wait()
	return cmd.ProcessState.ExitCode()
}

// TestPassphraseOnATerminal: init asks twice with no echo; two different
// phrases are refused; import - reads its data on stdin and asks the
// passphrase on the terminal (/dev/tty).
func TestPassphraseOnATerminal(t *testing.T) {
	db := newCLI(t).db
	p := openPTY(t)
	cmd, errb := tamisOn(t, p, nil, "referent", "init", "--db", db)
	waitFor(t, errb.String, "Nouvelle phrase de passe : ", 1)
	p.typeSecret(t, testPhrase)
	waitFor(t, errb.String, "La même, pour confirmer : ", 1)
	p.typeSecret(t, "une autre phrase")
	if code := exitCode(t, cmd); code != exitError || !strings.Contains(errb.String(), "les deux phrases diffèrent") {
		t.Fatalf("two different phrases: code %d, stderr %q", code, errb.String())
	}

	cmd, errb = tamisOn(t, p, nil, "referent", "init", "--db", db)
	waitFor(t, errb.String, "Nouvelle phrase de passe : ", 1)
	p.typeSecret(t, testPhrase)
	waitFor(t, errb.String, "La même, pour confirmer : ", 1)
	p.typeSecret(t, testPhrase)
	if code := exitCode(t, cmd); code != exitOK {
		t.Fatalf("init on a terminal: code %d, stderr %q", code, errb.String())
	}

	cmd, errb = tamisOn(t, p, strings.NewReader(twoTemplates), "import", "-", "--db", db)
	waitFor(t, p.shown, "Phrase de passe du référent (Entrée seule : importer comme brouillons) : ", 1)
	p.typeSecret(t, testPhrase)
	if code := exitCode(t, cmd); code != exitOK {
		t.Fatalf("import - with the passphrase on /dev/tty: code %d, stderr %q", code, errb.String())
	}

	// Enter alone: whoever does not know the passphrase proposes drafts.
	draft := strings.ReplaceAll(twoTemplates, "PROMPT-90", "PROMPT-95")
	cmd, errb = tamisOn(t, p, strings.NewReader(draft), "import", "-", "--db", db)
	waitFor(t, p.shown, "Phrase de passe du référent (Entrée seule : importer comme brouillons) : ", 2)
	p.typeSecret(t, "")
	if code := exitCode(t, cmd); code != exitOK {
		t.Fatalf("import - with Enter alone: code %d, stderr %q", code, errb.String())
	}
	if st := (&cli{t: t, db: db}).status("PROMPT-950"); st != library.StatusDraft {
		t.Fatalf("import - with Enter alone: status %q, want a draft", st)
	}
	if shown := p.shown(); strings.Contains(shown, "salle") || strings.Contains(shown, "autre phrase") {
		t.Fatalf("the terminal echoed a passphrase: %q", shown)
	}
}
