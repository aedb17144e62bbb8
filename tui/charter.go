package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
	"tamis/method"
	"tamis/store"
)

// charterKeys are the charter screen's keys.
type charterKeys struct {
	Up, Down, Sign, Confirm, Back key.Binding
}

func defaultCharterKeys() charterKeys {
	return charterKeys{
		Up:      key.NewBinding(key.WithKeys("up", "k", "pgup"), key.WithHelp("↑/↓", i18n.T("lire", "read"))),
		Down:    key.NewBinding(key.WithKeys("down", "j", "pgdown", " ")),
		Sign:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", i18n.T("signer", "sign"))),
		Confirm: key.NewBinding(key.WithKeys("enter"), key.WithHelp(i18n.T("entrée", "enter"), i18n.T("signer", "sign"))),
		Back:    key.NewBinding(key.WithKeys("esc"), key.WithHelp(i18n.T("échap", "esc"), i18n.T("retour", "back"))),
	}
}

// charterModel shows the charter, rendered by glamour, and lets a
// volunteer sign it with a first name or initials of their choice.
type charterModel struct {
	c       *Common
	keys    charterKeys
	vp      viewport.Model
	text    string // Markdown
	version int
	signing bool
	name    textinput.Model
	done    string // the confirmation once signed
	err     string
	gate    *beforeCopy // opened by a copy (charter_gate.go); nil from the list
}

// charterMsg carries the charter read from the store, rendered.
type charterMsg struct {
	text, rendered string
	version        int
	err            error
}

// signedMsg is the result of a signature.
type signedMsg struct {
	sig store.Signature
	err error
}

func newCharter(c *Common) (methodScreen, tea.Cmd) {
	in := textinput.New()
	in.Placeholder = i18n.T("prénom ou initiales", "first name or initials")
	in.CharLimit = 40
	m := charterModel{c: c, keys: defaultCharterKeys(), vp: viewport.New(0, 0), name: in, text: method.DefaultCharter, version: 1}
	return m, loadCharterCmd(c.Deps.Method, c.Width, c.Deps.Markdown)
}

// loadCharterCmd reads and renders the charter off the UI loop: a glamour
// renderer costs milliseconds.
func loadCharterCmd(st MethodStore, width int, style string) tea.Cmd {
	return func() tea.Msg {
		text, version := "", 1
		var err error
		if st != nil {
			if text, err = st.Charter(); err == nil {
				version, err = st.CharterVersion()
			}
		}
		text = method.CharterOrDefault(text)
		return charterMsg{text: text, rendered: renderCharter(text, width, style), version: version, err: err}
	}
}

func renderCharter(text string, width int, style string) string {
	if style == "" {
		style = "notty"
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(max(width-4, 20)))
	if err != nil {
		return wrapText(text, width)
	}
	out, err := r.Render(text)
	if err != nil {
		return wrapText(text, width)
	}
	return strings.Trim(out, "\n")
}

func signCmd(st MethodStore, name string) tea.Cmd {
	return func() tea.Msg {
		if st == nil {
			return signedMsg{err: fmt.Errorf("%s", unavailable())}
		}
		sig, err := st.Sign(name, time.Now())
		return signedMsg{sig: sig, err: err}
	}
}

func (m charterModel) setSize() screen {
	m.vp.Width, m.vp.Height = m.c.Width, max(m.c.Height-5, 1)
	return m
}

func (m charterModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case charterMsg:
		m.text, m.version = msg.text, msg.version
		m.vp.SetContent(msg.rendered)
		if msg.err != nil {
			m.err = msg.err.Error()
		}
		return m, nil
	case signedMsg:
		m = m.handleSigned(msg)
		if m.gate != nil && msg.err == nil {
			return m, ackCharterCmd(m.c.Deps.CharterGate)
		}
		return m, nil
	case charterAckedMsg:
		return m.acked(msg), nil
	case tea.KeyMsg:
		if m.signing {
			return m.handleNameKey(msg)
		}
		return m.handleKey(msg)
	}
	return m, nil
}

func (m charterModel) handleKey(msg tea.KeyMsg) (screen, tea.Cmd) {
	if m.gate != nil {
		if m, cmd, ok := m.gateKey(msg); ok {
			return m, cmd
		}
	}
	switch {
	case key.Matches(msg, m.keys.Back):
		done(m.c)
		return m, nil
	case key.Matches(msg, m.keys.Sign):
		m.signing, m.err, m.done = true, "", ""
		m.name.SetValue("")
		return m, m.name.Focus()
	}
	var cmd tea.Cmd
	m.vp, cmd = m.vp.Update(msg)
	return m, cmd
}

func (m charterModel) handleNameKey(msg tea.KeyMsg) (screen, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Back):
		m.signing = false
		m.name.Blur()
		return m, nil
	case key.Matches(msg, m.keys.Confirm):
		name, err := store.CleanSignerName(m.name.Value())
		if err != nil {
			m.err = err.Error()
			return m, nil
		}
		return m, signCmd(m.c.Deps.Method, name)
	}
	var cmd tea.Cmd
	m.name, cmd = m.name.Update(msg)
	return m, cmd
}

func (m charterModel) handleSigned(msg signedMsg) charterModel {
	if msg.err != nil {
		m.err = msg.err.Error()
		return m
	}
	m.signing = false
	m.name.Blur()
	m.name.SetValue("")
	m.done = fmt.Sprintf(i18n.T("✓ Merci, %s : charte (version %d) signée.", "✓ Thank you, %s: charter (version %d) signed."),
		msg.sig.Name, msg.sig.Version)
	return m
}

func (m charterModel) view() string {
	s := m.c.Styles
	title := s.Title.Render(truncate(fmt.Sprintf(i18n.T("Charte de l’association — version %d", "The association's charter — version %d"), m.version), m.c.Width))
	var status string
	switch {
	case m.signing:
		status = truncate(i18n.T("Signer de votre prénom ou de vos initiales : ", "Sign with your first name or initials: "), m.c.Width) + "\n" + m.name.View()
	case m.done != "":
		status = s.Notice.Render(truncate(m.done, m.c.Width))
	default:
		status = s.Subtle.Render(truncate(i18n.T("Lisez-la jusqu’au bout, puis s pour la signer.", "Read it to the end, then s to sign it."), m.c.Width))
	}
	if m.err != "" {
		status += "\n" + s.Error.Render(wrapText(m.err, m.c.Width))
	}
	if m.gate != nil {
		title += "\n" + s.Notice.Render(wrapText(m.gate.line(), m.c.Width))
	}
	vp := m.vp
	vp.Height = max(m.c.Height-3-lipgloss.Height(title)-lipgloss.Height(status), 1)
	return m.c.frame(lipgloss.JoinVertical(lipgloss.Left, title, vp.View(), status), m.c.helpBar(m.help()))
}

func (m charterModel) help() bindings {
	if m.signing {
		return bindings{short: []key.Binding{m.keys.Confirm, withHelp(m.keys.Back, i18n.T("annuler", "cancel"))}}
	}
	if m.gate != nil {
		return m.gateHelp()
	}
	return bindings{short: []key.Binding{m.keys.Up, m.keys.Sign, m.keys.Back}}
}
