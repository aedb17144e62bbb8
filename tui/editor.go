package tui

import (
	"errors"
	"fmt"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/lint"
	"tamis/library/validation"
	"tamis/store"
)

// editorModel edits one template in the text format, as `tamis export`
// writes it, with the lint beside it (below it on a narrow terminal),
// run again once the text has been still for lintDelay. ctrl+s saves a
// new version (the référent gives a one-line reason), ctrl+o opens the
// text in the référent's own editor. The text is the référent's or the
// proposer's template: it is saved, but no volunteer's value ever is.
type editorModel struct {
	c      *Common
	keys   editorKeys
	mode   editorMode
	id     string
	was    library.Status   // the stored status (modeEdit)
	base   library.Template // the stored text the edit started from; zero: save over it
	ta     textarea.Model
	text   string // the text in the textarea, as last seen
	saved  string // the text as opened or last saved: text != saved is unsaved
	ready  bool
	opts   lint.Options
	guard  store.Guard
	gen    int // the generation of the text, for the lint's debounce
	report lint.Report
	reason textinput.Model
	asking bool // the reason of the save is asked
	asked  bool // « Quitter sans enregistrer ? » is asked
	// quitting: the question came from ctrl+c, and yes quits tamis
	// (editorquit.go) rather than going back to the list.
	quitting bool
	saving   bool
	stored   bool // the template is in the store: an unchanged text is nothing to save
	note     string
	err      string
	back     *referentModel // the référent's list to go back to; nil: the volunteer's
	merge    *mergeFrom     // the conflict merged (modeMerge); nil otherwise
}

// newEditor opens the editor on a new template, an existing one (id) or
// a proposal; back is the référent's list it was opened from.
func newEditor(c *Common, mode editorMode, id string, back *referentModel) (methodScreen, tea.Cmd) {
	m := editorModel{c: c, keys: defaultEditorKeys(mode), mode: mode, id: id, back: back}
	if c.Deps.Editor == nil {
		m.err = unavailable()
		return m, nil
	}
	return m, openEditorCmd(c.Deps.Editor, mode, id)
}

// newTextarea is the editor's field: line numbers, since the lint names
// lines, no limit but the store's, and a still cursor (no redraw while
// nothing happens).
func newTextarea() textarea.Model {
	ta := textarea.New()
	ta.ShowLineNumbers = true
	ta.Prompt = ""
	ta.CharLimit = library.MaxTemplateSize
	ta.MaxHeight = 999 // lines: three digits of line numbers
	ta.MaxWidth = 0    // long paragraphs are one line of the format
	ta.Cursor.SetMode(cursor.CursorStatic)
	ta.FocusedStyle.CursorLine = ta.FocusedStyle.CursorLine.UnsetBackground()
	return ta
}

func (m editorModel) setSize() screen {
	if m.ready {
		taW, taH, _, _, _ := m.layout()
		m.ta.SetWidth(taW)
		m.ta.SetHeight(taH)
	}
	return m
}

// layout splits the body: the text left and the lint right from 100
// columns, the lint below the text under that, taking from a third to
// half of the height as it needs.
func (m editorModel) layout() (taW, taH, paneW, paneH int, side bool) {
	return m.layoutFor(nil)
}

// layoutFor is layout with the pane's lines when the caller has them, so
// that they are wrapped once a frame.
func (m editorModel) layoutFor(lines []string) (taW, taH, paneW, paneH int, side bool) {
	w, h := m.c.Width, max(m.c.bodyHeight()-1, 2) // the title line
	if w >= 100 {
		paneW = w * 2 / 5
		return w - paneW - 1, h, paneW, h, true
	}
	if lines == nil {
		lines = m.paneLines(w)
	}
	paneH = clamp(len(lines), h/3, h/2)
	paneH = clamp(paneH, 1, max(h-3, 1))
	return w, max(h-paneH-1, 1), w, paneH, false
}

// update handles a message, then gives the text the height the lint
// leaves it.
func (m editorModel) update(msg tea.Msg) (screen, tea.Cmd) {
	s, cmd := m.handle(msg)
	if e, ok := s.(editorModel); ok && e.ready {
		if _, taH, _, _, _ := e.layout(); taH != e.ta.Height() {
			e.ta.SetHeight(taH)
		}
		s = e
	}
	return s, cmd
}

func (m editorModel) handle(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case editorReadyMsg:
		return m.handleReady(msg)
	case lintDueMsg:
		if msg.gen != m.gen || !m.ready {
			return m, nil
		}
		return m, lintCmd(m.opts, m.id, m.text, m.gen)
	case lintDoneMsg:
		if msg.gen == m.gen {
			m.report = m.mergeReport(msg.report)
		}
		return m, nil
	case editorSavedMsg:
		return m.handleSaved(msg)
	case externalMsg:
		return m.handleExternal(msg)
	case tea.KeyMsg:
		return m.handleKey(msg)
	}
	return m, nil
}

