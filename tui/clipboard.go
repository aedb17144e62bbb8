package tui

import (
	"crypto/sha256"
	"io"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/atotto/clipboard"
	"github.com/aymanbagabas/go-osc52/v2"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/term"

	"tamis/i18n"
	"tamis/library/classify"
)

// CopyMethod says how a text reached the clipboard, because the volunteer
// must be told when tamis could not be sure it did.
type CopyMethod int

const (
	// CopyNone: nothing could be copied; the text is shown to select by hand.
	CopyNone CopyMethod = iota
	// CopySystem: the system clipboard (xclip, xsel, wl-copy…) took it.
	CopySystem
	// CopyTerminal: sent to the terminal with OSC 52; it usually works
	// (and over SSH) but tamis cannot check it did.
	CopyTerminal
)

// Clipboard copies and clears. The real one is systemClipboard; tests use
// a fake so they run without an X server.
type Clipboard interface {
	Copy(text string) (CopyMethod, error)
	// Clear empties the clipboard, whatever it holds.
	Clear() error
	// ClearIfHolds empties the clipboard only if it still holds one of
	// the texts of these SHA-256 sums (what tamis put there), so that a
	// text copied since from another program is left alone; it reports
	// whether it cleared.
	ClearIfHolds(sums ...[sha256.Size]byte) (bool, error)
}

// noClipboardError is returned when neither the system clipboard nor the
// terminal can take the text. Its message is translated when it is read, so
// it follows i18n.SetEnglish whenever that is called; being comparable, it
// also works with errors.Is.
type noClipboardError struct{}

func (noClipboardError) Error() string {
	return i18n.T("aucun presse-papiers disponible (xclip, xsel ou wl-copy absent, terminal inconnu)",
		"no clipboard available (xclip, xsel or wl-copy missing, unknown terminal)")
}

// systemClipboard uses atotto/clipboard and falls back on OSC 52.
type systemClipboard struct {
	mu          sync.Mutex
	write       func(string) error     // clipboard.WriteAll; tests replace it
	read        func() (string, error) // clipboard.ReadAll
	unsupported bool                   // no xclip, xsel, wl-copy… found
	out         io.Writer              // the terminal, for OSC 52
	terminal    bool                   // whether OSC 52 may work at all
	last        CopyMethod
	lastSum     [sha256.Size]byte // of the last text copied, for clearAtExit
}

// NewSystemClipboard returns the real clipboard. OSC 52 sequences go to
// stderr when it is a terminal: bubbletea renders on stdout, so a sequence
// never lands in the middle of a frame.
func NewSystemClipboard() Clipboard {
	t := os.Getenv("TERM")
	tty := term.IsTerminal(os.Stderr.Fd()) && t != "" && t != "dumb" && t != "linux"
	return &systemClipboard{write: clipboard.WriteAll, read: clipboard.ReadAll,
		unsupported: clipboard.Unsupported, out: os.Stderr, terminal: tty}
}

func (c *systemClipboard) Copy(text string) (CopyMethod, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.lastSum = sha256.Sum256([]byte(text))
	var sysErr error
	if !c.unsupported {
		if sysErr = c.write(text); sysErr == nil {
			c.last = CopySystem
			return CopySystem, nil
		}
	}
	if c.terminal {
		if _, err := oscSequence(osc52.New(text)).WriteTo(c.out); err == nil {
			c.last = CopyTerminal
			return CopyTerminal, nil
		}
	}
	c.last = CopyNone
	if sysErr != nil {
		return CopyNone, wrapErr("copie impossible", "cannot copy", sysErr)
	}
	return CopyNone, noClipboardError{}
}

func (c *systemClipboard) Clear() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch c.last {
	case CopySystem:
		if err := c.write(""); err != nil {
			return wrapErr("effacement impossible", "cannot clear", err)
		}
	case CopyTerminal:
		if _, err := oscSequence(osc52.Clear()).WriteTo(c.out); err != nil {
			return wrapErr("effacement impossible", "cannot clear", err)
		}
	}
	return nil
}

