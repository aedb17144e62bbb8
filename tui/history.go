package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
	"tamis/library"
	"tamis/store"
)

// historyKeys are the keys of the history screen.
type historyKeys struct {
	Up, Down, Compare, Restore, Yes, No, Back key.Binding
}

func defaultHistoryKeys() historyKeys {
	return historyKeys{
		Up:      key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", i18n.T("choisir", "choose"))),
		Down:    key.NewBinding(key.WithKeys("down", "j")),
		Compare: key.NewBinding(key.WithKeys("enter"), key.WithHelp(i18n.T("entrée", "enter"), i18n.T("comparer à la précédente", "compare with the previous one"))),
		Restore: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", i18n.T("restaurer", "restore"))),
		Yes:     key.NewBinding(key.WithKeys("o", "y"), key.WithHelp(i18n.T("o", "y"), i18n.T("oui, restaurer", "yes, restore"))),
		No:      key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", i18n.T("non", "no"))),
		Back:    key.NewBinding(key.WithKeys("esc"), key.WithHelp(i18n.T("échap", "esc"), i18n.T("retour", "back"))),
	}
}

// historyMode is what the history screen shows.
type historyMode int

const (
	historyList    historyMode = iota // the versions, newest first
	historyDiff                       // one version beside the previous one
	historyConfirm                    // « Restaurer la version N ? »
)

// historyModel shows the versions of one template, newest first; entrée
// shows one beside the previous one with the differences marked, r
// restores it as a new version, as `tamis restore` does. It returns to the
// référent's screen it was opened from.
type historyModel struct {
	c      *Common
	keys   historyKeys
	st     HistoryStore
	back   methodScreen // the référent's screen
	id     string
	vs     []store.Version // oldest first, as the store gives them
	cursor int             // index in vs
	mode   historyMode
	from   historyMode // where a confirmation returns
	diff   scroller
	note   string
	err    string
}

func newHistory(c *Common, back methodScreen, id string) (methodScreen, tea.Cmd) {
	m := historyModel{c: c, keys: defaultHistoryKeys(), st: historyStore(c), back: back, id: id}
	if m.st == nil {
		m.err = unavailable()
		return m, nil
	}
	return m, versionsCmd(m.st, id)
}

func (m historyModel) setSize() screen {
	if m.mode == historyDiff {
		m.diff = m.diff.reset(m.diffLines())
	}
	return m
}

func (m historyModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case versionsMsg:
		m.setVersions(msg.vs, msg.err)
	case versionRestoredMsg:
		m.note, m.err = versionRestoredText(m.id, msg)
		if msg.vs != nil {
			m.setVersions(msg.vs, nil)
		}
		m.mode = historyList
	case tea.KeyMsg:
		return m.handleKey(msg)
	}
	return m, nil
}

// setVersions shows the versions, the cursor on the newest.
func (m *historyModel) setVersions(vs []store.Version, err error) {
	if err != nil {
		m.err = err.Error()
		return
	}
	m.vs, m.cursor = vs, len(vs)-1
}

func (m historyModel) handleKey(msg tea.KeyMsg) (screen, tea.Cmd) {
	k := m.keyMap()
	switch {
	case m.mode == historyConfirm && key.Matches(msg, k.Yes):
		m.mode, m.note, m.err = m.from, i18n.T("Enregistrement…", "Saving…"), ""
		return m, restoreVersionCmd(m.st, m.id, m.vs[m.cursor].Number)
	case m.mode == historyConfirm && key.Matches(msg, k.No):
		m.mode = m.from
	case key.Matches(msg, k.Back):
		return m.leave()
	case key.Matches(msg, k.Restore):
		m.mode, m.from, m.note, m.err = historyConfirm, m.mode, "", ""
	case key.Matches(msg, k.Compare):
		m.mode = historyDiff
		m.diff = scroller{}.reset(m.diffLines())
	case m.mode == historyDiff:
		m.diff = m.diff.key(msg, m.diffHeight())
	case key.Matches(msg, k.Up): // newest first: up is a newer version
		m.cursor = min(m.cursor+1, max(len(m.vs)-1, 0))
	case key.Matches(msg, k.Down):
		m.cursor = max(m.cursor-1, 0)
	}
	return m, nil
}

// leave goes back from the comparison to the list, from the list to the
// référent's screen, read again (a restore may have changed a status).
func (m historyModel) leave() (screen, tea.Cmd) {
	if m.mode == historyDiff {
		m.mode = historyList
		return m, nil
	}
	reopenReferent(m.c, m.back)
	return m, nil
}

