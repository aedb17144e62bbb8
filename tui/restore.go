package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
	"tamis/library"
)

// restoreModel takes the AI's answer to an anonymised prompt and puts the
// real values back, locally: the codes never leave the laptop's memory.
type restoreModel struct {
	c        *Common
	area     textarea.Model
	restore  func(string) string
	restored string
	done     bool
	method   CopyMethod
	note     string
}

func newRestore(c *Common, restore func(string) string) restoreModel {
	a := textarea.New()
	a.Placeholder = i18n.T("Collez ici la réponse de l’IA…", "Paste the AI's answer here…")
	a.ShowLineNumbers = false
	a.CharLimit = 4 * library.MaxTemplateSize
	a.Cursor.SetMode(cursor.CursorStatic)
	a.Focus()
	m := restoreModel{c: c, area: a, restore: restore}
	return m.setSize().(restoreModel)
}

func (m restoreModel) setSize() screen {
	if m.restore == nil { // not opened: no text area to size
		return m
	}
	m.area.SetWidth(m.c.Width - 2)
	m.area.SetHeight(clamp(m.c.Height-8, 3, 40))
	return m
}

func (m restoreModel) update(msg tea.Msg) (screen, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		if m, cmd, ok := m.handleKey(k); ok {
			return m, cmd
		}
	}
	if m.done {
		return m, nil
	}
	var cmd tea.Cmd
	m.area, cmd = m.area.Update(msg)
	return m, cmd
}

func (m restoreModel) handleKey(msg tea.KeyMsg) (restoreModel, tea.Cmd, bool) {
	k := m.keyMap()
	switch {
	case key.Matches(msg, k.Back):
		m.c.goTo(verdictMsg{})
	case key.Matches(msg, k.Submit):
		m, cmd := m.submit()
		return m, cmd, true
	case key.Matches(msg, k.Other):
		m.c.goTo(browseMsg{})
	case key.Matches(msg, k.ClearClipboard):
		return m, clearCmd(m.c.Deps.Clipboard), true
	case key.Matches(msg, k.CopyAgain): // 30 s more to paste
		return m, copyAnswerCmd(m.c.Deps.Clipboard, m.restored), true
	default:
		return m, nil, false
	}
	return m, nil, true
}

// submit restores the pasted answer and copies it.
func (m restoreModel) submit() (restoreModel, tea.Cmd) {
	if strings.TrimSpace(m.area.Value()) == "" || m.restore == nil {
		m.note = i18n.T("Collez d’abord la réponse de l’IA.", "Paste the AI's answer first.")
		return m, nil
	}
	m.restored = m.restore(m.area.Value())
	m.area.Blur()
	return m, copyAnswerCmd(m.c.Deps.Clipboard, m.restored)
}

func (m restoreModel) copied(msg copyDoneMsg) restoreModel {
	m.done, m.method = true, msg.method
	switch {
	case msg.method == CopySystem:
		m.note = "✓ " + i18n.T("Réponse rétablie et copiée dans le presse-papiers.", "Answer restored and copied to the clipboard.")
	case msg.method == CopyTerminal:
		m.note = "✓ " + i18n.T("Réponse rétablie et copiée par le terminal.",
			"Answer restored and copied by the terminal.")
	case msg.err != nil:
		m.note = msg.err.Error() + " — " + i18n.T("sélectionnez le texte ci-dessous.", "select the text below.")
	}
	return m
}

// restoreKeys are the keys of the restore screen, before and after the
// answer is restored.
type restoreKeys struct {
	Submit, Back, Other, ClearClipboard, CopyAgain, Help, ForceQuit key.Binding
}

func (m restoreModel) keyMap() restoreKeys {
	k := m.c.Keys
	return restoreKeys{
		Submit:         enable(withHelp(k.Check, i18n.T("rétablir et copier", "restore and copy")), !m.done),
		Back:           withHelp(k.Back, i18n.T("retour", "back")),
		Other:          enable(withHelp(k.Open, i18n.T("autre modèle", "other template")), m.done),
		ClearClipboard: enable(withHelp(k.ClearClipboard, i18n.T("vider le presse-papiers", "clear the clipboard")), m.done),
		CopyAgain:      enable(withHelp(k.Check, i18n.T("recopier", "copy again")), m.done),
		Help:           k.HelpAnywhere, // ? is typed in the answer
		ForceQuit:      k.ForceQuit,
	}
}

// ShortHelp is the footer of the restore screen.
func (m restoreModel) ShortHelp() []key.Binding {
	k := m.keyMap()
	return []key.Binding{k.Submit, k.Other, k.CopyAgain, k.ClearClipboard, k.Back, k.Help, k.ForceQuit}
}

// FullHelp is the ? help of the restore screen.
func (m restoreModel) FullHelp() [][]key.Binding {
	k := m.keyMap()
	return [][]key.Binding{{k.Submit, k.CopyAgain, k.ClearClipboard}, {k.Other, k.Back, k.ForceQuit}}
}

func (m restoreModel) view() string {
	s := m.c.Styles
	title := s.Title.Render(i18n.T("Rétablir les vraies valeurs dans la réponse de l’IA", "Put the real values back into the AI's answer"))
	parts := []string{title}
	if m.done {
		parts = append(parts, s.Notice.Render(m.note), "", wrapText(m.restored, m.c.Width-2))
	} else {
		parts = append(parts, s.Subtle.Render(i18n.T("Le remplacement se fait ici, sans rien envoyer.",
			"The replacement happens here, nothing is sent.")), m.area.View())
		if m.note != "" {
			parts = append(parts, s.Error.Render(m.note))
		}
	}
	return m.c.frame(lipgloss.JoinVertical(lipgloss.Left, parts...), m.c.helpBar(m))
}
