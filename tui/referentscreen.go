package tui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
	"tamis/library"
)

// referentKeys are the keys of the référent's screen on the templates.
type referentKeys struct {
	Up, Down, Validate, Draft, Archive, Back key.Binding
	New, Edit                                key.Binding // the editor: editor.go

	History, Conflicts key.Binding // history.go, conflicts.go
}

func defaultReferentKeys() referentKeys {
	b := func(k, help string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, help)) }
	return referentKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", i18n.T("choisir", "choose"))),
		Down:     key.NewBinding(key.WithKeys("down", "j")),
		Validate: b("v", i18n.T("valider", "validate")),
		Draft:    b("b", i18n.T("brouillon", "draft")),
		Archive:  b("x", i18n.T("archiver", "archive")),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp(i18n.T("échap", "esc"), i18n.T("retour", "back"))),
		New:      b("n", i18n.T("nouveau", "new")),
		Edit:     key.NewBinding(key.WithKeys("e", "enter"), key.WithHelp("e", i18n.T("modifier", "edit"))),

		History:   b("h", i18n.T("historique", "history")),
		Conflicts: b("m", i18n.T("conflits", "conflicts")),
	}
}

// referentModel lists every template with its status, drafts first, and
// changes the status of the one under the cursor as `tamis validate`,
// `draft` and `archive` do (referentaction.go).
type referentModel struct {
	c      *Common
	keys   referentKeys
	ts     []library.Template
	cursor int
	loaded bool
	note   string     // the last action's result
	err    string     // a refusal or an error, in red
	lock   phraseLock // the référent's passphrase, while locked

	pending int // conflicts of tamis import to settle (conflicts.go)
}

func newReferentScreen(c *Common) (methodScreen, tea.Cmd) {
	m := referentModel{c: c, keys: defaultReferentKeys()}
	if c.Deps.Referent == nil {
		m.err = unavailable()
		return m, nil
	}
	if c.Deps.Unlock != nil && !c.referentOpen {
		var cmd tea.Cmd
		m.lock, cmd = newPhraseLock()
		return m, cmd
	}
	return m, referentReloadCmd(c)
}

func (m referentModel) setSize() screen { return m }

func (m referentModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case referentListMsg:
		m.setList(msg.ts, msg.err)
		return m, nil
	case statusDoneMsg:
		return m.handleDone(msg), reloadTemplatesCmd(m.c.Deps.Referent)
	case conflictCountMsg:
		m.pending = msg.n
	case unlockMsg:
		return m.handleUnlock(msg)
	case tea.KeyMsg:
		if m.lock.locked {
			return m.handleLocked(msg)
		}
		return m.handleKey(msg)
	}
	return m, nil
}

// setList shows the templates, drafts first, the cursor on the same id.
func (m *referentModel) setList(ts []library.Template, err error) {
	if err != nil {
		m.err = err.Error()
		return
	}
	id := ""
	if m.cursor < len(m.ts) {
		id = m.ts[m.cursor].ID
	}
	sort.SliceStable(ts, func(i, j int) bool { return statusRank(ts[i].Status) < statusRank(ts[j].Status) })
	m.ts, m.loaded, m.cursor = ts, true, 0
	for i, t := range ts {
		if t.ID == id {
			m.cursor = i
		}
	}
}

func statusRank(s library.Status) int {
	switch s {
	case library.StatusDraft:
		return 0
	case library.StatusValidated:
		return 1
	}
	return 2
}

