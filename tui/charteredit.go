package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
	"tamis/library"
	"tamis/method"
	"tamis/store"
)

// charterEditKeys are the keys of the référent's charter screen.
type charterEditKeys struct {
	Up, Down, Edit, Save, Cancel, Back key.Binding
}

func defaultCharterEditKeys() charterEditKeys {
	return charterEditKeys{
		Up:     key.NewBinding(key.WithKeys("up", "k", "pgup"), key.WithHelp("↑/↓", i18n.T("lire", "read"))),
		Down:   key.NewBinding(key.WithKeys("down", "j", "pgdown", " ")),
		Edit:   key.NewBinding(key.WithKeys("e", "enter"), key.WithHelp("e", i18n.T("modifier", "edit"))),
		Save:   key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", i18n.T("enregistrer", "save"))),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp(i18n.T("échap", "esc"), i18n.T("annuler", "cancel"))),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp(i18n.T("échap", "esc"), i18n.T("retour", "back"))),
	}
}

// charterEditModel shows the charter as volunteers read it (glamour) and
// lets the référent rewrite its Markdown in a textarea; saving makes a new
// version, which everyone is asked to sign again.
type charterEditModel struct {
	c        *Common
	keys     charterEditKeys
	vp       viewport.Model
	area     textarea.Model
	text     string // as stored (the default charter until one is written)
	version  int
	loaded   bool
	editing  bool
	leaving  bool // esc was pressed with unsaved changes
	note     string
	err      string
	rendered string
	missing  []string // the method's sections the charter lacks
}

// charterSavedMsg is the charter after a save, or why it was not saved.
type charterSavedMsg struct {
	version int
	changed bool
	err     error
}

func newCharterEdit(c *Common) (methodScreen, tea.Cmd) {
	area := textarea.New()
	// No limit of lines: by default bubbles refuses, silently, a new line
	// past the 99th, and a charter is often longer.
	area.ShowLineNumbers, area.CharLimit, area.MaxHeight = false, 0, 0
	area.Cursor.SetMode(cursor.CursorStatic)
	m := charterEditModel{c: c, keys: defaultCharterEditKeys(), vp: viewport.New(0, 0), area: area}
	if c.Deps.Settings == nil {
		m.err = unavailable()
		return m, nil
	}
	return m, readCharterCmd(c.Deps.Settings, c.Width, c.Deps.Markdown)
}

// readCharterCmd reads and renders the charter off the UI loop, as the
// volunteers' charter screen does.
func readCharterCmd(st SettingsStore, width int, style string) tea.Cmd {
	return func() tea.Msg {
		text, err := st.Charter()
		version := 1
		if err == nil {
			version, err = st.CharterVersion()
		}
		text = method.CharterOrDefault(text)
		return charterMsg{text: text, rendered: renderCharter(text, width, style), version: version, err: err}
	}
}

// saveCharterCmd writes the charter and records the event when it is a new
// version; the same text again changes nothing.
func saveCharterCmd(st SettingsStore, text string) tea.Cmd {
	return func() tea.Msg {
		if err := library.CheckValue(i18n.T("charte", "charter"), text); err != nil {
			return charterSavedMsg{err: err}
		}
		before, err := st.CharterVersion()
		if err == nil {
			err = st.SetCharter(text)
		}
		if err != nil {
			return charterSavedMsg{err: err}
		}
		v, err := st.CharterVersion()
		if err == nil && v != before {
			err = st.RecordReferent(store.ActionCharterChanged)
		}
		return charterSavedMsg{version: v, changed: v != before, err: err}
	}
}

func (m charterEditModel) setSize() screen {
	m.vp.Width, m.vp.Height = m.c.Width, max(m.c.Height-5, 1)
	m.area.SetWidth(max(m.c.Width, 10))
	m.area.SetHeight(max(m.c.bodyHeight()-3, 3))
	return m
}

func (m charterEditModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case charterMsg:
		m.text, m.version, m.loaded, m.rendered = msg.text, msg.version, true, msg.rendered
		m.missing = method.MissingSections(msg.text)
		m.vp.SetContent(msg.rendered)
		if msg.err != nil {
			m.err = msg.err.Error()
		}
		return m, nil
	case charterSavedMsg:
		return m.handleSaved(msg)
	case tea.KeyMsg:
		if m.editing {
			return m.handleEditKey(msg)
		}
		return m.handleKey(msg)
	}
	return m, nil
}

