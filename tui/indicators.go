package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
	"tamis/method"
)

// indicatorsKeys are the indicators screen's keys.
type indicatorsKeys struct {
	Up, Down, Back key.Binding
}

func defaultIndicatorsKeys() indicatorsKeys {
	return indicatorsKeys{
		Up:   key.NewBinding(key.WithKeys("up", "k", "pgup"), key.WithHelp("↑/↓", i18n.T("défiler", "scroll"))),
		Down: key.NewBinding(key.WithKeys("down", "j", "pgdown")),
		Back: key.NewBinding(key.WithKeys("esc"), key.WithHelp(i18n.T("échap", "esc"), i18n.T("retour", "back"))),
	}
}

// indicatorsModel shows what `tamis indicateurs` prints: the same figures
// from the same events.
type indicatorsModel struct {
	c      *Common
	keys   indicatorsKeys
	vp     viewport.Model
	ind    method.Indicators
	loaded bool
	err    string
	lock   phraseLock // the référent's passphrase, while locked
}

// indicatorsMsg carries the indicators read from the store.
type indicatorsMsg struct {
	ind method.Indicators
	err error
}

func newIndicators(c *Common) (methodScreen, tea.Cmd) {
	m := indicatorsModel{c: c, keys: defaultIndicatorsKeys(), vp: viewport.New(0, 0)}
	if c.Deps.Method == nil {
		m.err = unavailable()
		return m, nil
	}
	if c.Deps.Unlock != nil {
		var cmd tea.Cmd
		m.lock, cmd = newPhraseLock()
		return m, cmd
	}
	return m, indicatorsCmd(c.Deps.Method)
}

// handleLocked takes the passphrase; esc leaves.
func (m indicatorsModel) handleLocked(msg tea.KeyMsg) (screen, tea.Cmd) {
	cmd, leave := m.lock.key(msg, m.c.Deps.Unlock)
	if leave {
		done(m.c)
	}
	return m, cmd
}

func (m indicatorsModel) handleUnlock(msg unlockMsg) (screen, tea.Cmd) {
	if !m.lock.result(msg) {
		return m, nil
	}
	return m, indicatorsCmd(m.c.Deps.Method)
}

// indicatorsCmd reads every event off the UI loop.
func indicatorsCmd(src method.Source) tea.Cmd {
	return func() tea.Msg {
		ind, err := method.Gather(src, time.Time{}, time.Time{})
		return indicatorsMsg{ind, err}
	}
}

func (m indicatorsModel) setSize() screen {
	m.vp.Width, m.vp.Height = m.c.Width, max(m.c.Height-4, 1)
	if m.loaded {
		m.vp.SetContent(RenderIndicators(m.ind, m.c.Width))
	}
	return m
}

func (m indicatorsModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case indicatorsMsg:
		if msg.err != nil {
			m.err = msg.err.Error()
			return m, nil
		}
		m.ind, m.loaded = msg.ind, true
		return m.setSize(), nil
	case unlockMsg:
		return m.handleUnlock(msg)
	case tea.KeyMsg:
		if m.lock.locked {
			return m.handleLocked(msg)
		}
		if key.Matches(msg, m.keys.Back) {
			done(m.c)
			return m, nil
		}
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m indicatorsModel) view() string {
	s := m.c.Styles
	title := s.Title.Render(truncate(i18n.T("Indicateurs de la méthode", "Indicators of the method"), m.c.Width))
	body := m.vp.View()
	switch {
	case m.lock.locked:
		body = m.lock.view(m.c)
	case m.err != "":
		body = s.Error.Render(wrapText(m.err, m.c.Width))
	case !m.loaded:
		body = s.Subtle.Render(i18n.T("Lecture…", "Reading…"))
	}
	return m.c.frame(lipgloss.JoinVertical(lipgloss.Left, title, body), m.c.helpBar(m.help()))
}

func (m indicatorsModel) help() bindings {
	if m.lock.locked {
		return bindings{short: m.lock.keys(m.keys.Back)}
	}
	return bindings{short: []key.Binding{m.keys.Up, m.keys.Back}}
}
