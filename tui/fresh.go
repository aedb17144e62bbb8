package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
	"tamis/library/classify"
	"tamis/store"
)

// RulesSource is what keeps the checker current: the store's change counter
// of the profile and rules, and the rules themselves with their version.
// The TUI may stay open for hours while the référent adds a deny entry on
// the command line; reading the counter before each final check (a
// read-only transaction, tens of microseconds) applies it at once, and the
// classifier is rebuilt only when the counter moved.
type RulesSource interface {
	RulesVersion() (uint64, error)
	VersionedClassifierRules() (store.CheckRules, uint64, error)
}

// rulesRef is the checker the model holds and the version it was built
// from, handed by value to the commands that need a current one.
type rulesRef struct {
	src     RulesSource
	checker Checker
	version uint64
}

// freshRules is a checker rebuilt from newer rules; a command returns it in
// its message and Update installs it (commands never touch the model).
type freshRules struct {
	checker Checker
	version uint64
}

// fresh returns the checker for the store's current rules, and the rebuilt
// one to install when they changed. It reads the file: call it in a
// command. Without a source (tests with a fake checker), the held one.
func (r rulesRef) fresh() (Checker, *freshRules, error) {
	if r.src == nil {
		return r.checker, nil, nil
	}
	v, err := r.src.RulesVersion()
	if err != nil {
		return nil, nil, rulesReadError(err)
	}
	if v == r.version {
		return r.checker, nil, nil
	}
	rules, v, err := r.src.VersionedClassifierRules()
	if err != nil {
		return nil, nil, rulesReadError(err)
	}
	f := &freshRules{checker: newChecker(classify.Rules(rules)), version: v}
	return f.checker, f, nil
}

func rulesReadError(err error) error {
	return wrapErr("relecture des règles impossible", "cannot read the rules again", err)
}

func (c *Common) rulesRef() rulesRef {
	return rulesRef{src: c.Deps.Rules, checker: c.Deps.Checker, version: c.Deps.RulesVersion}
}

// rulesMsg reports a refresh started by refreshCmd; check says the volunteer
// asked for the verdict (ctrl+y), which waits for the current rules.
type rulesMsg struct {
	fresh *freshRules
	err   error
	check bool
}

// refreshCmd re-reads the rules in the background.
func refreshCmd(r rulesRef, check bool) tea.Cmd {
	return func() tea.Msg {
		_, f, err := r.fresh()
		return rulesMsg{fresh: f, err: err, check: check}
	}
}

// checkFresh runs the verdict with the current rules: at once without a
// source, after a refresh otherwise.
func (m Model) checkFresh() (Model, tea.Cmd) {
	if m.c.Deps.Rules == nil {
		return m.check()
	}
	return m, refreshCmd(m.c.rulesRef(), true)
}

func (m Model) handleRules(msg rulesMsg) (tea.Model, tea.Cmd) {
	m = m.install(msg.fresh)
	if msg.err != nil {
		m.c.notice = m.c.Styles.Error.Render(msg.err.Error() + " — " +
			i18n.T("rien n’a été copié.", "nothing was copied."))
		return m, nil
	}
	if msg.check && m.state == stateFill {
		return m.check()
	}
	return m, nil
}

// install puts a checker rebuilt from newer rules in place and classifies
// the fields again, so that their badges agree with the verdict to come.
func (m Model) install(f *freshRules) Model {
	if f == nil {
		return m
	}
	m.c.Deps.Checker, m.c.Deps.RulesVersion = f.checker, f.version
	m.fill = m.fill.recheck()
	return m
}

// recheck classifies every value again, with the checker now held.
func (m fillModel) recheck() fillModel {
	if m.c == nil || len(m.fields) == 0 {
		return m
	}
	for i := range m.fields {
		m.fields[i].done = false
		m.fields[i].check(m.c.Deps.Checker)
	}
	m.preview = fillPreview{} // its highlights come from the old results
	return m.refresh()
}
