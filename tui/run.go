package tui

import (
	"os"
	"os/signal"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"tamis/library"
	"tamis/library/classify"
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
	clip := NewSystemClipboard()
	d.Clipboard = clip
	d.Markdown = markdownStyle(lipgloss.ColorProfile(), lipgloss.HasDarkBackground)
	p := tea.NewProgram(New(d), tea.WithAltScreen(), tea.WithOutput(os.Stdout))
	stop := killOnHangup(p)
	final, err := p.Run()
	hungUp := stop()
	clearErr := clearAtExit(clip, final)
	if err != nil && !hungUp { // after a hang-up, nobody reads the message
		return wrapErr("erreur de l’interface", "interface error", err)
	}
	return clearErr
}

// killOnHangup ends the program when its terminal goes away (SIGHUP: the
// window was closed), so that Run returns and clearAtExit runs; by default
// the process would die on the spot. bubbletea already turns SIGTERM into
// a quit. Call the returned function once Run has returned: it stops
// listening and tells whether a hang-up ended the program.
func killOnHangup(p *tea.Program) func() bool {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	done, got := make(chan struct{}), make(chan bool, 1)
	go func() {
		select {
		case <-hup:
			got <- true
			p.Kill()
		case <-done:
			got <- false
		}
	}()
	return func() bool {
		signal.Stop(hup)
		close(done)
		return <-got
	}
}

// clearAtExit clears what the quit keys would have, for the ends that do
// not go through them: SIGTERM, a closed terminal, an interface error. A
// panic loses the final model: then the last copy is cleared if the
// clipboard still holds it. Only kill -9 (or a power cut) escapes it.
func clearAtExit(c Clipboard, final tea.Model) error {
	var err error
	if m, ok := final.(Model); ok {
		if sums := m.quitSums(); len(sums) > 0 {
			_, err = c.ClearIfHolds(sums...)
		}
	} else if s, ok := c.(*systemClipboard); ok {
		err = s.clearLast()
	}
	if err != nil {
		return wrapErr("presse-papiers non vidé en quittant", "clipboard not cleared on exit", err)
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
		Checker:      newChecker(classify.Rules(rules)),
		Rules:        lib,
		RulesVersion: version,
		Uses:         usesFrom(lib),
		Record:       lib.RecordEvent,
		NoReferent:   noReferent(lib),
		Method:       methodStore(lib),
		Statements:   statementsOf(lib),
		Unlock:       unlockOf(lib),
		RemindSurvey: remindSurveyOf(lib),
		CharterGate:  charterGateOf(lib),
		Referent:     referentStore(lib),
		Settings:     settingsStore(lib),
		Editor:       editorStore(lib),
	}, nil
}

// noReferent reports whether the library has no référent passphrase set.
// A library that keeps none (a test fake) or cannot say is not reported.
func noReferent(lib Library) bool {
	r, ok := lib.(interface{ PassphraseHash() (string, error) })
	if !ok {
		return false
	}
	hash, err := r.PassphraseHash()
	return err == nil && hash == ""
}
