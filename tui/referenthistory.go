package tui

import tea "github.com/charmbracelet/bubbletea"

// openHistory opens the history of the template under the cursor; esc
// there comes back here.
func (m referentModel) openHistory() (screen, tea.Cmd) {
	s, cmd := newHistory(m.c, m, m.ts[m.cursor].ID)
	m.c.goTo(openMethodMsg{s, cmd})
	return m, nil
}

// referentReloadCmd reads again what the référent's screen shows, when a
// screen opened from it comes back.
func referentReloadCmd(c *Common) tea.Cmd {
	if c.Deps.Referent == nil {
		return nil
	}
	return listAllCmd(c.Deps.Referent)
}
