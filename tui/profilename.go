package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
	"tamis/library"
)

// A constant the method does not name (« horaires », « lieu ») is added
// by its variable name, as tamis profile --set "NOM=VALEUR" does: ctrl+n
// asks the name, then its field takes the value like the others.

// startNaming opens the field of the new constant's name.
func (m profileModel) startNaming() (screen, tea.Cmd) {
	in := textinput.New()
	in.Prompt, in.CharLimit, in.Width = "> ", 60, max(m.c.Width-4, 8)
	in.Cursor.SetMode(cursor.CursorStatic)
	m.name, m.naming, m.note, m.err = in, true, "", ""
	m.inputs[m.focus].Blur()
	return m, m.name.Focus()
}

// handleNameKey takes the new constant's name: enter adds its field, esc
// gives up.
func (m profileModel) handleNameKey(msg tea.KeyMsg) (screen, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Cancel):
		m.naming, m.err = false, ""
		m.focusOn(m.focus)
		return m, nil
	case key.Matches(msg, m.keys.Save):
		name := strings.Join(strings.Fields(m.name.Value()), " ")
		if err := m.checkNewName(name); err != nil {
			m.err = err.Error()
			return m, nil
		}
		in := textinput.New()
		in.Prompt, in.CharLimit = "", library.MaxTemplateSize
		in.Cursor.SetMode(cursor.CursorStatic)
		m.names, m.inputs = append(m.names, name), append(m.inputs, in)
		m.naming, m.err = false, ""
		m.focusOn(len(m.inputs) - 1)
		return m.setSize(), nil
	}
	var cmd tea.Cmd
	m.name, cmd = m.name.Update(msg)
	return m, cmd
}

// checkNewName refuses an empty name, one already on screen (case and
// accents aside), and what no value may hold.
func (m profileModel) checkNewName(name string) error {
	if name == "" {
		return fmt.Errorf("%s", i18n.T("Nom vide : le nom de la variable à pré-remplir, par exemple « horaires ».",
			"Empty name: the name of the variable to pre-fill, e.g. “horaires”."))
	}
	for _, n := range m.names {
		if library.Normalize(n) == library.Normalize(name) {
			return fmt.Errorf(i18n.T("« %s » est déjà dans le profil.", "%q is already in the profile."), n)
		}
	}
	return library.CheckValue(i18n.T("nom", "name"), name)
}

// nameView is the question and the field of the new name.
func (m profileModel) nameView() string {
	return wrapText(i18n.T("Nom de la variable à pré-remplir (comme dans les modèles, sans crochets) :",
		"Name of the variable to pre-fill (as in the templates, without brackets):"), m.c.Width) + "\n" + m.name.View()
}
