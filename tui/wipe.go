package tui

import (
	"crypto/sha256"
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
)

// wipeDelay is how long a restored answer (real names, e-mails, phones)
// stays in the clipboard. KeePassXC gives 10 s to paste a password into the
// field next to it; here the volunteer switches to the mail program, opens
// or answers a message and finds where the text goes, which takes longer,
// so 30 s. Longer would leave the data to the next paste anywhere, or to the
// next user of a shared laptop; ctrl+y copies it again for 30 s more, and
// the text stays on screen to select by hand.
const wipeDelay = 30 * time.Second

// sum identifies a copied text without keeping it: the model remembers what
// it put in the clipboard by its SHA-256, so forgetting the values (toBrowse)
// forgets them for good.
type sum = [sha256.Size]byte

func sumOf(text string) sum { return sha256.Sum256([]byte(text)) }

// clipState is what tamis put in the clipboard and what it will clear.
type clipState struct {
	last   sum  // the last text copied
	copied bool // last is (as far as tamis knows) still in the clipboard
	// The countdown for a restored answer: left seconds before clearing
	// it, 0 when none runs; ticks of an older countdown carry another gen.
	wipe     sum
	left     int
	gen      int
	terminal bool // copied through OSC 52: cleared without reading back
}

// wipeTickMsg is one second of the countdown gen.
type wipeTickMsg struct{ gen int }

// tickCmd waits one second of the countdown, through Deps.Tick so that
// tests run it on a fake clock.
func (m Model) tickCmd() tea.Cmd {
	gen := m.clip.gen
	return m.c.Deps.Tick(time.Second, func(time.Time) tea.Msg { return wipeTickMsg{gen: gen} })
}

// copied records a successful copy; an answer starts the countdown, any
// other copy replaces what the countdown was for, so it stops.
func (m Model) copied(msg copyDoneMsg) (Model, tea.Cmd) {
	m.clip.last, m.clip.copied = msg.sum, true
	m.clip.gen++
	m.clip.left = 0
	var cmd tea.Cmd
	if msg.answer {
		m.clip.wipe, m.clip.left = msg.sum, int(wipeDelay/time.Second)
		m.clip.terminal = msg.method == CopyTerminal
		cmd = m.tickCmd()
	}
	m.syncClipLine()
	return m, cmd
}

func (m Model) handleWipeTick(msg wipeTickMsg) (tea.Model, tea.Cmd) {
	if msg.gen != m.clip.gen || m.clip.left == 0 {
		return m, nil
	}
	m.clip.left--
	m.syncClipLine()
	if m.clip.left > 0 {
		return m, m.tickCmd()
	}
	return m, clearIfCmd(m.c.Deps.Clipboard, true, m.clip.wipe)
}

// quitSums is what quitting clears, if the clipboard still holds it: a
// restored answer always, the last copy unless the volunteer said no (c).
func (m Model) quitSums() []sum {
	var sums []sum
	if m.clip.left > 0 {
		sums = append(sums, m.clip.wipe)
	}
	if m.c.clearOnQuit && m.clip.copied {
		sums = append(sums, m.clip.last)
	}
	return sums
}

// quitCmd quits, clearing first what tamis left in the clipboard.
func (m Model) quitCmd() tea.Cmd {
	if sums := m.quitSums(); len(sums) > 0 {
		return tea.Sequence(clearIfCmd(m.c.Deps.Clipboard, false, sums...), tea.Quit)
	}
	return tea.Quit
}

// forget records a clearing: after it, the clipboard holds none of sums
// (cleared, or changed by someone else); all means everything was cleared.
// A countdown started since (another sum) goes on.
func (m Model) forget(all bool, sums []sum) Model {
	for _, s := range sums {
		if s == m.clip.wipe {
			m.clip.left = 0 // its next tick stops there
		}
		if s == m.clip.last {
			m.clip.copied = false
		}
	}
	if all {
		m.clip.copied, m.clip.left = false, 0
	}
	m.syncClipLine()
	return m
}

// syncClipLine writes the countdown line every screen shows while it runs.
func (m Model) syncClipLine() {
	if m.clip.left == 0 {
		m.c.clipLine = ""
		return
	}
	line := fmt.Sprintf(i18n.T("! Le presse-papiers (réponse rétablie, données réelles) sera vidé dans %d s.",
		"! The clipboard (restored answer, real data) will be cleared in %d s."), m.clip.left)
	if m.clip.terminal {
		line += " " + i18n.T("Par le terminal : même si vous y avez copié autre chose.",
			"Through the terminal: even if you copied something else.")
	}
	m.c.clipLine = m.c.Styles.Doubt.Render(line)
}

// clearDoneMsg reports the end of a clearing started by clearCmd or
// clearIfCmd.
type clearDoneMsg struct {
	err     error
	all     bool  // clearCmd: the volunteer asked, whatever it held
	sums    []sum // clearIfCmd: what was to be cleared
	cleared bool  // clearIfCmd: false when the clipboard had changed
	timed   bool  // the end of the countdown
}

// clearCmd empties the clipboard whatever it holds: the volunteer asked.
func clearCmd(c Clipboard) tea.Cmd {
	return func() tea.Msg { return clearDoneMsg{err: c.Clear(), all: true} }
}

// clearIfCmd empties the clipboard only if it still holds one of sums.
func clearIfCmd(c Clipboard, timed bool, sums ...sum) tea.Cmd {
	return func() tea.Msg {
		ok, err := c.ClearIfHolds(sums...)
		return clearDoneMsg{err: err, sums: sums, cleared: ok, timed: timed}
	}
}

func (m Model) handleClearDone(msg clearDoneMsg) (tea.Model, tea.Cmd) {
	var note string
	switch {
	case msg.err != nil:
		note = msg.err.Error()
	case msg.cleared || msg.all:
		note = i18n.T("Presse-papiers vidé.", "Clipboard cleared.")
	default:
		note = i18n.T("Presse-papiers laissé tel quel : il a changé depuis la copie.",
			"Clipboard left as it is: it changed since the copy.")
	}
	if msg.err == nil {
		m = m.forget(msg.all, msg.sums)
		m.verdict.cleared = m.verdict.cleared || (!msg.timed && (msg.all || msg.cleared))
	}
	m.verdict.note = note
	m.restore.note = note
	if msg.timed {
		m.c.notice = m.c.Styles.Notice.Render(note)
	}
	return m, nil
}