func (m charterEditModel) handleKey(msg tea.KeyMsg) (screen, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Back):
		backToReferent(m.c)
		return m, nil
	case key.Matches(msg, m.keys.Edit) && m.loaded:
		m.editing, m.note, m.err = true, "", ""
		m.area.SetValue(m.text)
		for i := 0; i < 1<<16 && m.area.Line() > 0; i++ { // from the top, as it is read
			m.area.CursorUp()
		}
		m.area.CursorStart()
		return m, m.area.Focus()
	}
	var cmd tea.Cmd
	m.vp, cmd = m.vp.Update(msg)
	return m, cmd
}

func (m charterEditModel) handleEditKey(msg tea.KeyMsg) (screen, tea.Cmd) {
	leaving := m.leaving
	m.leaving = false
	switch {
	case key.Matches(msg, m.keys.Save):
		m.note, m.err = i18n.T("Enregistrement…", "Saving…"), ""
		return m, saveCharterCmd(m.c.Deps.Settings, m.area.Value())
	case key.Matches(msg, m.keys.Cancel):
		if leaving || m.area.Value() == m.text {
			m.editing = false
			m.area.Blur()
			return m, nil
		}
		m.leaving = true
		return m, nil
	}
	var cmd tea.Cmd
	m.area, cmd = m.area.Update(msg)
	return m, cmd
}

// handleSaved goes back to reading the charter, read again from the store.
func (m charterEditModel) handleSaved(msg charterSavedMsg) (screen, tea.Cmd) {
	m.note = ""
	if msg.err != nil {
		m.err = msg.err.Error()
		return m, nil
	}
	m.editing = false
	m.area.Blur()
	m.note = i18n.T("Rien n’a changé.", "Nothing changed.")
	if msg.changed {
		m.note = fmt.Sprintf(i18n.T("✓ Charte enregistrée (version %d) : chacun est invité à la signer de nouveau.",
			"✓ Charter saved (version %d): everyone is asked to sign it again."), msg.version)
	}
	return m, readCharterCmd(m.c.Deps.Settings, m.c.Width, m.c.Deps.Markdown)
}

func (m charterEditModel) view() string {
	s := m.c.Styles
	title := s.Title.Render(truncate(fmt.Sprintf(i18n.T("Charte — référent — version %d", "Charter — référent — version %d"), m.version), m.c.Width))
	status := s.Subtle.Render(truncate(fmt.Sprintf(i18n.T("En Markdown, en %d parties : e pour la modifier.", "In Markdown, in %d sections: e to edit it."),
		len(method.CharterSections)), m.c.Width))
	switch {
	case m.leaving:
		status = s.Error.Render(wrapText(i18n.T("Modifications non enregistrées : ctrl+s pour les enregistrer, échap de nouveau pour les abandonner.",
			"Unsaved changes: ctrl+s to save them, esc again to drop them."), m.c.Width))
	case m.err != "":
		status = s.Error.Render(wrapText(m.err, m.c.Width))
	case m.note != "":
		status = s.Notice.Render(wrapText(m.note, m.c.Width))
	case m.editing:
		status = s.Subtle.Render(truncate(i18n.T("Les titres « # » gardent les parties de la méthode.", "The « # » headings keep the method's sections."), m.c.Width))
	}
	if len(m.missing) > 0 && !m.editing {
		status += "\n" + s.Doubt.Render(wrapText(fmt.Sprintf(i18n.T("Parties de la méthode sans titre ici : %s.", "The method's sections without a heading here: %s."),
			strings.Join(m.missing, ", ")), m.c.Width))
	}
	h := max(m.c.bodyHeight()-lipgloss.Height(title)-lipgloss.Height(status), 1)
	var body string
	if m.editing {
		area := m.area
		area.SetHeight(h)
		body = area.View()
	} else {
		vp := m.vp
		vp.Height = h
		body = vp.View()
	}
	return m.c.frame(lipgloss.JoinVertical(lipgloss.Left, title, body, status), m.c.helpBar(m))
}

// ShortHelp is the footer.
func (m charterEditModel) ShortHelp() []key.Binding {
	if m.editing {
		return []key.Binding{m.keys.Save, m.keys.Cancel}
	}
	return []key.Binding{m.keys.Up, enable(m.keys.Edit, m.loaded), m.keys.Back}
}

// FullHelp is the ? help.
func (m charterEditModel) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

func (charterEditModel) methodScreen() {}
