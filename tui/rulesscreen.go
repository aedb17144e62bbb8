package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
	"tamis/store"
)

// rulesKeys are the keys of the lists screen.
type rulesKeys struct {
	Up, Down, Allow, Deny, Remove, Add, Cancel, Back key.Binding
}

func defaultRulesKeys() rulesKeys {
	b := func(k, help string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, help)) }
	return rulesKeys{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", i18n.T("choisir", "choose"))),
		Down:   key.NewBinding(key.WithKeys("down", "j")),
		Allow:  b("a", i18n.T("autoriser…", "allow…")),
		Deny:   b("i", i18n.T("interdire…", "deny…")),
		Remove: key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp(i18n.T("d/suppr", "d/del"), i18n.T("retirer", "remove"))),
		Add:    key.NewBinding(key.WithKeys("enter"), key.WithHelp(i18n.T("entrée", "enter"), i18n.T("ajouter", "add"))),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp(i18n.T("échap", "esc"), i18n.T("annuler", "cancel"))),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp(i18n.T("échap", "esc"), i18n.T("retour", "back"))),
	}
}

// rulesModel shows the allow and deny lists and changes them one entry at
// a time, with the checks of `tamis rules`. A refused entry stays in the
// field with the reason. The volunteer's next check reads the lists again
// (Deps.Rules), so a change applies at once.
type rulesModel struct {
	c      *Common
	keys   rulesKeys
	r      store.Rules
	cursor int
	loaded bool
	adding bool // the field is open
	deny   bool // the field adds to the deny list
	input  textinput.Model
	note   string
	err    string
	// removing is the entry d asked to remove: a second d removes it, any
	// other key keeps it.
	removing string
}

func newRulesScreen(c *Common) (methodScreen, tea.Cmd) {
	in := textinput.New()
	in.Prompt, in.CharLimit = "> ", 200
	in.Cursor.SetMode(cursor.CursorStatic)
	m := rulesModel{c: c, keys: defaultRulesKeys(), input: in}
	if c.Deps.Settings == nil {
		m.err = unavailable()
		return m, nil
	}
	st := c.Deps.Settings
	return m, func() tea.Msg {
		r, err := st.Rules()
		return rulesSavedMsg{r: r, err: err}
	}
}

func (m rulesModel) setSize() screen {
	m.input.Width = max(m.c.Width-4, 8)
	return m
}

func (m rulesModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case rulesSavedMsg:
		return m.handleSaved(msg), nil
	case tea.KeyMsg:
		if m.adding {
			return m.handleInput(msg)
		}
		return m.handleKey(msg)
	}
	return m, nil
}

// entries is both lists in the order shown: allow first.
func (m rulesModel) entries() []string { return append(append([]string{}, m.r.Allow...), m.r.Deny...) }

func (m rulesModel) handleKey(msg tea.KeyMsg) (screen, tea.Cmd) {
	n := len(m.entries())
	if !key.Matches(msg, m.keys.Remove) && m.removing != "" {
		m.removing, m.note = "", ""
	}
	switch {
	case key.Matches(msg, m.keys.Back):
		backToReferent(m.c)
	case !m.loaded:
	case key.Matches(msg, m.keys.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(msg, m.keys.Down):
		m.cursor = min(m.cursor+1, max(n-1, 0))
	case key.Matches(msg, m.keys.Allow), key.Matches(msg, m.keys.Deny):
		m.adding, m.deny, m.note, m.err = true, key.Matches(msg, m.keys.Deny), "", ""
		m.input.SetValue("")
		return m, m.input.Focus()
	case key.Matches(msg, m.keys.Remove) && n > 0:
		return m.remove()
	}
	return m, nil
}

// remove asks first, then removes the entry under the cursor from both
// lists, with the check of tamis rules --remove.
func (m rulesModel) remove() (screen, tea.Cmd) {
	entry := m.entries()[m.cursor]
	if m.removing != entry {
		m.removing, m.err = entry, ""
		m.note = fmt.Sprintf(i18n.T("Retirer « %s » ? %s de nouveau pour confirmer.", "Remove “%s”? %s again to confirm."), entry, m.keys.Remove.Keys()[0])
		return m, nil
	}
	m.removing, m.note, m.err = "", i18n.T("Enregistrement…", "Saving…"), ""
	return m, saveRulesCmd(m.c.Deps.Settings, listChange{entry: entry, remove: true})
}

// handleInput takes the entry being typed; enter checks and adds it.
func (m rulesModel) handleInput(msg tea.KeyMsg) (screen, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Cancel):
		m.adding, m.err = false, ""
		m.input.Blur()
		return m, nil
	case key.Matches(msg, m.keys.Add):
		m.note, m.err = i18n.T("Vérification…", "Checking…"), ""
		return m, saveRulesCmd(m.c.Deps.Settings, listChange{entry: m.input.Value(), deny: m.deny})
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return m, cmd
}