func (m editorModel) handleReady(msg editorReadyMsg) (screen, tea.Cmd) {
	if msg.err != nil {
		m.err = msg.err.Error()
		return m, nil
	}
	m.ready, m.id, m.was, m.base, m.stored = true, msg.id, msg.status, msg.base, m.mode == modeEdit
	m.opts, m.guard, m.report = msg.opts, msg.guard, msg.report
	m.ta = newTextarea()
	m.ta.SetValue(msg.text)
	m.ta.Focus()
	m.text, m.saved = m.ta.Value(), m.ta.Value()
	return m.setSize(), nil
}

func (m editorModel) handleKey(msg tea.KeyMsg) (screen, tea.Cmd) {
	k := m.keys
	switch {
	case m.asking:
		return m.handleReason(msg)
	case m.asked:
		return m.handleLeave(msg)
	case m.saving: // a few milliseconds: its result must find the editor
		return m, nil
	case key.Matches(msg, k.Back):
		if m.ready && m.text != m.saved {
			m.asked = true
			return m, nil
		}
		return m.leave()
	case !m.ready:
		return m, nil
	case key.Matches(msg, k.Save):
		return m.askSave()
	case key.Matches(msg, k.External):
		cmd, err := externalEditCmd(m.text)
		if err != nil {
			m.err = err.Error()
		}
		return m, cmd
	}
	var cmd tea.Cmd
	m.ta, cmd = m.ta.Update(msg)
	m, lint := m.changed()
	return m, tea.Batch(cmd, lint)
}

// changed notes a new text and arms the lint's debounce.
func (m editorModel) changed() (editorModel, tea.Cmd) {
	v := m.ta.Value()
	if v == m.text {
		return m, nil
	}
	m.text = v
	m.gen++
	m.note, m.err = "", ""
	return m, lintLater(m.c, m.gen)
}

// leave goes back to the list the editor was opened from, the référent's
// cursor on the template edited.
func (m editorModel) leave() (screen, tea.Cmd) {
	if m.merge != nil {
		return m.leaveMerge(mergeLeft(m.id), "")
	}
	if m.back == nil {
		done(m.c)
		return m, nil
	}
	back := *m.back
	back.ts, back.cursor, back.loaded = []library.Template{{ID: m.id}}, 0, false
	back.note, back.err = "", ""
	m.c.goTo(openMethodMsg{back, listAllCmd(m.c.Deps.Referent)})
	return m, nil
}

// handleLeave answers « Quitter sans enregistrer ? ».
func (m editorModel) handleLeave(msg tea.KeyMsg) (screen, tea.Cmd) {
	switch {
	case key.Matches(msg, m.c.Keys.Yes) && m.quitting:
		m.c.goTo(leaveMsg{}) // asked stays: the root quits without asking again
	case key.Matches(msg, m.c.Keys.Yes):
		return m.leave()
	case key.Matches(msg, m.c.Keys.No), key.Matches(msg, m.keys.Back):
		m.asked, m.quitting = false, false
		return m, m.ta.Focus() // a ctrl+c may have closed the reason's question
	}
	return m, nil
}

// askSave checks that the text reads as one template, then asks the
// référent's reason; a proposal is saved at once, with the fixed reason
// of `tamis propose`.
func (m editorModel) askSave() (screen, tea.Cmd) {
	if m.stored && m.text == m.saved {
		m.note, m.err = saveErrText(store.ErrUnchanged), ""
		return m, nil
	}
	if err := m.marksLeft(); err != nil {
		m.note, m.err = "", err.Error()
		return m, nil
	}
	if _, err := m.parse(); err != nil {
		m.note, m.err = "", err.Error()
		return m, nil
	}
	if m.mode == modePropose {
		return m.save("")
	}
	m.note, m.err = "", ""
	m.asking, m.reason = true, textinput.New()
	m.reason.Prompt = ""
	m.reason.CharLimit = 200
	m.reason.Cursor.SetMode(cursor.CursorStatic)
	m.reason.SetValue(defaultReason(m.mode))
	m.ta.Blur()
	return m, m.reason.Focus()
}

// defaultReason is the reason kept when the référent gives none.
func defaultReason(mode editorMode) string {
	if mode == modeNew {
		return i18n.T("créé depuis l’interface", "created from the interface")
	}
	if mode == modeMerge {
		return mergeReason()
	}
	return i18n.T("modifié depuis l’interface", "edited from the interface")
}

// handleReason takes the reason: enter saves, esc goes back to the text.
func (m editorModel) handleReason(msg tea.KeyMsg) (screen, tea.Cmd) {
	switch msg.Type {
	case tea.KeyEnter:
		reason := m.reason.Value()
		if oneLine(reason) == "" {
			reason = defaultReason(m.mode)
		}
		if err := validation.CheckReason(m.opts.Classifier, reason); err != nil {
			m.err = reasonRefusal(reason, err) // the reason stays, to be reworded
			return m, nil
		}
		m.asking = false
		return m.save(reason)
	case tea.KeyEsc:
		m.asking, m.err = false, ""
		return m, m.ta.Focus()
	}
	var cmd tea.Cmd
	m.reason, cmd = m.reason.Update(msg)
	return m, cmd
}

