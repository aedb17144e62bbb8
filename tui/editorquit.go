package tui

// askUnsavedTemplate asks « Quitter tamis sans enregistrer ? » in the
// editor when ctrl+c would lose a template's unsaved text, and says
// whether it did. Asked once: a second ctrl+c, or yes, quits.
func (m Model) askUnsavedTemplate() (Model, bool) {
	e, ok := m.method.(editorModel)
	if m.state != stateMethod || !ok || !e.ready || e.text == e.saved || e.asked {
		return m, false
	}
	e.asked, e.quitting, e.asking = true, true, false
	m.method = e
	return m, true
}
