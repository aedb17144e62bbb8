package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
)

// The référent's screens read their data from the store after they open:
// until then they show « Lecture… », or the error that stopped the read.

// reading is that body while the data is not read (waiting is true), and
// nothing once it is.
func (c *Common) reading(read bool, err string) (body string, waiting bool) {
	switch {
	case read:
		return "", false
	case err != "":
		return c.Styles.Error.Render(wrapText(err, c.Width)), true
	}
	return c.Styles.Subtle.Render(i18n.T("Lecture…", "Reading…")), true
}

// titled frames a screen: its title on one line, its body, its help bar.
func (c *Common) titled(title, body string, keys help.KeyMap) string {
	head := c.Styles.Title.Render(truncate(title, c.Width))
	return c.frame(lipgloss.JoinVertical(lipgloss.Left, head, body), c.helpBar(keys))
}