// reasonRefusal says why a reason cannot be kept in the history, with
// what the classifier found in it.
func reasonRefusal(reason string, err error) string {
	var re validation.ReasonError
	if !errors.As(err, &re) || len(re.Result.Findings) == 0 {
		return i18n.T("Raison refusée : ", "Reason refused: ") + err.Error()
	}
	f := re.Result.Findings[0]
	return fmt.Sprintf(i18n.T("Raison refusée : elle contient des données personnelles ou sensibles (« %s » : %s) et l’historique la garderait ; reformulez-la.",
		"Reason refused: it holds personal or sensitive data (“%s”: %s) and the history would keep it; reword it."), reason[f.Start:f.End], f.Reason)
}

// save parses the text again and saves it off the UI loop.
func (m editorModel) save(reason string) (screen, tea.Cmd) {
	t, err := m.parse()
	if err != nil {
		m.err = err.Error()
		return m, m.ta.Focus()
	}
	m.saving, m.note, m.err = true, i18n.T("Enregistrement…", "Saving…"), ""
	r := saveRequest{mode: m.mode, t: t, text: m.text, was: m.was, base: m.base, reason: reason, guard: m.guard}
	if m.merge != nil {
		r.folder = m.merge.folder
	}
	return m, tea.Batch(m.ta.Focus(), saveCmd(m.c.Deps.Editor, r))
}

func (m editorModel) handleSaved(msg editorSavedMsg) (screen, tea.Cmd) {
	m.saving = false
	if msg.err != nil {
		m.note, m.err = "", saveErrText(msg.err)
		if errors.Is(msg.err, store.ErrChanged) {
			m.base = library.Template{} // the référent was told: the next save goes over it
		}
		if msg.refused != nil && errors.Is(msg.err, store.ErrUnchanged) { // refused, and the draft already has this text
			m.err = refusalText(msg.id, msg.refused) + "\n" + i18n.T("Rien n’a été enregistré : le brouillon a déjà ce texte.",
				"Nothing was saved: the draft already has this text.")
		}
		return m, nil
	}
	if m.merge != nil {
		return m.mergeSaved(msg)
	}
	m.note, m.err = savedText(msg, m.mode), ""
	if msg.refused != nil {
		m.note, m.err = "", savedText(msg, m.mode)
	}
	m.saved, m.id, m.was, m.base, m.stored = msg.text, msg.id, msg.status, msg.saved, true
	if m.mode == modePropose {
		return m, nil
	}
	m.mode = modeEdit // the new template exists: the next save is a version
	return m, reloadTemplatesCmd(m.c.Deps.Referent)
}

// handleExternal takes the text back from the référent's editor.
func (m editorModel) handleExternal(msg externalMsg) (screen, tea.Cmd) {
	if msg.err != nil {
		m.err = fmt.Sprintf(i18n.T("L’éditeur n’a pas abouti (%v) : le texte est resté tel quel.",
			"The editor did not succeed (%v): the text was left as it was."), msg.err)
		return m, nil
	}
	m.ta.SetValue(msg.text)
	m, _ = m.changed()
	return m, lintCmd(m.opts, m.id, m.text, m.gen) // at once: the text came whole
}

func (editorModel) methodScreen() {}

// parse reads the text as one template; the error says why it cannot be
// saved, and the text stays as typed.
func (m editorModel) parse() (library.Template, error) {
	ts, err := library.Parse(m.id, []byte(m.text))
	switch {
	case err != nil:
		var pe *library.ParseError
		where := ""
		if errors.As(err, &pe) {
			where = fmt.Sprintf(i18n.T(" (ligne %d : %s)", " (line %d: %s)"), pe.Line, pe.Msg)
		}
		return library.Template{}, fmt.Errorf(i18n.T("Le texte ne se lit pas%s : rien n’a été enregistré ; le lint dit où.",
			"The text does not read%s: nothing was saved; the lint says where."), where)
	case len(ts) != 1:
		return library.Template{}, fmt.Errorf(i18n.T("Un modèle à la fois : le texte en contient %d.",
			"One template at a time: the text holds %d."), len(ts))
	case (m.mode == modeEdit || m.mode == modeMerge) && ts[0].ID != m.id:
		return library.Template{}, fmt.Errorf(i18n.T("L’identifiant doit rester %s : pour un autre modèle, n depuis la liste du référent.",
			"The id must stay %s: for another template, n from the référent's list."), m.id)
	}
	return ts[0], nil
}

// openEditor opens the editor from the référent's list: a new template,
// or the one under the cursor.
func (m referentModel) openEditor(mode editorMode) (screen, tea.Cmd) {
	id := ""
	if mode == modeEdit {
		if !m.loaded || m.cursor >= len(m.ts) {
			return m, nil
		}
		id = m.ts[m.cursor].ID
	}
	e, cmd := newEditor(m.c, mode, id, &m)
	m.c.goTo(openMethodMsg{e, cmd})
	return m, nil
}
