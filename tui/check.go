package tui

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
	"tamis/library/classify"
	"tamis/store"
)

// recordedMsg reports the end of an event recording.
type recordedMsg struct{ err error }

// recordCmd writes a usage event in the background: it touches the disk.
func recordCmd(rec func(Usage) error, u Usage) tea.Cmd {
	if rec == nil {
		return nil
	}
	return func() tea.Msg {
		if err := rec(u); err != nil {
			return recordedMsg{err: wrapErr("statistique non enregistrée", "usage not recorded", err)}
		}
		return recordedMsg{}
	}
}

// record an event for the verdict on screen; after an anonymisation, the
// verdict and rules are those of the original text, which is what the
// référent's indicators are about.
func (m Model) record(action string) tea.Cmd {
	v := m.verdict
	r := v.result
	if v.anonymised {
		r = v.before
	}
	return recordCmd(m.c.Deps.Record, Usage{
		Time:       time.Now().UTC(),
		TemplateID: v.templateID,
		Verdict:    r.Verdict.String(),
		Rules:      ruleNames(r.Findings),
		Action:     action,
	})
}

// ruleNames lists the distinct rules that fired, for the usage event.
func ruleNames(fs []classify.Finding) []string {
	rules := make([]string, len(fs))
	for i, f := range fs {
		rules[i] = f.Rule
	}
	return store.RuleNames(rules)
}

// check classifies the whole filled prompt (CONTEXTE then PROMPT), the text
// exactly as it would be pasted, and acts on the verdict.
func (m Model) check() (tea.Model, tea.Cmd) {
	filled, err := m.fill.filled()
	if names := missing(err); len(names) > 0 {
		m.c.notice = m.c.Styles.Error.Render(i18n.T("À remplir d'abord : ", "Fill in first: ") + strings.Join(names, ", "))
		var cmd tea.Cmd
		m.fill, cmd = m.fill.focusName(names[0])
		return m, cmd
	}
	if err != nil {
		m.c.notice = m.c.Styles.Error.Render(err.Error())
		return m, nil
	}
	text := filled.Text()
	m.verdict = verdictModel{c: m.c, templateID: m.fill.t.ID, values: m.fill.values(), text: text,
		places: m.fill.valuePlaces(text)}
	m.verdict.result, m.verdict.located = m.fill.merge(text, m.c.Deps.Checker.Classify(text))
	return m.decide()
}

// decide moves to the verdict screen: copy at once when ok, ask when in
// doubt, refuse when blocked.
func (m Model) decide() (tea.Model, tea.Cmd) {
	m.state = stateVerdict
	m.verdict.cursor = 0
	switch m.verdict.result.Verdict {
	case classify.OK:
		m.verdict.mode = modeCopying
		return m, m.copyPrompt()
	case classify.Doubt:
		m.verdict.mode = modeDoubt
		return m, nil
	}
	m.verdict.mode = modeBlocked
	return m, m.record(store.ActionRefused)
}

func (m Model) handleVerdictKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	switch m.verdict.mode {
	case modeDoubt:
		return m.handleDoubtKey(msg)
	case modeBlocked:
		return m.handleBlockedKey(msg)
	case modeCopied:
		return m.handleCopiedKey(msg)
	}
	return m, nil
}

func (m Model) handleDoubtKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Left, k.Right, k.Next, k.Prev):
		m.verdict.cursor = 1 - m.verdict.cursor
	case key.Matches(msg, k.Open) && m.verdict.cursor == 1:
		m.verdict.mode = modeCopying
		return m, m.copyPrompt()
	case key.Matches(msg, defaultMethodKeys().Tree):
		return m.openMethod(newDecision(m.c, m.verdict.doubtValue()))
	case key.Matches(msg, k.Open, k.Back):
		m.state = stateFill
		m.c.notice = i18n.T("Copie annulée : rien n'a été copié.", "Copy cancelled: nothing was copied.")
		return m, m.record(store.ActionRefused)
	}
	return m, nil
}

func (m Model) handleBlockedKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.c.Keys
	n := len(m.verdict.result.Findings)
	switch {
	case key.Matches(msg, k.Up):
		m.verdict.cursor = clamp(m.verdict.cursor-1, 0, n-1)
	case key.Matches(msg, k.Down):
		m.verdict.cursor = clamp(m.verdict.cursor+1, 0, n-1)
	case key.Matches(msg, k.Anonymize) && m.verdict.canAnonymise():
		return m.anonymise()
	case key.Matches(msg, k.Open):
		return m.backToField()
	case key.Matches(msg, k.Back):
		m.state = stateFill
	}
	return m, nil
}

