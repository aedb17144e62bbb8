package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
	"tamis/library"
)

// templatesMsg carries the validated templates, read again after the
// référent changed one, so that the volunteer's list shows a template
// validated in this session when the référent goes back to it.
type templatesMsg struct {
	ts  []library.Template
	err error
}

// reloadTemplatesCmd reads the validated templates again; nil without a
// store.
func reloadTemplatesCmd(st ReferentStore) tea.Cmd {
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		ts, err := st.List(false)
		return templatesMsg{ts, err}
	}
}

// reloadTemplates rebuilds the list on the templates read again; the
// values typed in the forms stay in the session's drafts.
func (m Model) reloadTemplates(msg templatesMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		m.c.notice = m.c.Styles.Error.Render(i18n.T("Liste des modèles non relue : ", "Template list not read again: ") + msg.err.Error())
		return m, nil
	}
	m.c.Deps.Templates = msg.ts
	uses := m.browse.uses
	m.browse = newBrowse(m.c).setSize().(browseModel)
	m.browse.uses = uses
	var prev tea.Cmd
	m.browse, prev = m.browse.syncPreview()
	return m, tea.Batch(indexCmd(msg.ts), prev)
}
