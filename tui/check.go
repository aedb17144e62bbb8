package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
	"tamis/library/classify"
	"tamis/store"
)

// recordedMsg reports the end of an event recording.
type recordedMsg struct{ err error }

// recordCmd writes a usage event in the background: it touches the disk.
func recordCmd(rec func(store.Event) error, e store.Event) tea.Cmd {
	if rec == nil {
		return nil
	}
	return func() tea.Msg {
		if err := rec(e); err != nil {
			return recordedMsg{err: wrapErr("statistique non enregistrée", "usage not recorded", err)}
		}
		return recordedMsg{}
	}
}

// record an event for the verdict on screen; after an anonymisation, the
// verdict and rules are those of the original text, which is what the
// référent's indicators are about.
func (m verdictModel) record(action string) tea.Cmd {
	r := m.result
	if m.anonymised {
		r = m.before
	}
	return recordCmd(m.c.Deps.Record, store.NewEvent(m.templateID, r.Verdict.String(), r.RuleNames(), action))
}

// check classifies the whole filled prompt (CONTEXTE then PROMPT), the text
// exactly as it would be pasted, and opens the verdict screen on it.
func (m Model) check() (Model, tea.Cmd) {
	filled, err := m.fill.filled()
	if names := missing(err); len(names) > 0 {
		m.c.notice = m.c.Styles.Error.Render(i18n.T("À remplir d’abord : ", "Fill in first: ") + strings.Join(names, ", "))
		var cmd tea.Cmd
		m.fill, cmd = m.fill.focusName(names[0])
		return m, cmd
	}
	if err != nil {
		m.c.notice = m.c.Styles.Error.Render(err.Error())
		return m, nil
	}
	if i, ok := m.fill.firstMisfit(); ok { // refused before any classification
		f := m.fill.fields[i]
		m.c.notice = m.c.Styles.Error.Render(fmt.Sprintf("[%s] : %s", f.v.Name, f.misfit))
		var cmd tea.Cmd
		m.fill, cmd = m.fill.focusOn(i)
		return m, cmd
	}
	text := filled.Text()
	v := verdictModel{c: m.c, form: m.fill, templateID: m.fill.t.ID, values: m.fill.values(), text: text,
		places: m.fill.valuePlaces(text)}
	v.result, v.located = m.fill.merge(text, m.c.Deps.Checker.Classify(text))
	var cmd tea.Cmd
	m.verdict, cmd = v.decide()
	m.state = stateVerdict
	return m, cmd
}

// decide sets the step of the verdict screen: copy at once when ok, ask
// when in doubt, refuse when blocked.
func (m verdictModel) decide() (verdictModel, tea.Cmd) {
	m.cursor = 0
	switch m.result.Verdict {
	case classify.OK:
		m.mode = modeCopying
		return m, m.copyPrompt()
	case classify.Doubt:
		m.mode = modeDoubt
		return m, nil
	}
	m.mode = modeBlocked
	return m, m.record(store.ActionRefused)
}

// update handles the keys of the verdict screen and the end of its copy.
func (m verdictModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case copyDoneMsg:
		return m.copyDone(msg)
	case charterFirstMsg:
		m.c.goTo(newCharterBeforeCopy(m.c, msg.signed))
		return m, nil
	case copyGateMsg:
		return m.afterCharter(msg)
	case tea.KeyMsg:
		k := m.keyMap()
		switch {
		case key.Matches(msg, k.Help):
			m.c.goTo(helpMsg{})
			return m, nil
		}
		switch m.mode {
		case modeDoubt:
			return m.doubtKey(msg, k)
		case modeBlocked:
			return m.blockedKey(msg, k)
		case modeCopied:
			return m.copiedKey(msg, k)
		}
	}
	return m, nil
}

func (m verdictModel) doubtKey(msg tea.KeyMsg, k verdictKeys) (verdictModel, tea.Cmd) {
	switch {
	case key.Matches(msg, k.Choose):
		m.cursor = 1 - m.cursor
	case key.Matches(msg, k.Confirm) && m.cursor == 1:
		m.mode = modeCopying
		return m, m.copyPrompt()
	case key.Matches(msg, k.Tree):
		m.c.goTo(openMethodMsg{s: newDecision(m.c, m.doubtValue())})
	case key.Matches(msg, k.Confirm, k.Back):
		m.c.notice = i18n.T("Copie annulée : rien n’a été copié.", "Copy cancelled: nothing was copied.")
		m.c.goTo(fillMsg{})
		return m, m.record(store.ActionRefused)
	}
	return m, nil
}

func (m verdictModel) blockedKey(msg tea.KeyMsg, k verdictKeys) (screen, tea.Cmd) {
	n := len(m.result.Findings)
	switch {
	case key.Matches(msg, k.Up):
		m.cursor = clamp(m.cursor-1, 0, n-1)
	case key.Matches(msg, k.Down):
		m.cursor = clamp(m.cursor+1, 0, n-1)
	case key.Matches(msg, k.Anonymize):
		return m.anonymise()
	case key.Matches(msg, k.GoToField):
		fs := m.findings()
		field := ""
		if m.cursor < len(fs) {
			field = fs[m.cursor].field
		}
		m.c.goTo(fillMsg{field: field, refused: true, blocked: m.widerFindings()})
	case key.Matches(msg, k.Back):
		m.c.goTo(fillMsg{refused: true, blocked: m.widerFindings()})
	}
	return m, nil
}

