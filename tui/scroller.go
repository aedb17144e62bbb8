package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
)

// scroller shows a window of rendered lines (a comparison of two texts)
// that ↑/↓, pgup/pgdown, home/end move.
type scroller struct {
	lines []string
	off   int
}

// reset takes new lines and goes back to the top.
func (s scroller) reset(lines []string) scroller { return scroller{lines: lines} }

// key moves the window, h lines high.
func (s scroller) key(msg tea.KeyMsg, h int) scroller {
	switch msg.String() {
	case "up", "k":
		s.off--
	case "down", "j":
		s.off++
	case "pgup":
		s.off -= h
	case "pgdown", " ":
		s.off += h
	case "home", "g":
		s.off = 0
	case "end", "G":
		s.off = len(s.lines)
	}
	s.off = max(min(s.off, len(s.lines)-h), 0)
	return s
}

// view is the window at height h; its last line says how many lines are
// below when some are.
func (s scroller) view(h int) string {
	end := min(s.off+h, len(s.lines))
	if end < len(s.lines) && h > 1 {
		end--
		rest := len(s.lines) - end
		return strings.Join(s.lines[s.off:end], "\n") + "\n" +
			fmt.Sprintf(i18n.T("↓ %d ligne(s) de plus", "↓ %d more line(s)"), rest)
	}
	return strings.Join(s.lines[min(s.off, end):end], "\n")
}