// ClearIfHolds reads the system clipboard back and clears it only when it
// still holds one of sums. A clipboard that cannot be read is left alone:
// it was readable text when tamis wrote it, so another program has taken
// it since (an image, a file). Through OSC 52 tamis cannot read the
// terminal's clipboard back; it clears anyway, because leaving real
// personal data there is worse than erasing a text copied in the last
// seconds, and the screen says so while the countdown runs. Between the
// read and the clearing another copy could slip in; the window is the
// time to start one xclip.
func (c *systemClipboard) ClearIfHolds(sums ...[sha256.Size]byte) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(sums) == 0 {
		return false, nil
	}
	switch c.last {
	case CopySystem:
		cur, err := c.read()
		if err != nil || !slices.Contains(sums, sha256.Sum256([]byte(cur))) {
			return false, nil
		}
		if err := c.write(""); err != nil {
			return false, wrapErr("effacement impossible", "cannot clear", err)
		}
		return true, nil
	case CopyTerminal:
		if _, err := oscSequence(osc52.Clear()).WriteTo(c.out); err != nil {
			return false, wrapErr("effacement impossible", "cannot clear", err)
		}
		return true, nil
	}
	return false, nil
}

// clearLast clears what tamis last copied if the clipboard still holds it,
// when the program ended without a model to say more (a panic).
func (c *systemClipboard) clearLast() error {
	c.mu.Lock()
	s := c.lastSum
	c.mu.Unlock()
	_, err := c.ClearIfHolds(s)
	return err
}

// oscSequence wraps the sequence for tmux or screen, which otherwise eat it.
func oscSequence(s osc52.Sequence) osc52.Sequence {
	switch {
	case os.Getenv("TMUX") != "":
		return s.Tmux()
	case strings.HasPrefix(os.Getenv("TERM"), "screen"):
		return s.Screen()
	}
	return s
}

// copyDoneMsg reports the end of a copy started by checkedCopyCmd or
// copyAnswerCmd. refused holds the final check when it blocked the text:
// then nothing was written.
type copyDoneMsg struct {
	method  CopyMethod
	err     error
	sum     sum  // of the text copied
	answer  bool // a restored answer (real personal data), not a prompt
	refused *classify.Result
	fresh   *freshRules // rebuilt for the final check: to install
	rules   error       // the rules could not be read again: nothing copied
}

// checkedCopyCmd is the only way a prompt reaches the clipboard. It runs the
// final check on the exact bytes it is about to write, and writes nothing
// when that check blocks them, whatever screen asked for the copy: so no
// path (copy, anonymise-and-copy, a later one) can hand a blocked text to a
// public AI. The check uses the rules of the file as they are now (a deny
// entry added meanwhile applies); when they cannot be read, nothing is
// copied. It runs in the background: it reads the file and may run xclip.
func checkedCopyCmd(rules rulesRef, c Clipboard, text string) tea.Cmd {
	return func() tea.Msg {
		ch, fresh, err := rules.fresh()
		if err != nil {
			return copyDoneMsg{rules: err}
		}
		if r := ch.Classify(text); r.Verdict == classify.Blocked {
			return copyDoneMsg{refused: &r, fresh: fresh}
		}
		m, err := c.Copy(text)
		return copyDoneMsg{method: m, err: err, sum: sumOf(text), fresh: fresh}
	}
}

// copyAnswerCmd copies the AI's answer with the real values put back. It is
// not checked: it goes to the volunteer's own mail or document, never to an
// AI, and holds by design the personal data the codes stood for.
func copyAnswerCmd(c Clipboard, text string) tea.Cmd {
	return func() tea.Msg {
		m, err := c.Copy(text)
		return copyDoneMsg{method: m, err: err, sum: sumOf(text), answer: true}
	}
}
