package tui

import (
	"errors"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/library/lint"
	"tamis/library/validation"
	"tamis/store"
)

// EditorStore is what the template editor needs from the store: the
// référent's screen's needs, the next free id, a template's current text,
// and the three ways to save one (a new template, a new version, a
// volunteer's proposal).
type EditorStore interface {
	ReferentStore
	NextID() (string, error)
	Get(id string) (library.Template, error)
	Create(t library.Template, ch store.Change) (int, error)
	Edit(t, base library.Template, ch store.Change, guard store.Guard) (int, error)
	ImportVersions(ts []library.Template, ch store.Change, asDrafts bool) ([]store.Saved, error)
}

// editorStore is the library as the editor needs it; nil for a test fake
// without it.
func editorStore(lib Library) EditorStore {
	st, _ := lib.(EditorStore)
	return st
}

// editorMode is what the editor's text becomes when saved.
type editorMode int

const (
	modeNew     editorMode = iota // the référent's new template: a draft
	modeEdit                      // a new version of an existing template
	modePropose                   // anyone's proposal: a draft, as `tamis propose`
	modeMerge                     // a conflict's two texts merged: a new version that settles it (editormerge.go)
)

type (
	// editorReadyMsg opens the editor on its text, with the lint's options
	// built as the validation builds them, and the text already linted.
	editorReadyMsg struct {
		id, text string
		status   library.Status   // the stored status (modeEdit)
		base     library.Template // the stored template (modeEdit)
		opts     lint.Options
		guard    store.Guard
		report   lint.Report
		err      error
	}
	// editorSavedMsg is the result of a save.
	editorSavedMsg struct {
		id      string
		text    string // the text saved, to know whether more was typed since
		n       int
		status  library.Status
		saved   library.Template // as saved, its status included
		refused error            // the validation refused: saved as a draft instead
		was     library.Status
		err     error
	}
)

// openEditorCmd reads what the editor starts from, off the UI loop: the
// next free id and a skeleton, or the template's current text.
func openEditorCmd(st EditorStore, mode editorMode, id string) tea.Cmd {
	return func() tea.Msg {
		msg := editorReadyMsg{id: id}
		rules, err := st.ClassifierRules()
		if err != nil {
			return editorReadyMsg{err: err}
		}
		profile, err := st.Profile()
		if err != nil {
			return editorReadyMsg{err: err}
		}
		c, opts := validation.New(classify.Rules(rules), profile)
		msg.opts, msg.guard = opts, validation.Guard(c, opts)
		if mode == modeEdit {
			t, err := st.Get(id)
			if err != nil {
				return editorReadyMsg{err: err}
			}
			msg.text, msg.status, msg.base = string(library.Format(t)), t.Status, t
		} else {
			if msg.id, err = st.NextID(); err != nil {
				return editorReadyMsg{err: err}
			}
			msg.text = skeleton(msg.id)
		}
		msg.report = lint.File(msg.id, []byte(msg.text), opts)
		return msg
	}
}

// skeleton is a new template in the text format, for the référent or the
// volunteer to fill: every part named, nothing personal in it.
func skeleton(id string) string {
	return fmt.Sprintf(i18n.T(`[%s] Titre du modèle
Statut : brouillon

CONTEXTE :
« Ce que l’IA doit savoir de l’association, sans aucune donnée personnelle. »

PROMPT :
« Rédige [type de texte] sur [sujet]. »

VARIABLES :
- [type de texte] : ce que l’IA doit écrire, par exemple « une annonce »
- [sujet] : le thème, par exemple « l’atelier tricot du mardi »
`, `[%s] Title of the template
Statut : brouillon

CONTEXTE :
« What the AI must know about the association, without any personal data. »

PROMPT :
« Write [kind of text] about [subject]. »

VARIABLES :
- [kind of text] : what the AI must write, for example « an announcement »
- [subject] : the theme, for example « the Tuesday knitting workshop »
`), id)
}

// saveRequest is one save: the parsed template, who saves it and why.
type saveRequest struct {
	mode   editorMode
	t      library.Template
	text   string
	was    library.Status   // the stored status before (modeEdit)
	base   library.Template // the text the edit started from; zero: save over whatever is stored
	folder library.Template // the folder's text a merge started from (modeMerge)
	reason string
	guard  store.Guard
}

