package tui

import (
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
)

// The list filters in a command, one per keystroke, and applies whatever
// list.FilterMatchesMsg arrives: with 10,000 templates two filterings run
// at once and the older one may land last, leaving the list on the matches
// of a filter no longer typed. Each filtering is therefore tagged with a
// generation, bumped whenever the filter or the items change, and only
// the matches of the current generation reach the list.

// matchesMsg is the list's matches of one generation.
type matchesMsg struct {
	gen     int
	matches list.FilterMatchesMsg
}

// tagMatches wraps the list's command so that its matches come back as a
// matchesMsg of generation gen; batches are wrapped command by command.
func tagMatches(cmd tea.Cmd, gen int) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		switch msg := cmd().(type) {
		case list.FilterMatchesMsg:
			return matchesMsg{gen: gen, matches: msg}
		case tea.BatchMsg:
			out := make(tea.BatchMsg, len(msg))
			for i, c := range msg {
				out[i] = tagMatches(c, gen)
			}
			return out
		default:
			return msg
		}
	}
}
