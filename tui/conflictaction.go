package tui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
	"tamis/store"
)

// ConflictStore is what the conflicts screen needs from the store: the
// pending conflicts of `tamis import DIR`, the two ways to settle one,
// and this laptop's versions to compare with. The store has them; the
// screen finds it behind Deps.Referent.
type ConflictStore interface {
	HistoryStore
	Conflicts() ([]store.Conflict, error)
	TakeFolder(id string, ch store.Change, guard store.Guard) (int, error)
	KeepLocal(id string, ch store.Change) (int, error)
}

// conflictStore is the référent's store as the conflicts screen needs it;
// nil when there is none.
func conflictStore(c *Common) ConflictStore {
	st, _ := c.Deps.Referent.(ConflictStore)
	return st
}

type (
	// conflictCountMsg is the number of pending conflicts, for the
	// référent's screen.
	conflictCountMsg struct{ n int }
	// conflictsMsg carries the pending conflicts, each with this laptop's
	// current version.
	conflictsMsg struct {
		cs    []store.Conflict
		local map[string]store.Version
		err   error
	}
	// settledMsg is the result of settling a conflict, and the conflicts
	// read again.
	settledMsg struct {
		id    string
		take  bool // the folder's text was taken
		n     int  // the version made (take) or kept
		err   error
		again conflictsMsg
	}
)

// conflictCountCmd counts the pending conflicts; nothing without a store
// that keeps them.
func conflictCountCmd(c *Common) tea.Cmd {
	st := conflictStore(c)
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		cs, err := st.Conflicts()
		if err != nil {
			return nil
		}
		return conflictCountMsg{len(cs)}
	}
}

func conflictsCmd(st ConflictStore) tea.Cmd {
	return func() tea.Msg { return readConflicts(st) }
}

func readConflicts(st ConflictStore) conflictsMsg {
	cs, err := st.Conflicts()
	if err != nil {
		return conflictsMsg{err: err}
	}
	local := map[string]store.Version{}
	for _, c := range cs {
		vs, err := st.Versions(c.ID)
		if err != nil {
			return conflictsMsg{err: err}
		}
		local[c.ID] = vs[len(vs)-1]
	}
	return conflictsMsg{cs: cs, local: local}
}

// settleCmd settles the conflict of id off the UI loop, after a backup:
// take the folder's text (a new version by the référent, checked as a
// validation is) or keep this laptop's.
func settleCmd(st ConflictStore, id string, take bool) tea.Cmd {
	return func() tea.Msg {
		n, err := settle(st, id, take)
		return settledMsg{id: id, take: take, n: n, err: err, again: readConflicts(st)}
	}
}

func settle(st ConflictStore, id string, take bool) (int, error) {
	guard, err := validationGuardOf(st)
	if err != nil {
		return 0, err
	}
	if _, err := st.AutoBackup(); err != nil {
		return 0, err
	}
	if !take {
		return st.KeepLocal(id, store.Change{Role: store.RoleReferent, Action: store.ActionConflictKept})
	}
	ch := store.Change{Role: store.RoleReferent, Action: store.ActionConflictTaken, Reason: takenReason()}
	return st.TakeFolder(id, ch, guard)
}

// takenReason is the reason kept with the folder's text taken here.
func takenReason() string {
	return i18n.T("conflit réglé : version du dossier", "conflict settled: the folder's version")
}

// settledText says how a conflict was settled, or why it was not.
func settledText(msg settledMsg) (note, fail string) {
	switch {
	case msg.err != nil:
		return "", refusalText(msg.id, msg.err)
	case msg.take:
		return fmt.Sprintf(i18n.T("%s : le texte du dossier est pris, enregistré comme version %d.",
			"%s: the folder's text is taken, saved as version %d."), msg.id, msg.n), ""
	}
	return fmt.Sprintf(i18n.T("%s : le texte de cet ordinateur est gardé (version %d) ; celui du dossier reste dans la base, et l’export pourra le remplacer dans le dossier.",
		"%s: this laptop's text is kept (version %d); the folder's stays in the database, and export may replace it in the folder."), msg.id, msg.n), ""
}

// conflictsLine is what the référent's screen says of the pending
// conflicts; "" when there are none.
func conflictsLine(n int) string {
	switch {
	case n == 1:
		return i18n.T("1 conflit à régler (m)", "1 conflict to settle (m)")
	case n > 1:
		return fmt.Sprintf(i18n.T("%d conflits à régler (m)", "%d conflicts to settle (m)"), n)
	}
	return ""
}
