package tui

import (
	"errors"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/library/validation"
	"tamis/store"
)

// HistoryStore is what the history screen needs from the store, beside
// ReferentStore: the versions of a template and the restore of one. The
// store has both; the screen finds it behind Deps.Referent.
type HistoryStore interface {
	ReferentStore
	Versions(id string) ([]store.Version, error)
	Restore(id string, n int, ch store.Change, guard store.Guard) (int, error)
}

// historyStore is the référent's store as the history screen needs it;
// nil when there is none (a fake, or no database).
func historyStore(c *Common) HistoryStore {
	st, _ := c.Deps.Referent.(HistoryStore)
	return st
}

type (
	// versionsMsg carries the versions of a template, oldest first.
	versionsMsg struct {
		vs  []store.Version
		err error
	}
	// versionRestoredMsg is the result of a restore, and the versions read again.
	versionRestoredMsg struct {
		from, n int // the version restored, the new version
		err     error
		vs      []store.Version
	}
)

// errSameText: the version to restore is the current text.
var errSameText = errors.New("same text")

func versionsCmd(st HistoryStore, id string) tea.Cmd {
	return func() tea.Msg {
		vs, err := st.Versions(id)
		return versionsMsg{vs, err}
	}
}

// restoreVersionCmd restores version n of id off the UI loop, then reads the
// versions again.
func restoreVersionCmd(st HistoryStore, id string, n int) tea.Cmd {
	return func() tea.Msg {
		m, err := restoreVersion(st, id, n)
		vs, verr := st.Versions(id)
		if verr != nil {
			vs = nil
		}
		return versionRestoredMsg{from: n, n: m, err: err, vs: vs}
	}
}

// restoreVersion does what `tamis restore ID N` does, the passphrase
// already given: nothing when version n is the current text; the
// validation's check on a validated version (a refusal is recorded and
// changes nothing); a backup; then version n saved as a new version by the
// référent, with its event, the check done again inside the write.
func restoreVersion(st HistoryStore, id string, n int) (int, error) {
	vs, err := st.Versions(id)
	if err != nil {
		return 0, err
	}
	v, err := pickVersion(id, vs, n)
	if err != nil {
		return 0, err
	}
	if string(library.Format(v.Template)) == string(library.Format(vs[len(vs)-1].Template)) {
		return 0, errSameText
	}
	guard, err := validationGuardOf(st)
	if err != nil {
		return 0, err
	}
	if err := guard(v.Template); err != nil {
		if v.Template.Status == library.StatusValidated {
			_ = st.RecordEvent(store.Event{TemplateID: id, Action: store.ActionValidationRefused, Version: vs[len(vs)-1].Number})
		}
		return 0, err
	}
	if _, err := st.AutoBackup(); err != nil {
		return 0, err
	}
	ch := store.Change{Role: store.RoleReferent, Action: store.ActionTemplateRestored, Reason: restoredReason(n)}
	return st.Restore(id, n, ch, guard)
}

// validationGuardOf is the validation's check with the association's
// rules and profile, as changeStatus builds it.
func validationGuardOf(st ReferentStore) (store.Guard, error) {
	rules, err := st.ClassifierRules()
	if err != nil {
		return nil, err
	}
	profile, err := st.Profile()
	if err != nil {
		return nil, err
	}
	return validation.Guard(validation.New(classify.Rules(rules), profile)), nil
}

func pickVersion(id string, vs []store.Version, n int) (store.Version, error) {
	for _, v := range vs {
		if v.Number == n {
			return v, nil
		}
	}
	return store.Version{}, fmt.Errorf("%s%s%w", id, i18n.T(" : ", ": "), store.ErrNoVersion)
}

// restoredReason is the reason kept with a version restored here.
func restoredReason(n int) string {
	return fmt.Sprintf(i18n.T("restauré depuis la version %d", "restored from version %d"), n)
}

// versionRestoredText says what a restore did, or why it did nothing.
func versionRestoredText(id string, msg versionRestoredMsg) (note, fail string) {
	switch {
	case errors.Is(msg.err, errSameText):
		return fmt.Sprintf(i18n.T("%s : la version %d a déjà le texte actuel : rien à faire.",
			"%s: version %d already has the current text: nothing to do."), id, msg.from), ""
	case msg.err != nil:
		return "", refusalText(id, msg.err)
	}
	return fmt.Sprintf(i18n.T("%s : version %d restaurée, enregistrée comme version %d.",
		"%s: version %d restored, saved as version %d."), id, msg.from, msg.n), ""
}
