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

// conflictKeys are the keys of the conflicts screen.
type conflictKeys struct {
	Up, Down, Open, Take, Keep, Edit, Yes, No, Back key.Binding
}

func defaultConflictKeys() conflictKeys {
	return conflictKeys{
		Up:   key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", i18n.T("choisir", "choose"))),
		Down: key.NewBinding(key.WithKeys("down", "j")),
		Open: key.NewBinding(key.WithKeys("enter"), key.WithHelp(i18n.T("entrée", "enter"), i18n.T("comparer", "compare"))),
		Take: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", i18n.T("prendre celui du dossier", "take the folder's"))),
		Keep: key.NewBinding(key.WithKeys("g"), key.WithHelp("g", i18n.T("garder celui d’ici", "keep this one"))),
		Edit: key.NewBinding(key.WithKeys("e"), key.WithHelp("e", i18n.T("fusionner", "merge"))),
		Yes:  key.NewBinding(key.WithKeys("o", "y"), key.WithHelp(i18n.T("o", "y"), i18n.T("oui", "yes"))),
		No:   key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", i18n.T("non", "no"))),
		Back: key.NewBinding(key.WithKeys("esc"), key.WithHelp(i18n.T("échap", "esc"), i18n.T("retour", "back"))),
	}
}

// conflictMode is what the conflicts screen shows.
type conflictMode int

const (
	conflictList    conflictMode = iota // the pending conflicts
	conflictCompare                     // this laptop's text beside the folder's
	conflictConfirm                     // « Prendre le texte du dossier ? »
)

// conflictsModel lists the conflicts `tamis import DIR` met and kept, and
// settles one: this laptop's text beside the folder's, the differences
// marked; d takes the folder's (a new version), g keeps this one. It
// returns to the référent's screen it was opened from.
type conflictsModel struct {
	c      *Common
	keys   conflictKeys
	st     ConflictStore
	back   methodScreen
	cs     []store.Conflict
	local  map[string]store.Version
	loaded bool
	cursor int
	mode   conflictMode
	take   bool // the choice being confirmed
	diff   scroller
	note   string
	err    string
}

func newConflicts(c *Common, back methodScreen) (methodScreen, tea.Cmd) {
	m := conflictsModel{c: c, keys: defaultConflictKeys(), st: conflictStore(c), back: back}
	if m.st == nil {
		m.err = unavailable()
		return m, nil
	}
	return m, conflictsCmd(m.st)
}

func (m conflictsModel) setSize() screen {
	if m.mode != conflictList {
		m.diff = m.diff.reset(m.diffLines())
	}
	return m
}

func (m conflictsModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case conflictsMsg:
		m.setConflicts(msg)
	case settledMsg:
		m.note, m.err = settledText(msg)
		m.mode = conflictList
		m.setConflicts(msg.again)
	case tea.KeyMsg:
		return m.handleKey(msg)
	}
	return m, nil
}

func (m *conflictsModel) setConflicts(msg conflictsMsg) {
	if msg.err != nil {
		m.err = msg.err.Error()
		return
	}
	m.cs, m.local, m.loaded = msg.cs, msg.local, true
	m.cursor = min(m.cursor, max(len(m.cs)-1, 0))
}

