package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
)

// referentIdle is how long the référent's screens stay open without a key:
// on a shared laptop, a référent called away must not leave the profile,
// the lists or the templates open to the next person.
const referentIdle = 15 * time.Minute

// idleWatch is the référent's session: the time of the last key, whether
// a check of it is pending, and the passphrase asked again over a référent
// screen once the session has lapsed. It lives in Common, in memory: a new
// program starts locked, so quitting locks too.
type idleWatch struct {
	last   time.Time
	armed  bool
	locked bool
	lock   phraseLock
}

// idleTickMsg: time to see whether the référent's session has lapsed.
type idleTickMsg struct{}

// now is the clock of the session: Deps.Now, or the wall clock.
func (c *Common) now() time.Time {
	if c.Deps.Now != nil {
		return c.Deps.Now()
	}
	return time.Now()
}

// openReferent opens the référent's screens for the session, after the
// passphrase, and starts watching for inactivity.
func (c *Common) openReferent() tea.Cmd {
	c.referentOpen = true
	c.idle.last = c.now()
	return c.armIdle()
}

// armIdle waits until the session could lapse, if nothing waits yet. One
// tick at a time: the tick arms the next one itself.
func (c *Common) armIdle() tea.Cmd {
	if !c.referentOpen || c.idle.armed || c.Deps.Unlock == nil {
		return nil
	}
	c.idle.armed = true
	wait := max(referentIdle-c.now().Sub(c.idle.last), time.Second)
	return c.Deps.Tick(wait, func(time.Time) tea.Msg { return idleTickMsg{} })
}

// idleUpdate takes what the lock needs: every key (the session's clock,
// and the passphrase while locked), the tick, and the passphrase's check
// while locked. handled says the message stops here.
func (m Model) idleUpdate(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case idleTickMsg:
		m.c.idle.armed = false
		if !m.c.referentOpen {
			return m, nil, true
		}
		if m.c.now().Sub(m.c.idle.last) < referentIdle {
			return m, m.c.armIdle(), true
		}
		mm, cmd := m.lockIdle()
		return mm, cmd, true
	case unlockMsg:
		if !m.c.idle.locked {
			return m, nil, false
		}
		if !m.c.idle.lock.result(msg) {
			return m, nil, true
		}
		m.c.idle.locked = false
		return m, m.c.openReferent(), true
	case tea.KeyMsg:
		m.c.idle.last = m.c.now()
		// ctrl+c still quits, and « Quitter sans copier ? » takes its answer.
		if !m.c.idle.locked || m.ask.open || key.Matches(msg, m.c.Keys.ForceQuit) {
			return m, nil, false
		}
		m.c.notice = ""
		cmd, leave := m.c.idle.lock.key(msg, m.c.Deps.Unlock)
		if leave { // esc: back to the volunteers' list, the screen forgotten
			m.c.idle.locked = false
			m, cmd = m.methodTransition(methodDoneMsg{})
		}
		return m, cmd, true
	}
	return m, nil, false
}

// lockIdle ends the référent's session; a référent screen on display (or
// under the help) is hidden behind the passphrase at once.
func (m Model) lockIdle() (Model, tea.Cmd) {
	m.c.referentOpen = false
	if r, ok := m.method.(referentOnly); !ok || !r.referentOnly() || (m.state != stateMethod && m.state != stateHelp) {
		return m, nil
	}
	m.state = stateMethod
	var cmd tea.Cmd
	m.c.idle.lock, cmd = newPhraseLock()
	m.c.idle.locked = true
	return m, cmd
}

// idleView is the lock over the référent's screen: the passphrase only,
// nothing of what was on display.
func (m Model) idleView() string {
	s := m.c.Styles
	title := s.Title.Render(truncate(i18n.T("Session du référent verrouillée", "The référent's session is locked"), m.c.Width))
	why := s.Subtle.Render(wrapText(i18n.T("Quinze minutes sans une touche : la phrase de passe est demandée de nouveau.",
		"Fifteen minutes without a key: the passphrase is asked again."), m.c.Width))
	body := lipgloss.JoinVertical(lipgloss.Left, title, why, "", m.c.idle.lock.view(m.c))
	back := withHelp(m.c.Keys.Back, i18n.T("retour à la liste", "back to the list"))
	return m.c.frame(body, m.c.helpBar(bindings{short: m.c.idle.lock.keys(back)}))
}