// handleSaved shows the lists as stored; a refusal keeps the field as it
// was typed.
func (m rulesModel) handleSaved(msg rulesSavedMsg) rulesModel {
	m.note = ""
	if msg.err != nil {
		m.err = refusalLines(msg.err)
		return m
	}
	if m.loaded {
		m.note = i18n.T("✓ Listes enregistrées : elles s’appliquent dès la prochaine vérification.",
			"✓ Lists saved: they apply from the next check.")
	}
	m.r, m.loaded, m.err = msg.r, true, ""
	m.cursor = min(m.cursor, max(len(m.entries())-1, 0))
	if m.adding {
		m.adding = false
		m.input.Blur()
		m.input.SetValue("")
	}
	return m
}

func (m rulesModel) view() string {
	body, waiting := m.c.reading(m.loaded, m.err)
	if !waiting {
		body = m.listsView()
	}
	return m.c.titled(i18n.T("Listes autorisée et interdite — référent", "Allow and deny lists — référent"), body, m)
}

// listsView is both lists, scrolled to the cursor, then the field and the
// last result.
func (m rulesModel) listsView() string {
	s := m.c.Styles
	foot := m.footView()
	var lines []string
	at := 0 // the line of the cursor
	head := func(text string) { lines = append(lines, s.Label.Bold(true).Render(truncate(text, m.c.Width))) }
	item := func(i int, e string) {
		mark := "  "
		line := truncate("  - "+e, m.c.Width-2)
		if i == m.cursor && !m.adding {
			mark, line, at = "› ", s.Selected.Render(line), len(lines)
		}
		lines = append(lines, mark+line)
	}
	list := func(es []string, from int) {
		if len(es) == 0 {
			lines = append(lines, s.Subtle.Render(i18n.T("    (vide)", "    (empty)")))
		}
		for i, e := range es {
			item(from+i, e)
		}
	}
	head(i18n.T("Liste autorisée (jamais signalée) :", "Allowlist (never flagged):"))
	list(m.r.Allow, 0)
	head(i18n.T("Liste interdite (toujours sensible) :", "Denylist (always sensitive):"))
	list(m.r.Deny, len(m.r.Allow))
	rows := max(m.c.bodyHeight()-1-lipgloss.Height(foot), 1)
	start := max(0, min(at-rows+1, len(lines)-rows))
	return strings.Join(lines[start:min(len(lines), start+rows)], "\n") + "\n" + foot
}

func (m rulesModel) footView() string {
	s := m.c.Styles
	var b []string
	if m.adding {
		q := i18n.T("Ajouter à la liste autorisée (un nom de lieu, le contact générique…) :", "Add to the allowlist (a venue, the generic contact…):")
		if m.deny {
			q = i18n.T("Ajouter à la liste interdite (un projet confidentiel, un partenaire en négociation…) :",
				"Add to the denylist (a confidential project, a partner under negotiation…):")
		}
		b = append(b, wrapText(q, m.c.Width), m.input.View())
	}
	if m.err != "" {
		b = append(b, s.Error.Render(wrapText(m.err, m.c.Width)))
	} else if m.note != "" {
		b = append(b, s.Notice.Render(wrapText(m.note, m.c.Width)))
	}
	return strings.Join(b, "\n")
}

// ShortHelp is the footer.
func (m rulesModel) ShortHelp() []key.Binding {
	if m.adding {
		return []key.Binding{m.keys.Add, m.keys.Cancel}
	}
	n := len(m.entries())
	return []key.Binding{enable(m.keys.Up, n > 1), enable(m.keys.Allow, m.loaded), enable(m.keys.Deny, m.loaded),
		enable(m.keys.Remove, n > 0), m.keys.Back}
}

// FullHelp is the ? help.
func (m rulesModel) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

func (rulesModel) methodScreen() {}
