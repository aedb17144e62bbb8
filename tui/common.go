package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/method"
)

// Checker is the classifier as the TUI sees it.
type Checker interface {
	Classify(text string) classify.Result
	Anonymize(text string) Anonymised
}

// Anonymised is a text whose personal data were replaced by codes. Restore
// holds the mapping in a closure: it stays in memory, and the screens never
// need its type. Codes lists each code with what it stands for, so the
// volunteer can read the AI's answer.
type Anonymised struct {
	Text    string
	Restore func(answer string) string
	Codes   []CodePair
}

// CodePair is one code of an anonymisation and the value it replaced.
type CodePair struct{ Code, Original string }

// Usage is one use of a template, as recorded for the référent's indicators.
// It holds nothing the volunteer typed: ids, verdict, rule names, action
// (one of the store.Action… constants).
type Usage struct {
	Time       time.Time
	TemplateID string
	Verdict    string
	Rules      []string
	Action     string
}

// Deps is everything the program needs from outside, so that tests can run
// it with fakes (no store, no X server).
type Deps struct {
	Templates []library.Template
	Profile   map[string]string
	Checker   Checker
	// Rules is read again before each final check, and Checker rebuilt
	// when they changed since RulesVersion; nil keeps Checker for the
	// whole session (tests with a fake checker).
	Rules        RulesSource
	RulesVersion uint64
	Clipboard    Clipboard
	Record       func(Usage) error
	// Uses counts the recorded uses of each template, to list the most
	// used first; nil keeps the id order.
	Uses func() (map[string]int, error)
	// Tick waits for the clipboard countdown: tea.Tick when nil; tests
	// give a fake clock.
	Tick func(time.Duration, func(time.Time) tea.Msg) tea.Cmd
	// Markdown picks the glamour style ("dark", "light", "notty"); empty
	// means "notty", which is what tests and NO_COLOR want.
	Markdown string
	// NoReferent: no référent passphrase is set yet, so the référent's
	// actions are open to anyone; the list screen says how to set one.
	NoReferent bool
	// Method serves the charter, training and indicators screens; nil
	// when there is no store (they say so). Statements are the training
	// statements (nil: those shipped with tamis); Seed fixes the draw of
	// a round for tests (0: random).
	Method     MethodStore
	Statements []method.Statement
	Seed       uint64
	// Unlock checks the référent's passphrase before the indicators
	// screen; nil when no référent is defined (the screen is open).
	Unlock func(phrase string) error
}

// Common is shared by every screen: size, styles, keys and dependencies.
type Common struct {
	Width, Height int
	Styles        Styles
	Keys          KeyMap
	Help          help.Model
	Deps          Deps
	// notice is one line above the help bar (an error, a confirmation);
	// the root model clears it at the next key.
	notice string
	// clipLine is the clipboard countdown, shown on every screen while it
	// runs; the root model sets it (syncClipLine).
	clipLine string
}

func newCommon(d Deps) *Common {
	h := help.New()
	h.ShortSeparator = " · "
	return &Common{Styles: DefaultStyles(), Keys: DefaultKeyMap(), Help: h, Deps: d}
}

// goldenRule is the one line shown at the top of every screen.
func (c *Common) goldenRule() string {
	rule := "⚠ " + i18n.T("Jamais de données personnelles ou sensibles dans une IA publique",
		"Never put personal or sensitive data into a public AI")
	return c.Styles.GoldenRule.Render(truncate(rule, c.Width))
}

// helpBar renders the short help of a screen on one line.
func (c *Common) helpBar(k bindings) string {
	c.Help.Width = c.Width
	return c.Help.ShortHelpView(k.short)
}

// frame stacks the golden rule, a body of exactly the remaining height and
// the help bar, so every screen has the same chrome.
func (c *Common) frame(body, footer string) string {
	if c.notice != "" {
		footer = lipgloss.JoinVertical(lipgloss.Left, truncate(c.notice, c.Width), footer)
	}
	if c.clipLine != "" {
		footer = lipgloss.JoinVertical(lipgloss.Left, wrapText(c.clipLine, c.Width), footer)
	}
	top := c.goldenRule()
	h := c.Height - lipgloss.Height(top) - lipgloss.Height(footer)
	if h < 1 {
		h = 1
	}
	body = lipgloss.NewStyle().Width(c.Width).Height(h).MaxHeight(h).MaxWidth(c.Width).Render(body)
	return lipgloss.JoinVertical(lipgloss.Left, top, body, footer)
}
