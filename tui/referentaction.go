package tui

import (
	"errors"
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/library/validation"
	"tamis/store"
)

// ReferentStore is what the référent's screen needs from the store: every
// template, the rules and profile of the validation's check, the backup
// and the change of status.
type ReferentStore interface {
	List(all bool) ([]library.Template, error)
	ClassifierRules() (store.CheckRules, error)
	Profile() (store.Profile, error)
	AutoBackup() (string, error)
	SetStatus(id string, status library.Status, ch store.Change, guard store.Guard) (int, error)
	RecordEvent(store.Event) error
}

// referentStore is the library as the référent's screen needs it; nil for
// a test fake without it.
func referentStore(lib Library) ReferentStore {
	st, _ := lib.(ReferentStore)
	return st
}

type (
	// referentListMsg carries every template, any status.
	referentListMsg struct {
		ts  []library.Template
		err error
	}
	// statusDoneMsg is the result of a change of status, and the list
	// read again after it.
	statusDoneMsg struct {
		id     string
		status library.Status
		n      int // the new version
		err    error
		ts     []library.Template
	}
)

// fixedWordingRefusal and lintRefusal are the validation's refusals.
type (
	fixedWordingRefusal = validation.FixedWordingError
	lintRefusal         = validation.LintError
)

// fromTUI is the reason kept in the history of a change made here.
func fromTUI() string { return i18n.T("depuis l’interface", "from the interface") }

func listAllCmd(st ReferentStore) tea.Cmd {
	return func() tea.Msg {
		ts, err := st.List(true)
		return referentListMsg{ts, err}
	}
}

// setStatusCmd changes the status of t as `tamis validate`, `draft` and
// `archive` do: the validation's check first (a refusal changes nothing
// and is recorded in the journal), then the backup, then the new version
// with the référent's role, the check done again inside the write.
func setStatusCmd(st ReferentStore, t library.Template, status library.Status) tea.Cmd {
	return func() tea.Msg {
		n, err := changeStatus(st, t, status)
		ts, lerr := st.List(true)
		if lerr != nil {
			ts = nil
		}
		return statusDoneMsg{id: t.ID, status: status, n: n, err: err, ts: ts}
	}
}

func changeStatus(st ReferentStore, t library.Template, status library.Status) (int, error) {
	rules, err := st.ClassifierRules()
	if err != nil {
		return 0, err
	}
	profile, err := st.Profile()
	if err != nil {
		return 0, err
	}
	guard := validation.Guard(validation.New(classify.Rules(rules), profile))
	v := t
	v.Status = status
	if err := guard(v); err != nil {
		if status == library.StatusValidated {
			_ = st.RecordEvent(store.Event{TemplateID: t.ID, Action: store.ActionValidationRefused})
		}
		return 0, err
	}
	if _, err := st.AutoBackup(); err != nil {
		return 0, err
	}
	ch := store.Change{Role: store.RoleReferent, Reason: fromTUI(), Action: store.StatusAction(status)}
	return st.SetStatus(t.ID, status, ch, guard)
}

func statusDoneText(id string, s library.Status, n int) string {
	switch s {
	case library.StatusValidated:
		return fmt.Sprintf(i18n.T("%s validé (version %d) : les bénévoles le voient au prochain lancement.",
			"%s validated (version %d): volunteers see it from the next start."), id, n)
	case library.StatusArchived:
		return fmt.Sprintf(i18n.T("%s archivé (version %d) : les bénévoles ne le voient plus.",
			"%s archived (version %d): volunteers no longer see it."), id, n)
	}
	return fmt.Sprintf(i18n.T("%s renvoyé en brouillon (version %d).", "%s sent back to draft (version %d)."), id, n)
}

// refusalText says why the validation was refused: one line a finding,
// as `tamis validate` prints them.
func refusalText(id string, err error) string {
	var b strings.Builder
	var fe fixedWordingRefusal
	var le lintRefusal
	switch {
	case errors.As(err, &fe):
		fmt.Fprintf(&b, i18n.T("%s n’est pas validé : son texte fixe (hors [variables]) contient des données personnelles ou sensibles.",
			"%s is not validated: its fixed wording (outside [variables]) holds personal or sensitive data."), id)
		for _, f := range fe.Found {
			fmt.Fprintf(&b, i18n.T("\n  ligne %d (%s) : « %s » — %s", "\n  line %d (%s): “%s” — %s"), f.Line, f.Part, f.Words, f.Reason)
		}
	case errors.As(err, &le):
		fmt.Fprintf(&b, i18n.T("%s n’est pas validé : le lint y trouve %d erreur(s) :", "%s is not validated: the lint finds %d error(s):"), id, len(le.Found))
		for _, f := range le.Found {
			fmt.Fprintf(&b, i18n.T("\n  ligne %d : %s", "\n  line %d: %s"), f.Line, f.Msg)
		}
	default:
		return err.Error()
	}
	return b.String()
}
