package tui

import tea "github.com/charmbracelet/bubbletea"

// The référent's screen opens the history and conflicts screens from here,
// so that its own file keeps only the keys.

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
	return tea.Batch(listAllCmd(c.Deps.Referent), conflictCountCmd(c))
}

// reopenReferent leaves a screen for the référent's screen it was opened
// from (back), as it was (its cursor kept), which reads its data again;
// with none, back to the list. backToReferent opens a new one instead.
func reopenReferent(c *Common, back methodScreen) {
	if back == nil {
		done(c)
		return
	}
	c.goTo(openMethodMsg{back, referentReloadCmd(c)})
}

// openConflicts opens the conflicts to settle; esc there comes back here.
func (m referentModel) openConflicts() (screen, tea.Cmd) {
	s, cmd := newConflicts(m.c, m)
	m.c.goTo(openMethodMsg{s, cmd})
	return m, nil
}

// withConflicts is the end of the référent screen's title: how many
// conflicts wait, if any.
func withConflicts(n int) string {
	if n == 0 {
		return ""
	}
	return " — " + conflictsLine(n)
}
