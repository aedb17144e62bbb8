package tui

import (
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
	"tamis/library/lint"
)

// lintDelay is how long the text must stay still before it is linted
// again: the classifier takes a few milliseconds on a template, too much
// to run on every key of a fast typist, and a lint that lags by a fifth of
// a second reads as live.
const lintDelay = 200 * time.Millisecond

type (
	// lintDueMsg: the text of generation gen has been still for lintDelay.
	lintDueMsg struct{ gen int }
	// lintDoneMsg is the lint of the text of generation gen.
	lintDoneMsg struct {
		gen    int
		report lint.Report
	}
)

// lintLater arms the debounce of generation gen on the program's clock.
func lintLater(c *Common, gen int) tea.Cmd {
	return c.Deps.Tick(lintDelay, func(time.Time) tea.Msg { return lintDueMsg{gen} })
}

// lintCmd lints the text off the UI loop.
func lintCmd(o lint.Options, name, text string, gen int) tea.Cmd {
	return func() tea.Msg { return lintDoneMsg{gen, lint.File(name, []byte(text), o)} }
}

// lintSummary is the first line of the lint pane: how many errors and
// warnings, or that the text is clean.
func lintSummary(r lint.Report) string {
	e, w := r.Count(lint.Error), r.Count(lint.Warning)
	if e+w == 0 {
		return i18n.T("Lint : rien à redire", "Lint: nothing to say")
	}
	return fmt.Sprintf(i18n.T("Lint : %d erreur(s), %d avertissement(s)", "Lint: %d error(s), %d warning(s)"), e, w)
}

// lintLines are the findings as the pane shows them, each wrapped to
// width: a mark and the severity's colour, the place, the message. The
// mark says the severity without colour (✗ error, ! warning, · info).
func lintLines(c *Common, r lint.Report, width int) []string {
	s := c.Styles
	var out []string
	for _, f := range r.Findings {
		mark, style := "·", s.Subtle
		switch f.Severity {
		case lint.Error:
			mark, style = "✗", s.Error
		case lint.Warning:
			mark, style = "!", s.Doubt
		}
		text := mark + " " + findingPlace(f) + f.Msg
		for _, l := range strings.Split(wrapText(text, width), "\n") {
			out = append(out, style.Render(l))
		}
	}
	return out
}

// findingPlace is « ligne 6, col. 3 : », « ligne 6 : » or nothing.
func findingPlace(f lint.Finding) string {
	switch {
	case f.Line > 0 && f.Col > 0:
		return fmt.Sprintf(i18n.T("ligne %d, col. %d : ", "line %d, col. %d: "), f.Line, f.Col)
	case f.Line > 0:
		return fmt.Sprintf(i18n.T("ligne %d : ", "line %d: "), f.Line)
	}
	return ""
}
