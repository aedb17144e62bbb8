package tui

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/method"
	"tamis/store"
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
	// Record keeps a usage event (store.NewEvent): ids, verdict, rule
	// names, action; nothing the volunteer typed.
	Record func(store.Event) error
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
	// RemindSurvey says whether to remind the quarterly survey now (once a
	// quarter, recorded); nil never reminds.
	RemindSurvey func() (bool, error)
	// CharterGate shows the charter before the first copy of the day when
	// the référent asks for it; nil never does.
	CharterGate CharterGate
	// Referent serves the référent's screen on every template; nil when
	// there is no store (the screen says so).
	Referent ReferentStore
	// Settings serves the référent's profile, lists and charter screens;
	// nil when there is no store (they say so).
	Settings SettingsStore
	// Now is the clock of the référent's inactivity lock: time.Now when
	// nil; tests give a fake one.
	Now func() time.Time
	// Editor serves the template editor (new, edit, proposal); nil when
	// there is no store (the editor says so).
	Editor EditorStore
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
	// clearOnQuit: quitting clears the last copy, prompt included; on by
	// default, switched on the verdict screen.
	clearOnQuit bool
	// referentOpen: the référent's passphrase was given in this session,
	// so the référent's screen opens without asking again.
	referentOpen bool
	// idle locks the référent's screens after a while without a key.
	idle idleWatch
	// next is the transition a screen asked for (goTo), applied by the
	// root model before the next message.
	next tea.Msg
	rule ruleCache
}

func newCommon(d Deps) *Common {
	h := help.New()
	h.ShortSeparator = " · "
	return &Common{Styles: DefaultStyles(), Keys: DefaultKeyMap(), Help: h, Deps: d, clearOnQuit: true}
}

// goldenRule is shown at the top of every screen, wrapped rather than cut
// on a narrow terminal: it is the one sentence that must be read whole. It
// is wrapped once per width: every frame draws it.
func (c *Common) goldenRule() string {
	if c.rule.width != c.Width || c.rule.text == "" {
		rule := "⚠ " + i18n.T("Jamais de données personnelles ou sensibles dans une IA publique",
			"Never put personal or sensitive data into a public AI")
		text := wrapText(rule, c.Width)
		c.rule = ruleCache{width: c.Width, text: c.Styles.GoldenRule.Render(text), lines: strings.Count(text, "\n") + 1}
	}
	return c.rule.text
}

// ruleCache is the golden rule as drawn at one width.
type ruleCache struct {
	width int
	text  string
	lines int
}

// ruleHeight is the number of lines of the golden rule at this width.
func (c *Common) ruleHeight() int {
	c.goldenRule()
	return c.rule.lines
}

// helpBar renders the short help of a screen on one line: the keys that
// fit, in the screen's order; when some do not, the help key (? or f1) is
// kept at the end, since the help lists them all. Widths are added up
// rather than measured on renderings: the bar is drawn on every frame.
func (c *Common) helpBar(k help.KeyMap) string {
	c.Help.Width = 0 // no cut with "…": fitting is done here
	const sep = 3    // " · "
	width := func(b key.Binding) int {
		return ansi.StringWidth(b.Help().Key) + 1 + ansi.StringWidth(b.Help().Desc)
	}
	var kept []key.Binding
	var helpKey *key.Binding
	used := 0
	for _, b := range k.ShortHelp() {
		if !b.Enabled() {
			continue
		}
		if hk := b.Keys(); len(hk) > 0 && (hk[0] == "?" || hk[0] == "f1") && helpKey == nil {
			helpKey = &b
			used += width(b) + sep
		}
	}
	full := true
	for _, b := range k.ShortHelp() {
		if !b.Enabled() || (helpKey != nil && b.Keys()[0] == helpKey.Keys()[0]) {
			continue
		}
		if w := width(b) + sep; full && used+w <= c.Width+sep {
			kept = append(kept, b)
			used += w
			continue
		}
		full = false
	}
	if helpKey != nil {
		kept = append(kept, *helpKey)
	}
	return truncate(c.Help.ShortHelpView(kept), c.Width)
}

// bodyHeight is the height frame leaves to a body with a one-line footer.
func (c *Common) bodyHeight() int {
	h := c.Height - c.ruleHeight() - 1
	if c.notice != "" {
		h--
	}
	if c.clipLine != "" {
		h -= lipgloss.Height(wrapText(c.clipLine, c.Width))
	}
	return max(h, 1)
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
