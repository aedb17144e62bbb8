package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
)

// quitAsk is the question asked once when the volunteer leaves with filled
// values never copied: « Quitter sans copier ? », No by default, so that a
// stray q or ctrl+c loses nothing.
type quitAsk struct {
	open bool
	yes  bool // the selected button; false (No) when the question opens
}

// leave quits, or asks first when typed values were never copied. A second
// ctrl+c while the question shows quits: the question is asked once.
func (m Model) leave() (Model, tea.Cmd) {
	m.keepDraft()
	if mm, asked := m.askUnsavedTemplate(); asked { // editorquit.go
		return mm, nil
	}
	if !m.ask.open && m.drafts.uncopied() {
		m.ask = quitAsk{open: true}
		return m, nil
	}
	return m, m.quitCmd()
}

// askKeys are the keys of the question.
type askKeys struct{ Choose, Confirm, No, Yes key.Binding }

func (m Model) askKeys() askKeys {
	k := m.c.Keys
	return askKeys{
		Choose:  relabel(keyAlso(k.Left, k.Right, k.Next, k.Prev), "←/→", i18n.T("choisir", "choose")),
		Confirm: withHelp(k.Open, i18n.T("valider", "confirm")),
		No:      relabel(keyAlso(k.Back, k.No), k.Back.Help().Key+"/n", i18n.T("revenir", "go back")),
		Yes:     relabel(keyAlso(k.Yes, k.ForceQuit), "o/ctrl+c", i18n.T("quitter", "quit")),
	}
}

// ShortHelp is the footer of the question.
func (k askKeys) ShortHelp() []key.Binding { return []key.Binding{k.Choose, k.Confirm, k.No, k.Yes} }

// FullHelp is the same keys.
func (k askKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// handleQuitAsk answers the question: o/y or enter on « Oui » quit; n, esc
// or enter on « Non » go back to the screen, values intact.
func (m Model) handleQuitAsk(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.askKeys()
	switch {
	case key.Matches(msg, k.Yes):
		return m, m.quitCmd()
	case key.Matches(msg, k.Choose):
		m.ask.yes = !m.ask.yes
	case key.Matches(msg, k.Confirm) && m.ask.yes:
		return m, m.quitCmd()
	case key.Matches(msg, k.Confirm, k.No):
		m.ask = quitAsk{}
	}
	return m, nil
}

// quitAskView is the question in place of the screen.
func (m Model) quitAskView() string {
	s := m.c.Styles
	q := s.Doubt.Render("? " + i18n.T("Quitter sans copier ?", "Quit without copying?"))
	why := wrapText(i18n.T("Des valeurs saisies n’ont pas été copiées : en quittant, elles seront perdues (tamis ne les enregistre jamais).",
		"Some typed values were not copied: quitting loses them (tamis never saves them)."), m.c.Width-2)
	no, yes := i18n.T("Non, revenir", "No, go back"), i18n.T("Oui, quitter", "Yes, quit")
	bn, by := s.ButtonOn.Render("▸ "+no), s.Button.Render(yes)
	if m.ask.yes {
		bn, by = s.Button.Render(no), s.ButtonOn.Render("▸ "+yes)
	}
	body := strings.Join([]string{q, "", why, "", lipgloss.JoinHorizontal(lipgloss.Top, bn, " ", by)}, "\n")
	return m.c.frame(body, m.c.helpBar(m.askKeys()))
}