// backToField returns to the form, on the field of the selected finding.
func (m Model) backToField() (tea.Model, tea.Cmd) {
	m.state = stateFill
	fs := m.verdict.findings()
	if m.verdict.cursor < len(fs) && fs[m.verdict.cursor].field != "" {
		var cmd tea.Cmd
		m.fill, cmd = m.fill.focusName(fs[m.verdict.cursor].field)
		return m, cmd
	}
	return m, nil
}

// anonymise replaces the personal data by codes and checks the result
// again; sensitive findings stay, so it may still be blocked.
func (m Model) anonymise() (tea.Model, tea.Cmd) {
	a := m.c.Deps.Checker.Anonymize(m.verdict.text)
	v := m.verdict
	v.before = v.result
	v.text, v.restore, v.codes, v.anonymised = a.Text, a.Restore, a.Codes, true
	v.places, v.located = nil, nil // the codes moved the values: findings are matched by their text
	v.result = m.c.Deps.Checker.Classify(a.Text)
	m.verdict = v
	model, cmd := m.decide()
	if mm, ok := model.(Model); ok && mm.verdict.mode == modeBlocked {
		mm.verdict.note = i18n.T("L'anonymisation ne suffit pas : il reste des données à retirer à la main.",
			"Anonymisation is not enough: some data must be removed by hand.")
		return mm, cmd
	}
	return model, cmd
}

func (m Model) handleCopiedKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Open):
		return m.toBrowse()
	case key.Matches(msg, k.Back):
		m.state = stateFill
	case key.Matches(msg, k.ClearClipboard):
		return m, clearCmd(m.c.Deps.Clipboard)
	case key.Matches(msg, k.ClearOnQuit):
		m.clearOnQuit = !m.clearOnQuit
	case key.Matches(msg, k.ShowText):
		return m.showText(m.verdict.text, "")
	case key.Matches(msg, k.PasteAnswer) && m.verdict.anonymised:
		m.restore = newRestore(m.c, m.verdict.restore)
		m.state = stateRestore
	}
	return m, nil
}

// copyPrompt copies the text on the verdict screen through the final check.
func (m Model) copyPrompt() tea.Cmd {
	return checkedCopyCmd(m.rulesRef(), m.c.Deps.Clipboard, m.verdict.text)
}

// handleCopyDone ends a copy: from the verdict screen or the restore one.
func (m Model) handleCopyDone(msg copyDoneMsg) (tea.Model, tea.Cmd) {
	m = m.install(msg.fresh)
	if msg.rules != nil {
		m.state = stateFill
		m.c.notice = m.c.Styles.Error.Render(msg.rules.Error() + " — " +
			i18n.T("rien n'a été copié.", "nothing was copied."))
		return m, nil
	}
	if msg.refused != nil {
		m.verdict.result, m.verdict.located = *msg.refused, nil
		if !m.verdict.anonymised { // merge keeps every blocked finding: still blocked
			m.verdict.result, m.verdict.located = m.fill.merge(m.verdict.text, *msg.refused)
		}
		m.verdict.mode, m.verdict.cursor = modeBlocked, 0
		m.verdict.note = i18n.T("Copie refusée : le texte à copier contient des données bloquées. Rien n'a été copié.",
			"Copy refused: the text to copy holds blocked data. Nothing was copied.")
		return m, m.record(store.ActionRefused)
	}
	if msg.answer { // routed by kind: the volunteer may have left the screen
		m.restore = m.restore.copied(msg)
		if msg.method == CopyNone {
			return m, nil
		}
		return m.copied(msg)
	}
	action := store.ActionCopied
	switch {
	case m.verdict.anonymised:
		action = store.ActionAnonymised
	case m.verdict.result.Verdict == classify.Doubt:
		action = store.ActionConfirmDoubt
	}
	m.verdict.mode, m.verdict.method = modeCopied, msg.method
	if msg.method != CopyNone && m.fill.t.ID == m.verdict.templateID {
		m.drafts.markCopied(m.fill.t, m.c.Deps.Profile, m.verdict.values)
	}
	rec := m.record(action)
	if msg.method == CopyNone {
		why := i18n.T("Copie impossible", "Cannot copy")
		if msg.err != nil {
			why = msg.err.Error()
		}
		model, cmd := m.showText(m.verdict.text, why)
		return model, tea.Batch(cmd, rec)
	}
	m, cmd := m.copied(msg)
	return m, tea.Batch(cmd, rec)
}