// widerFindings are the findings the form is told about when the volunteer
// goes back to it: none after an anonymisation, whose codes moved the values.
func (m verdictModel) widerFindings() []located {
	if m.anonymised {
		return nil
	}
	return m.findings()
}

// anonymise replaces the personal data by codes and checks the result
// again; sensitive findings stay, so it may still be blocked.
func (m verdictModel) anonymise() (screen, tea.Cmd) {
	a := m.c.Deps.Checker.Anonymize(m.text)
	m.before = m.result
	m.text, m.restore, m.codes, m.anonymised = a.Text, a.Restore, a.Codes, true
	m.places, m.located = nil, nil // the codes moved the values: findings are matched by their text
	m.result = m.c.Deps.Checker.Classify(a.Text)
	m, cmd := m.decide()
	if m.mode == modeBlocked {
		m.note = i18n.T("L’anonymisation ne suffit pas : il reste des données à retirer à la main.",
			"Anonymisation is not enough: some data must be removed by hand.")
	}
	return m, cmd
}

func (m verdictModel) copiedKey(msg tea.KeyMsg, k verdictKeys) (screen, tea.Cmd) {
	switch {
	case key.Matches(msg, k.Other):
		m.c.goTo(browseMsg{})
	case key.Matches(msg, k.Back):
		m.c.goTo(fillMsg{})
	case key.Matches(msg, k.ClearClipboard):
		return m, clearCmd(m.c.Deps.Clipboard)
	case key.Matches(msg, k.ClearOnQuit):
		m.c.clearOnQuit = !m.c.clearOnQuit
	case key.Matches(msg, k.ShowText):
		m.c.goTo(textMsg{text: m.text, copied: !m.cleared})
	case key.Matches(msg, k.PasteAnswer):
		m.c.goTo(restoreMsg{restore: m.restore})
	case key.Matches(msg, k.Quit): // a volunteer done with the prompt tries q, as on the list
		m.c.goTo(leaveMsg{})
	}
	return m, nil
}

// copyPrompt copies the text on the verdict screen through the final check,
// after the charter when the référent asks for it before the first copy of
// the day (charter_gate.go).
func (m verdictModel) copyPrompt() tea.Cmd {
	return gatedCopyCmd(m.c.Deps.CharterGate, m.copyChecked())
}

func (m verdictModel) copyChecked() tea.Cmd {
	return checkedCopyCmd(m.c.rulesRef(), m.c.Deps.Clipboard, m.text)
}

// copyDone ends the copy of the prompt: refused by the final check (the
// rules changed, or the exact bytes hold blocked data), failed (the text
// is then shown to select by hand), or done.
func (m verdictModel) copyDone(msg copyDoneMsg) (screen, tea.Cmd) {
	if msg.refused != nil {
		m.result, m.located = *msg.refused, nil
		if !m.anonymised { // merge keeps every blocked finding: still blocked
			m.result, m.located = m.form.merge(m.text, *msg.refused)
		}
		m.mode, m.cursor = modeBlocked, 0
		m.note = i18n.T("Copie refusée : le texte à copier contient des données bloquées. Rien n’a été copié.",
			"Copy refused: the text to copy holds blocked data. Nothing was copied.")
		return m, m.record(store.ActionRefused)
	}
	action := store.ActionCopied
	switch {
	case m.anonymised:
		action = store.ActionAnonymised
	case m.result.Verdict == classify.Doubt:
		action = store.ActionConfirmDoubt
	}
	m.mode, m.method = modeCopied, msg.method
	if msg.method == CopyNone {
		why := i18n.T("Copie impossible", "Cannot copy")
		if msg.err != nil {
			why = msg.err.Error()
		}
		m.c.goTo(textMsg{text: m.text, why: why})
	}
	return m, m.record(action)
}

// handleCopyDone ends a copy, the prompt's or a restored answer's, and
// keeps what outlives the screens: the clipboard's state and the drafts.
func (m Model) handleCopyDone(msg copyDoneMsg) (tea.Model, tea.Cmd) {
	m = m.install(msg.fresh)
	if msg.rules != nil {
		m.state = stateFill
		m.c.notice = m.c.Styles.Error.Render(msg.rules.Error() + " — " +
			i18n.T("rien n’a été copié.", "nothing was copied."))
		return m, nil
	}
	if msg.answer { // routed by kind: the volunteer may have left the screen
		m.restore = m.restore.copied(msg)
		if msg.method == CopyNone {
			return m, nil
		}
		return m.copied(msg)
	}
	done := msg.refused == nil && msg.method != CopyNone
	if done && m.fill.t.ID == m.verdict.templateID {
		m.drafts.markCopied(m.fill.t, m.c.Deps.Profile, m.verdict.values)
	}
	m, cmd := m.route(stateVerdict, msg)
	if !done {
		return m, cmd
	}
	m, clip := m.copied(msg)
	return m, tea.Batch(cmd, clip)
}