// diffLines is the selected version beside the one before it.
func (m historyModel) diffLines() []string {
	if m.cursor >= len(m.vs) {
		return nil
	}
	v := m.vs[m.cursor]
	d := diffText{oldName: i18n.T("(rien avant)", "(nothing before)"), newName: versionName(v),
		newText: string(library.Format(v.Template))}
	if m.cursor > 0 {
		prev := m.vs[m.cursor-1]
		d.oldName, d.oldText = versionName(prev), string(library.Format(prev.Template))
	}
	return d.render(m.c)
}

func versionName(v store.Version) string {
	return fmt.Sprintf(i18n.T("version %d — %s", "version %d — %s"), v.Number, v.When())
}

// diffHeight is the room the comparison has under the title.
func (m historyModel) diffHeight() int { return max(m.c.bodyHeight()-1-m.footHeight(), 1) }

func (m historyModel) view() string {
	title := i18n.T("Historique de ", "History of ") + m.id
	if n := len(m.vs); n > 0 {
		title += " — " + m.vs[n-1].Template.Title
	}
	body, waiting := m.c.reading(m.vs != nil, m.err)
	switch {
	case waiting:
	case m.mode == historyDiff || (m.mode == historyConfirm && m.from == historyDiff):
		body = m.diff.view(m.diffHeight()) + "\n" + m.foot()
	default:
		body = m.listView()
	}
	return m.c.titled(title, body, m)
}

// listView is the versions, newest first, around the cursor, then the
// last result or the question.
func (m historyModel) listView() string {
	s := m.c.Styles
	rows := max(m.c.bodyHeight()-2-m.footHeight(), 1)
	top := len(m.vs) - 1 // the newest is the first row
	start := max(0, (top-m.cursor)-rows+1)
	var b strings.Builder
	b.WriteString(s.Subtle.Render(truncate(fmt.Sprintf("  %-4s %-16s %-9s %-10s %s", i18n.T("n°", "no."), "date",
		i18n.T("rôle", "role"), i18n.T("statut", "status"), i18n.T("raison", "reason")), m.c.Width)) + "\n")
	for row := start; row < min(len(m.vs), start+rows); row++ {
		i := top - row
		v := m.vs[i]
		mark := "  "
		if i == m.cursor {
			mark = "› "
		}
		line := truncate(fmt.Sprintf("%s%-4s %-16s %-9s %-10s %s", mark, fmt.Sprintf("v%d", v.Number), v.When(),
			v.Role.Label(), v.Template.Status.Label(), oneLine(dashIfEmpty(v.Note))), m.c.Width)
		if i == m.cursor {
			line = s.Title.Render(line)
		}
		b.WriteString(line + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n") + "\n" + m.foot()
}

// foot is the question of a confirmation, or the last result.
func (m historyModel) foot() string {
	s := m.c.Styles
	switch {
	case m.mode == historyConfirm:
		q := fmt.Sprintf(i18n.T("Restaurer la version %d de %s ? Elle sera enregistrée comme nouvelle version (« %s »).",
			"Restore version %d of %s? It will be saved as a new version (“%s”)."), m.vs[m.cursor].Number, m.id, restoredReason(m.vs[m.cursor].Number))
		return s.Doubt.Render(wrapText(q, m.c.Width))
	case m.err != "":
		return s.Error.Render(wrapText(m.err, m.c.Width))
	case m.note != "":
		return wrapText(m.note, m.c.Width)
	}
	return ""
}

func (m historyModel) footHeight() int {
	if f := m.foot(); f != "" {
		return lipgloss.Height(f)
	}
	return 0
}

func dashIfEmpty(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// keyMap enables what applies in the current mode.
func (m historyModel) keyMap() historyKeys {
	k := m.keys
	has := len(m.vs) > 0
	list := m.mode == historyList
	k.Up, k.Down = enable(k.Up, has && m.mode != historyConfirm), enable(k.Down, has && m.mode != historyConfirm)
	if m.mode == historyDiff {
		k.Up.SetHelp("↑/↓", i18n.T("défiler", "scroll"))
	}
	k.Compare = enable(k.Compare, has && list)
	k.Restore = enable(k.Restore, has && m.mode != historyConfirm && m.cursor < len(m.vs)-1)
	k.Yes, k.No = enable(k.Yes, m.mode == historyConfirm), enable(k.No, m.mode == historyConfirm)
	k.Back = enable(k.Back, m.mode != historyConfirm)
	return k
}

// ShortHelp is the footer.
func (m historyModel) ShortHelp() []key.Binding {
	k := m.keyMap()
	return []key.Binding{k.Yes, k.No, k.Up, k.Compare, k.Restore, k.Back}
}

// FullHelp is the ? help.
func (m historyModel) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

func (historyModel) methodScreen() {}
