package tui

import (
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"tamis/library"
	"tamis/store"
)

// Library is what the TUI needs from the store, so tests can use an
// in-memory fake or a real store on a temporary file.
type Library interface {
	List(all bool) ([]library.Template, error)
	Profile() (store.Profile, error)
	RulesSource
	RecordEvent(store.Event) error
}

// Run opens the volunteer's program in the alternate screen and returns
// when the volunteer quits. Without a terminal it fails at once, in French,
// before reading anything.
func Run(lib Library) error {
	if err := requireTerminal(); err != nil {
		return err
	}
	d, err := depsFrom(lib)
	if err != nil {
		return err
	}
	d.Clipboard = NewSystemClipboard()
	d.Markdown = markdownStyle(lipgloss.ColorProfile(), lipgloss.HasDarkBackground)
	if _, err := tea.NewProgram(New(d), tea.WithAltScreen(), tea.WithOutput(os.Stdout)).Run(); err != nil {
		return wrapErr("erreur de l'interface", "interface error", err)
	}
	return nil
}

// depsFrom reads the validated templates, the profile (to pre-fill the
// forms) and the classifier's rules as the store builds them for every
// program, and compiles the classifier; it is compiled again only when the
// rules change in the file (see RulesSource). Each use is recorded through
// the store.
func depsFrom(lib Library) (Deps, error) {
	ts, err := lib.List(false)
	if err != nil {
		return Deps{}, wrapErr("lecture des modèles impossible", "cannot read the templates", err)
	}
	profile, err := lib.Profile()
	if err != nil {
		return Deps{}, wrapErr("lecture du profil impossible", "cannot read the profile", err)
	}
	rules, version, err := lib.VersionedClassifierRules()
	if err != nil {
		return Deps{}, wrapErr("lecture des règles impossible", "cannot read the rules", err)
	}
	return Deps{
		Templates:    ts,
		Profile:      profile,
		Checker:      newChecker(rules),
		Rules:        lib,
		RulesVersion: version,
		Record: func(u Usage) error {
			return lib.RecordEvent(store.Event{Time: u.Time, TemplateID: u.TemplateID,
				Verdict: u.Verdict, Rules: u.Rules, Action: u.Action})
		},
	}, nil
}