// saveCmd saves the template off the UI loop.
func saveCmd(st EditorStore, r saveRequest) tea.Cmd {
	return func() tea.Msg {
		msg := editorSavedMsg{id: r.t.ID, text: r.text, was: r.was}
		switch r.mode {
		case modePropose:
			r.t.Status = library.StatusDraft
			msg.n, msg.err = propose(st, r.t)
		case modeNew:
			r.t.Status = library.StatusDraft
			msg.n, msg.err = saveReferent(st, r, store.ActionTemplateCreated)
		case modeMerge:
			r.t.Status, msg.refused = editedStatus(st, r)
			msg.n, msg.err = settleMerged(st, r)
		default:
			r.t.Status, msg.refused = editedStatus(st, r)
			msg.n, msg.err = saveReferent(st, r, editAction(r.was, r.t.Status))
		}
		msg.status, msg.saved = r.t.Status, r.t
		return msg
	}
}

// propose saves t as `tamis propose` does: a draft by a volunteer, that
// never replaces a validated or archived template. It returns the version
// made.
func propose(st EditorStore, t library.Template) (int, error) {
	ch := store.Change{Role: store.RoleVolunteer, Reason: i18n.T("proposition", "proposal"), Action: store.ActionTemplateProposed}
	saved, err := st.ImportVersions([]library.Template{t}, ch, true)
	switch {
	case err != nil:
		return 0, err
	case len(saved) == 0:
		return 0, store.ErrUnchanged
	}
	return saved[0].Version, nil
}

// editedStatus is the status an edit is saved with: the one its text
// says, except that a validated text the validation refuses is saved as
// a draft (the refusal recorded in the journal), so nothing typed is lost.
func editedStatus(st EditorStore, r saveRequest) (library.Status, error) {
	if r.t.Status != library.StatusValidated || r.guard == nil {
		return r.t.Status, nil
	}
	err := r.guard(r.t)
	if err == nil {
		return r.t.Status, nil
	}
	_ = st.RecordEvent(store.Event{TemplateID: r.t.ID, Action: store.ActionValidationRefused})
	return library.StatusDraft, err
}

// editAction is the journal's action of an edit: a change of status is
// recorded as such, a change of text alone as an edit.
func editAction(was, now library.Status) string {
	if was != now {
		return store.StatusAction(now)
	}
	return store.ActionTemplateEdited
}

// saveReferent backs the file up, then saves the référent's version with
// the validation's guard run again inside the write.
func saveReferent(st EditorStore, r saveRequest, action string) (int, error) {
	if _, err := st.AutoBackup(); err != nil {
		return 0, err
	}
	ch := store.Change{Role: store.RoleReferent, Reason: r.reason, Action: action}
	if r.mode == modeNew {
		return st.Create(r.t, ch)
	}
	return st.Edit(r.t, r.base, ch, r.guard)
}

// savedText says what a save did, in one or a few lines.
func savedText(msg editorSavedMsg, mode editorMode) string {
	switch {
	case msg.refused != nil && msg.was == library.StatusValidated:
		return refusalText(msg.id, msg.refused) + "\n" + fmt.Sprintf(i18n.T(
			"Enregistré comme brouillon (version %d) : rien n’est perdu, mais les bénévoles ne le voient plus jusqu’à sa validation.",
			"Saved as a draft (version %d): nothing is lost, but volunteers no longer see it until it is validated."), msg.n)
	case msg.refused != nil:
		return refusalText(msg.id, msg.refused) + "\n" + fmt.Sprintf(i18n.T(
			"Enregistré comme brouillon (version %d) : rien n’est perdu ; corrigez ces lignes, puis validez.",
			"Saved as a draft (version %d): nothing is lost; fix these lines, then validate."), msg.n)
	case mode == modePropose:
		return fmt.Sprintf(i18n.T("%s proposé comme brouillon (version %d) : les bénévoles le verront une fois validé par le référent.",
			"%s proposed as a draft (version %d): volunteers will see it once the référent has validated it."), msg.id, msg.n)
	}
	return fmt.Sprintf(i18n.T("%s enregistré (version %d, %s).", "%s saved (version %d, %s)."), msg.id, msg.n, msg.status.Label())
}

// saveErrText says why nothing was saved.
func saveErrText(err error) string {
	if errors.Is(err, store.ErrChanged) {
		return i18n.T("Rien n’a été enregistré : ", "Nothing was saved: ") + err.Error() + i18n.T(
			". ctrl+s de nouveau enregistre votre texte par-dessus ; l’autre version reste dans l’historique.",
			". ctrl+s again saves your text over it; the other version stays in the history.")
	}
	if errors.Is(err, store.ErrUnchanged) {
		return i18n.T("Rien à enregistrer : le texte n’a pas changé.", "Nothing to save: the text has not changed.")
	}
	return i18n.T("Rien n’a été enregistré : ", "Nothing was saved: ") + err.Error()
}
