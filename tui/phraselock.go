package tui

import (
	"errors"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
	"tamis/referent"
)

// phraseLock is the référent's passphrase asked by a screen before it
// shows anything (indicators, templates by status): one field, checked
// off the UI loop, its own line of status.
type phraseLock struct {
	locked bool
	input  textinput.Model
	status string // « Vérification… » or why the passphrase was refused
}

// unlockMsg is the check of the référent's passphrase.
type unlockMsg struct{ err error }

// newPhraseLock is a locked field with the focus.
func newPhraseLock() (phraseLock, tea.Cmd) {
	l := phraseLock{locked: true, input: textinput.New()}
	l.input.EchoMode, l.input.EchoCharacter = textinput.EchoPassword, '•'
	// A still cursor: the field waits for one line, and a blink would
	// redraw the screen for nothing while the référent types.
	l.input.Cursor.SetMode(cursor.CursorStatic)
	return l, l.input.Focus()
}

// unlockCmd checks the passphrase off the UI loop: argon2id takes a
// moment, and after wrong attempts the gate waits.
func unlockCmd(unlock func(string) error, phrase string) tea.Cmd {
	return func() tea.Msg { return unlockMsg{unlock(phrase)} }
}

// key takes a key while locked: enter hands the passphrase to unlock (the
// field keeps nothing), esc says leave.
func (l *phraseLock) key(msg tea.KeyMsg, unlock func(string) error) (cmd tea.Cmd, leave bool) {
	switch msg.String() {
	case "esc":
		return nil, true
	case "enter":
		phrase := l.input.Value()
		l.input.SetValue("") // not kept once handed to the check
		l.status = i18n.T("Vérification…", "Checking…")
		return unlockCmd(unlock, phrase), false
	}
	l.input, cmd = l.input.Update(msg)
	return cmd, false
}

// result takes the check's answer and says whether the screen is open.
func (l *phraseLock) result(msg unlockMsg) bool {
	if msg.err != nil {
		l.status = msg.err.Error()
		if errors.Is(msg.err, referent.ErrWrongPhrase) {
			l.status = i18n.T("Phrase de passe incorrecte.", "Wrong passphrase.")
		}
		return false
	}
	l.locked, l.status = false, ""
	l.input.Blur()
	return true
}

// view is the question, the field and the status line.
func (l phraseLock) view(c *Common) string {
	body := wrapText(i18n.T("Réservé au référent. Phrase de passe :", "For the référent. Passphrase:"), c.Width) + "\n" + l.input.View()
	if l.status != "" {
		body += "\n" + c.Styles.Error.Render(wrapText(l.status, c.Width))
	}
	return body
}

// keys is the footer while locked.
func (l phraseLock) keys(back key.Binding) []key.Binding {
	return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp(i18n.T("entrée", "enter"), i18n.T("valider", "confirm"))), back}
}