func (m conflictsModel) handleKey(msg tea.KeyMsg) (screen, tea.Cmd) {
	k := m.keyMap()
	switch {
	case m.mode == conflictConfirm && key.Matches(msg, k.Yes):
		m.note, m.err = i18n.T("Enregistrement…", "Saving…"), ""
		return m, settleCmd(m.st, m.cs[m.cursor].ID, m.take)
	case m.mode == conflictConfirm && key.Matches(msg, k.No):
		m.mode = conflictCompare
	case key.Matches(msg, k.Back):
		return m.leave()
	case key.Matches(msg, k.Edit):
		return m.openMerge()
	case key.Matches(msg, k.Take), key.Matches(msg, k.Keep):
		m.mode, m.take, m.note, m.err = conflictConfirm, key.Matches(msg, k.Take), "", ""
	case key.Matches(msg, k.Open):
		m.mode, m.note, m.err = conflictCompare, "", ""
		m.diff = scroller{}.reset(m.diffLines())
	case m.mode == conflictCompare:
		m.diff = m.diff.key(msg, m.diffHeight())
	case key.Matches(msg, k.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(msg, k.Down):
		m.cursor = min(m.cursor+1, max(len(m.cs)-1, 0))
	}
	return m, nil
}

// leave goes back from a comparison to the list, from the list to the
// référent's screen, read again (its count of conflicts changed).
func (m conflictsModel) leave() (screen, tea.Cmd) {
	if m.mode == conflictCompare {
		m.mode = conflictList
		return m, nil
	}
	reopenReferent(m.c, m.back)
	return m, nil
}

// diffLines is this laptop's text beside the folder's.
func (m conflictsModel) diffLines() []string {
	if m.cursor >= len(m.cs) {
		return nil
	}
	c := m.cs[m.cursor]
	here := m.local[c.ID]
	return diffText{
		oldName: fmt.Sprintf(i18n.T("cet ordinateur — version %d, %s", "this laptop — version %d, %s"), here.Number, here.When()),
		newName: fmt.Sprintf(i18n.T("dossier — importé le %s", "folder — imported on %s"), c.Imported.Local().Format("02/01/2006 15:04")),
		oldText: string(library.Format(here.Template)),
		newText: string(library.Format(c.Folder())),
	}.render(m.c)
}

func (m conflictsModel) diffHeight() int { return max(m.c.bodyHeight()-1-m.footHeight(), 1) }

func (m conflictsModel) view() string {
	title := i18n.T("Conflits à régler", "Conflicts to settle")
	if m.mode != conflictList && m.cursor < len(m.cs) {
		title += " — " + m.cs[m.cursor].ID + " " + m.cs[m.cursor].Folder().Title
	}
	body, waiting := m.c.reading(m.loaded, m.err)
	switch {
	case waiting:
	case m.mode != conflictList:
		body = m.diff.view(m.diffHeight()) + "\n" + m.foot()
	default:
		body = m.listView()
	}
	return m.c.titled(title, body, m)
}

// listView is one line a conflict, then the last result.
func (m conflictsModel) listView() string {
	if len(m.cs) == 0 {
		return wrapText(i18n.T("Aucun conflit à régler.", "No conflict to settle."), m.c.Width) + "\n" + m.foot()
	}
	rows := max(m.c.bodyHeight()-1-m.footHeight(), 1)
	start := max(0, m.cursor-rows+1)
	var b strings.Builder
	for i := start; i < min(len(m.cs), start+rows); i++ {
		c := m.cs[i]
		mark := "  "
		if i == m.cursor {
			mark = "› "
		}
		line := truncate(fmt.Sprintf(i18n.T("%s%-12s importé le %s  %s", "%s%-12s imported on %s  %s"), mark, c.ID,
			c.Imported.Local().Format("02/01/2006 15:04"), c.Folder().Title), m.c.Width)
		if i == m.cursor {
			line = m.c.Styles.Title.Render(line)
		}
		b.WriteString(line + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n") + "\n" + m.foot()
}

// foot is the question of a confirmation, or the last result.
func (m conflictsModel) foot() string {
	s := m.c.Styles
	switch {
	case m.mode == conflictConfirm:
		q := fmt.Sprintf(i18n.T("Garder le texte de cet ordinateur pour %s ? Celui du dossier restera dans la base.",
			"Keep this laptop's text for %s? The folder's stays in the database."), m.cs[m.cursor].ID)
		if m.take {
			q = fmt.Sprintf(i18n.T("Prendre le texte du dossier pour %s ? Il sera enregistré comme nouvelle version (« %s ») ; celui d’ici restera dans l’historique.",
				"Take the folder's text for %s? It will be saved as a new version (“%s”); the one here stays in the history."), m.cs[m.cursor].ID, takenReason())
		}
		return s.Doubt.Render(wrapText(q, m.c.Width))
	case m.err != "":
		return s.Error.Render(wrapText(m.err, m.c.Width))
	case m.note != "":
		return wrapText(m.note, m.c.Width)
	}
	return ""
}

func (m conflictsModel) footHeight() int {
	if f := m.foot(); f != "" {
		return lipgloss.Height(f)
	}
	return 0
}

// keyMap enables what applies in the current mode.
func (m conflictsModel) keyMap() conflictKeys {
	k := m.keys
	has := len(m.cs) > 0
	list, compare, confirm := m.mode == conflictList, m.mode == conflictCompare, m.mode == conflictConfirm
	k.Up, k.Down = enable(k.Up, has && !confirm), enable(k.Down, has && !confirm)
	if compare {
		k.Up.SetHelp("↑/↓", i18n.T("défiler", "scroll"))
	}
	k.Open = enable(k.Open, has && list)
	k.Take, k.Keep = enable(k.Take, has && compare), enable(k.Keep, has && compare)
	k.Edit = enable(k.Edit, has && compare)
	k.Yes, k.No = enable(k.Yes, confirm), enable(k.No, confirm)
	k.Back = enable(k.Back, !confirm)
	return k
}

// ShortHelp is the footer.
func (m conflictsModel) ShortHelp() []key.Binding {
	k := m.keyMap()
	if m.mode == conflictCompare { // the three ways out and back fit in 80 columns; scrolling goes last
		return []key.Binding{k.Take, k.Keep, k.Edit, k.Back, k.Up}
	}
	return []key.Binding{k.Yes, k.No, k.Take, k.Keep, k.Edit, k.Open, k.Up, k.Back}
}

// FullHelp is the ? help.
func (m conflictsModel) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

func (conflictsModel) methodScreen() {}