func (m referentModel) handleKey(msg tea.KeyMsg) (screen, tea.Cmd) {
	k := m.keyMap()
	switch {
	case key.Matches(msg, k.Back):
		done(m.c)
	case key.Matches(msg, k.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(msg, k.Down):
		m.cursor = min(m.cursor+1, max(len(m.ts)-1, 0))
	case key.Matches(msg, k.Validate):
		return m.act(library.StatusValidated)
	case key.Matches(msg, k.Draft):
		return m.act(library.StatusDraft)
	case key.Matches(msg, k.Archive):
		return m.act(library.StatusArchived)
	case key.Matches(msg, k.New):
		return m.openEditor(modeNew)
	case key.Matches(msg, k.Edit):
		return m.openEditor(modeEdit)
	case key.Matches(msg, k.History):
		return m.openHistory()
	case key.Matches(msg, k.Conflicts):
		return m.openConflicts()
	default:
		openSettingsKey(m.c, msg)
	}
	return m, nil
}

// act changes the status of the template under the cursor, off the UI
// loop: the check, the backup and the write take a moment.
func (m referentModel) act(status library.Status) (screen, tea.Cmd) {
	m.note, m.err = i18n.T("Enregistrement…", "Saving…"), ""
	return m, setStatusCmd(m.c.Deps.Referent, m.ts[m.cursor], status)
}

func (m referentModel) handleDone(msg statusDoneMsg) referentModel {
	m.note, m.err = "", ""
	switch {
	case msg.err != nil:
		m.err = refusalText(msg.id, msg.err)
	default:
		m.note = statusDoneText(msg.id, msg.status, msg.n)
	}
	if msg.ts != nil {
		m.setList(msg.ts, nil)
	}
	return m
}

// handleLocked takes the passphrase; esc leaves.
func (m referentModel) handleLocked(msg tea.KeyMsg) (screen, tea.Cmd) {
	cmd, leave := m.lock.key(msg, m.c.Deps.Unlock)
	if leave {
		done(m.c)
	}
	return m, cmd
}

func (m referentModel) handleUnlock(msg unlockMsg) (screen, tea.Cmd) {
	if !m.lock.result(msg) {
		return m, nil
	}
	// The référent stays unlocked for the session, until a while without a
	// key (idlelock.go): the root keeps Common.
	return m, tea.Batch(referentReloadCmd(m.c), m.c.openReferent())
}

func (m referentModel) view() string {
	body, waiting := m.c.reading(m.loaded, m.err)
	switch {
	case m.lock.locked:
		body = m.lock.view(m.c)
	case !waiting:
		body = m.listView()
	}
	return m.c.titled(i18n.T("Modèles — référent", "Templates — référent")+withConflicts(m.pending), body, m)
}

// listView is the visible part of the list, then the last result.
func (m referentModel) listView() string {
	s := m.c.Styles
	foot := ""
	if m.err != "" {
		foot = s.Error.Render(wrapText(m.err, m.c.Width))
	} else if m.note != "" {
		foot = wrapText(m.note, m.c.Width)
	}
	rows := max(m.c.Height-4-lipgloss.Height(foot), 1)
	if foot == "" {
		rows = max(m.c.Height-4, 1)
	}
	start := max(0, m.cursor-rows+1)
	var b strings.Builder
	for i := start; i < min(len(m.ts), start+rows); i++ {
		t := m.ts[i]
		mark := "  "
		if i == m.cursor {
			mark = "› "
		}
		line := truncate(fmt.Sprintf("%s%-12s %-10s %s", mark, t.ID, t.Status.Label(), t.Title), m.c.Width)
		if i == m.cursor {
			line = s.Title.Render(line)
		}
		b.WriteString(line + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n") + "\n" + foot
}

// keyMap enables what applies to the template under the cursor.
func (m referentModel) keyMap() referentKeys {
	k := m.keys
	var st library.Status
	if m.loaded && m.cursor < len(m.ts) {
		st = m.ts[m.cursor].Status
	}
	k.Validate = enable(k.Validate, st != "" && st != library.StatusValidated)
	k.Draft = enable(k.Draft, st != "" && st != library.StatusDraft)
	k.Archive = enable(k.Archive, st != "" && st != library.StatusArchived)
	k.Edit = enable(k.Edit, st != "") // n needs no template: on while the list loads
	k.History = enable(k.History, st != "")
	k.Conflicts = enable(k.Conflicts, m.pending > 0)
	return k
}

// ShortHelp is the footer.
func (m referentModel) ShortHelp() []key.Binding {
	if m.lock.locked {
		return m.lock.keys(m.keys.Back)
	}
	k := m.keyMap()
	// At 80 columns the footer cannot hold every key: helpBar then keeps
	// f1, which lists them all, at its end.
	return []key.Binding{k.Up, k.Validate, k.Draft, k.Archive, k.Back, k.History, k.New, k.Edit, k.Conflicts, defaultSettingsKeys().footer(), m.c.Keys.HelpAnywhere}
}

// FullHelp is the ? help.
func (m referentModel) FullHelp() [][]key.Binding {
	if m.lock.locked {
		return [][]key.Binding{m.ShortHelp()}
	}
	k := m.keyMap()
	return [][]key.Binding{{k.Up, k.Validate, k.Draft, k.Archive, k.Back, k.History, k.New, k.Edit, k.Conflicts}, defaultSettingsKeys().all()}
}

func (referentModel) methodScreen() {}
