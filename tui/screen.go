package tui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/library"
)

// screen is one screen of the program, in the shape of soft-serve's
// common.Component: it updates itself from the messages routed to it, draws
// itself at the size held by Common (setSize is called when it changes),
// and states its key bindings as a help.KeyMap, from which the footer and
// the ? help are rendered. A binding that does not apply at the moment is
// disabled: it matches no key and is not shown.
//
// A screen never changes another one nor the root model: it asks for a
// transition with a message (the …Msg types below) through Common.goTo,
// which the root applies in the same Update, so that a key typed ahead (a
// paste, a fast typist) reaches the new screen.
type screen interface {
	help.KeyMap
	update(msg tea.Msg) (screen, tea.Cmd)
	view() string
	setSize() screen
}

// The transitions a screen can ask for.
type (
	// openMsg opens a template's form, with the values of the session.
	openMsg struct{ t library.Template }
	// browseMsg goes back to the list; the values stay in the drafts.
	browseMsg struct{}
	// fillMsg goes back to the form, on the field named (if any); from a
	// refused check (refused), blocked holds its findings, so that each
	// field says what the whole prompt found in it (see fill_wider.go).
	fillMsg struct {
		field   string
		refused bool
		blocked []located
	}
	// checkMsg asks for the verdict on the form (ctrl+y).
	checkMsg struct{}
	// clearValuesMsg empties the form and forgets its draft.
	clearValuesMsg struct{}
	// verdictMsg goes back to the verdict screen.
	verdictMsg struct{}
	// restoreMsg opens the screen that puts the real values back into the
	// AI's answer.
	restoreMsg struct{ restore func(string) string }
	// textMsg shows a text full screen, why it is shown above it; copied
	// says it is already in the clipboard (v after a copy).
	textMsg struct {
		text, why string
		copied    bool
	}
	// helpMsg opens the help of the current screen.
	helpMsg struct{}
	// backMsg leaves the help or the text view for the screen below.
	backMsg struct{}
	// leaveMsg quits, asking first if typed values were never copied.
	leaveMsg struct{}
)

// goTo asks the root model for a transition; see screen.
func (c *Common) goTo(msg tea.Msg) { c.next = msg }

// takeNext returns the transition asked for, if any, and forgets it.
func (c *Common) takeNext() tea.Msg {
	msg := c.next
	c.next = nil
	return msg
}
