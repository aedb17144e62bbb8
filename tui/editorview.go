package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
)

// editorKeys are the keys of the editor; the others go to the text.
type editorKeys struct {
	Save, External, Back, Help key.Binding
	Confirm, Cancel, Yes, No   key.Binding // the reason, and « Quitter sans enregistrer ? »
}

func defaultEditorKeys(mode editorMode) editorKeys {
	save := i18n.T("enregistrer", "save")
	if mode == modePropose {
		save = i18n.T("proposer", "propose")
	}
	esc := i18n.T("échap", "esc")
	return editorKeys{
		Save:     key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", save)),
		External: key.NewBinding(key.WithKeys("ctrl+o"), key.WithHelp("ctrl+o", i18n.T("ouvrir dans votre éditeur", "open in your editor"))),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp(esc, i18n.T("retour", "back"))),
		Help:     key.NewBinding(key.WithKeys("f1"), key.WithHelp("f1", i18n.T("aide", "help"))),
		Confirm:  key.NewBinding(key.WithKeys("enter"), key.WithHelp(i18n.T("entrée", "enter"), save)),
		Cancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp(esc, i18n.T("revenir au texte", "back to the text"))),
		Yes:      key.NewBinding(key.WithKeys("o", "y"), key.WithHelp("o", i18n.T("quitter sans enregistrer", "leave without saving"))),
		No:       key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", i18n.T("rester", "stay"))),
	}
}

// ShortHelp is the footer: the keys of the question asked, if any.
func (m editorModel) ShortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.asking:
		return []key.Binding{k.Confirm, k.Cancel}
	case m.asked:
		return []key.Binding{k.Yes, k.No}
	case !m.ready:
		return []key.Binding{k.Back}
	}
	return []key.Binding{k.Save, k.External, k.Back, k.Help}
}

// FullHelp is the help: the editor's keys and how the text is moved in.
func (m editorModel) FullHelp() [][]key.Binding {
	k := m.keys
	move := key.NewBinding(key.WithKeys("up"), key.WithHelp("↑/↓/←/→", i18n.T("se déplacer dans le texte", "move in the text")))
	return [][]key.Binding{{k.Save, k.External, k.Back}, {move}}
}

// title says what is edited, and whether it changed since the last save.
func (m editorModel) title() string {
	var t string
	switch m.mode {
	case modeNew:
		t = fmt.Sprintf(i18n.T("Nouveau modèle %s — référent", "New template %s — référent"), m.id)
	case modePropose:
		t = fmt.Sprintf(i18n.T("Proposer un modèle %s (brouillon)", "Propose a template %s (draft)"), m.id)
	case modeMerge:
		t = fmt.Sprintf(i18n.T("Fusionner %s — cet ordinateur et le dossier — référent", "Merge %s — this laptop and the folder — référent"), m.id)
	default:
		t = fmt.Sprintf(i18n.T("Modifier %s — référent", "Edit %s — référent"), m.id)
	}
	if m.ready && m.text != m.saved {
		t += i18n.T(" (non enregistré)", " (unsaved)")
	}
	return m.c.Styles.Title.Render(truncate(t, m.c.Width))
}

func (m editorModel) view() string {
	body := ""
	switch {
	case !m.ready && m.err != "":
		body = m.c.Styles.Error.Render(wrapText(m.err, m.c.Width))
	case !m.ready:
		body = m.c.Styles.Subtle.Render(i18n.T("Lecture…", "Reading…"))
	default:
		body = m.bodyView()
	}
	return m.c.frame(lipgloss.JoinVertical(lipgloss.Left, m.title(), body), m.c.helpBar(m))
}

// bodyView is the text beside (or above) the pane of the lint.
func (m editorModel) bodyView() string {
	paneW := m.c.Width
	if paneW >= 100 {
		paneW = paneW * 2 / 5
	}
	lines := m.paneLines(paneW)
	_, taH, _, paneH, side := m.layoutFor(lines)
	pane := m.paneView(lines, paneW, paneH)
	if side {
		sep := m.c.Styles.Subtle.Render(strings.TrimSuffix(strings.Repeat("│\n", taH), "\n"))
		return lipgloss.JoinHorizontal(lipgloss.Top, m.ta.View(), sep, pane)
	}
	rule := m.c.Styles.Subtle.Render(strings.Repeat("─", m.c.Width))
	return lipgloss.JoinVertical(lipgloss.Left, m.ta.View(), rule, pane)
}

// paneView is the pane's lines cut to its height.
func (m editorModel) paneView(lines []string, width, height int) string {
	if len(lines) > height && height > 1 { // the last line says how much is cut
		more := fmt.Sprintf(i18n.T("… %d ligne(s) de plus", "… %d more line(s)"), len(lines)-height+1)
		lines = append(lines[:height-1:height-1], m.c.Styles.Subtle.Render(truncate(more, width)))
	}
	if len(lines) > height {
		lines = lines[:height]
	}
	return lipgloss.NewStyle().Width(width).MaxWidth(width).Render(strings.Join(lines, "\n"))
}

// paneLines are the question asked or the last result, then the lint,
// wrapped to width.
func (m editorModel) paneLines(width int) []string {
	s := m.c.Styles
	var lines []string
	add := func(style lipgloss.Style, text string) {
		for _, l := range strings.Split(wrapText(text, width), "\n") {
			lines = append(lines, style.Render(l))
		}
	}
	switch {
	case m.asking:
		add(s.Label, i18n.T("Raison de la modification (une ligne) :", "Reason for the change (one line):"))
		r := m.reason
		r.Width = max(width-2, 1)
		lines = append(lines, r.View())
		if m.err != "" {
			add(s.Error, m.err)
		}
	case m.asked && m.quitting:
		add(s.Error, i18n.T("Quitter tamis sans enregistrer ? Les modifications du modèle seront perdues. (o/n)",
			"Quit tamis without saving? The changes to the template will be lost. (y/n)"))
	case m.asked:
		add(s.Error, i18n.T("Quitter sans enregistrer ? Les modifications seront perdues. (o/n)",
			"Leave without saving? The changes will be lost. (y/n)"))
	case m.err != "":
		add(s.Error, m.err)
	case m.note != "":
		add(s.Notice, m.note)
	}
	if hint := m.mergeHint(); hint != "" && !m.asking && !m.asked {
		add(s.Subtle, hint)
	}
	add(s.Title, lintSummary(m.report))
	return append(lines, lintLines(m.c, m.report, width)...)
}
