package tui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/classify"
	"tamis/store"
)

// profileField is one constant of the association: the variable name it
// pre-fills, and what to write there.
type profileField struct{ name, fr, en string }

// profileFields are the constants the method names, by the variable names
// of the default templates; other names already in the profile follow.
var profileFields = []profileField{
	{"Nom asso", "nom de l’association", "the association's name"},
	{"année", "année de création", "year it was founded"},
	{"mission", "sa mission, en une phrase", "its mission, in one sentence"},
	{"territoire", "où elle agit : quartier, ville, département", "where it acts: district, town, county"},
	{"public", "les publics accueillis, sans personne nommée", "the people it serves, nobody named"},
	{"actions", "ses actions, ateliers, services", "its activities, workshops, services"},
	{"valeurs", "ses valeurs", "its values"},
	{"contact", "contact générique (jamais celui d’une personne)", "generic contact (never a person's)"},
	{"site web", "adresse du site", "website address"},
	{"coordonnées bancaires", "coordonnées publiées pour les dons", "bank details published for donations"},
}

// profileKeys are the keys of the profile screen.
type profileKeys struct {
	Up, Down, Save, New, Cancel, Back key.Binding
}

func defaultProfileKeys() profileKeys {
	return profileKeys{
		Up:     key.NewBinding(key.WithKeys("up", "shift+tab"), key.WithHelp("↑/↓", i18n.T("champ", "field"))),
		Down:   key.NewBinding(key.WithKeys("down", "tab")),
		Save:   key.NewBinding(key.WithKeys("enter", "ctrl+s"), key.WithHelp(i18n.T("entrée", "enter"), i18n.T("enregistrer", "save"))),
		New:    key.NewBinding(key.WithKeys("ctrl+n"), key.WithHelp("ctrl+n", i18n.T("autre constante", "other constant"))),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp(i18n.T("échap", "esc"), i18n.T("annuler", "cancel"))),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp(i18n.T("échap", "esc"), i18n.T("retour", "back"))),
	}
}

// profileModel edits the association's profile, one line a constant. Enter
// saves every changed value at once, each checked as `tamis profile --set`
// checks it; a refused value stays in its field, with the reason.
type profileModel struct {
	c       *Common
	keys    profileKeys
	names   []string // the variable names, in order
	inputs  []textinput.Model
	saved   store.Profile // as stored: what a field is compared with
	focus   int
	loaded  bool
	note    string
	err     string
	leaving bool // esc was pressed with unsaved changes
	naming  bool // ctrl+n: the name of a new constant is asked
	name    textinput.Model
}

// profileMsg carries the profile read from the store.
type profileMsg struct {
	p   store.Profile
	err error
}

func newProfileScreen(c *Common) (methodScreen, tea.Cmd) {
	m := profileModel{c: c, keys: defaultProfileKeys()}
	if c.Deps.Settings == nil {
		m.err = unavailable()
		return m, nil
	}
	st := c.Deps.Settings
	return m, func() tea.Msg {
		p, err := st.Profile()
		return profileMsg{p, err}
	}
}

// setProfile builds one field a name: the method's first, then the others.
func (m *profileModel) setProfile(p store.Profile) {
	m.saved, m.loaded = p, true
	m.names = m.names[:0]
	known := map[string]bool{}
	for _, f := range profileFields {
		m.names = append(m.names, f.name)
		known[library.Normalize(f.name)] = true
	}
	var others []string
	for name := range p {
		if !known[library.Normalize(name)] {
			others = append(others, name)
		}
	}
	sort.Strings(others)
	m.names = append(m.names, others...)
	m.inputs = make([]textinput.Model, len(m.names))
	for i, name := range m.names {
		in := textinput.New()
		in.Prompt, in.CharLimit = "", library.MaxTemplateSize
		in.Cursor.SetMode(cursor.CursorStatic)
		in.SetValue(p[savedName(p, name)])
		m.inputs[i] = in
	}
	m.focusOn(min(m.focus, len(m.inputs)-1))
}

// savedName is the name under which p keeps name (case and accents aside),
// so that a value saved as « nom asso » is shown in the « Nom asso » field.
func savedName(p store.Profile, name string) string {
	if _, ok := p[name]; ok {
		return name
	}
	for k := range p {
		if library.Normalize(k) == library.Normalize(name) {
			return k
		}
	}
	return name
}

func (m *profileModel) focusOn(i int) {
	for j := range m.inputs {
		m.inputs[j].Blur()
	}
	m.focus = max(i, 0)
	if m.focus < len(m.inputs) {
		m.inputs[m.focus].Focus()
	}
}

func (m profileModel) setSize() screen {
	for i := range m.inputs {
		m.inputs[i].Width = max(m.c.Width-m.labelWidth()-3, 8)
	}
	return m
}

// labelWidth is the column of the names: the longest, up to a third of
// the width.
func (m profileModel) labelWidth() int {
	w := 8
	for _, n := range m.names {
		w = max(w, lipgloss.Width(n))
	}
	return min(w, max(m.c.Width/3, 8))
}

func (m profileModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case profileMsg:
		if msg.err != nil {
			m.err = msg.err.Error()
			return m, nil
		}
		m.setProfile(msg.p)
		return m.setSize(), nil
	case profileSavedMsg:
		return m.handleSaved(msg), nil
	case tea.KeyMsg:
		if m.naming {
			return m.handleNameKey(msg)
		}
		return m.handleKey(msg)
	}
	return m, nil
}

func (m profileModel) handleKey(msg tea.KeyMsg) (screen, tea.Cmd) {
	leaving := m.leaving
	m.leaving = false
	switch {
	case key.Matches(msg, m.keys.Back):
		if leaving || !m.dirty() {
			backToReferent(m.c)
			return m, nil
		}
		m.leaving, m.note, m.err = true, "", ""
		return m, nil
	case !m.loaded:
		return m, nil
	case key.Matches(msg, m.keys.Up):
		m.focusOn((m.focus + len(m.inputs) - 1) % len(m.inputs))
	case key.Matches(msg, m.keys.Down):
		m.focusOn((m.focus + 1) % len(m.inputs))
	case key.Matches(msg, m.keys.Save):
		return m.save()
	case key.Matches(msg, m.keys.New):
		return m.startNaming()
	default:
		var cmd tea.Cmd
		m.inputs[m.focus], cmd = m.inputs[m.focus].Update(msg)
		return m, cmd
	}
	return m, nil
}

// changes are the values to set and the names to remove (a field emptied).
func (m profileModel) changes() (map[string]string, []string) {
	set := map[string]string{}
	var unset []string
	for i, name := range m.names {
		stored, ok := m.saved[savedName(m.saved, name)]
		v := m.inputs[i].Value()
		switch {
		case strings.TrimSpace(v) == "" && ok:
			unset = append(unset, savedName(m.saved, name))
		case strings.TrimSpace(v) != "" && v != stored:
			set[savedName(m.saved, name)] = v
		}
	}
	return set, unset
}

func (m profileModel) dirty() bool {
	set, unset := m.changes()
	return len(set)+len(unset) > 0
}

// save checks and writes the changed values, off the UI loop.
func (m profileModel) save() (screen, tea.Cmd) {
	set, unset := m.changes()
	if len(set)+len(unset) == 0 {
		m.note, m.err = i18n.T("Rien à enregistrer.", "Nothing to save."), ""
		return m, nil
	}
	for name, v := range set {
		if err := library.CheckValue(name, v); err != nil {
			m.focusOn(m.indexOf(name))
			m.note, m.err = "", err.Error()
			return m, nil
		}
	}
	m.note, m.err = i18n.T("Vérification et enregistrement…", "Checking and saving…"), ""
	return m, saveProfileCmd(m.c.Deps.Settings, set, unset)
}

func (m profileModel) indexOf(name string) int {
	for i, n := range m.names {
		if library.Normalize(n) == library.Normalize(name) {
			return i
		}
	}
	return m.focus
}

// handleSaved shows the result; a refused value stays in its field.
func (m profileModel) handleSaved(msg profileSavedMsg) profileModel {
	m.note, m.err = "", ""
	if msg.err != nil {
		m.err = refusalLines(msg.err)
		if msg.field != "" {
			m.focusOn(m.indexOf(msg.field))
		}
		return m
	}
	m.saved = msg.p
	// The volunteer's forms pre-fill from Deps.Profile: the next one
	// opened takes the new values.
	m.c.Deps.Profile = map[string]string(msg.p)
	m.note = i18n.T("✓ Profil enregistré : les formulaires le reprennent dès maintenant.", "✓ Profile saved: the forms use it from now on.")
	return m
}

// refusalLines is a refusal and, when the classifier is behind it, what
// it found, one line a finding.
func refusalLines(err error) string {
	var b strings.Builder
	b.WriteString(upperFirst(err.Error()) + ".")
	res, ok := refusedResult(err)
	if !ok {
		return b.String()
	}
	for _, f := range res.Findings {
		mark := "✗"
		if f.Verdict == classify.Doubt {
			mark = "?"
		}
		fmt.Fprintf(&b, i18n.T("\n  %s %s (catégorie %d)", "\n  %s %s (category %d)"), mark, f.Reason, f.Category)
	}
	return b.String()
}

// upperFirst capitalises a message's first letter, for a sentence.
func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

func (m profileModel) view() string {
	body, waiting := m.c.reading(m.loaded, m.err)
	if !waiting {
		body = m.formView()
	}
	return m.c.titled(i18n.T("Profil de l’association — référent", "The association's profile — référent"), body, m)
}

// formView is the fields that fit around the focused one, then the hint of
// the focused field and the last result.
func (m profileModel) formView() string {
	s := m.c.Styles
	foot := s.Subtle.Render(wrapText(m.hint(), m.c.Width))
	if m.naming {
		foot += "\n" + m.nameView()
	}
	switch {
	case m.leaving:
		foot += "\n" + s.Error.Render(wrapText(i18n.T("Modifications non enregistrées : entrée pour les enregistrer, échap de nouveau pour les abandonner.",
			"Unsaved changes: enter to save them, esc again to drop them."), m.c.Width))
	case m.err != "":
		foot += "\n" + s.Error.Render(wrapText(m.err, m.c.Width))
	case m.note != "":
		foot += "\n" + s.Notice.Render(wrapText(m.note, m.c.Width))
	}
	rows := max(m.c.bodyHeight()-2-lipgloss.Height(foot), 1)
	start := max(0, min(m.focus-rows/2, len(m.names)-rows))
	lw := m.labelWidth()
	var b strings.Builder
	for i := start; i < min(len(m.names), start+rows); i++ {
		label := truncate(m.names[i], lw)
		mark, st := "  ", s.Label
		if i == m.focus {
			mark, st = "› ", s.LabelFocus
		}
		b.WriteString(mark + st.Render(fmt.Sprintf("%-*s", lw, label)) + " " + m.inputs[i].View() + "\n")
	}
	return b.String() + foot
}

// hint says what the focused field is for, and that it pre-fills the
// variable of its name.
func (m profileModel) hint() string {
	if m.focus >= len(m.names) {
		return ""
	}
	name := m.names[m.focus]
	what := ""
	if h := fieldHint(name); h != "" {
		what = upperFirst(h) + ". "
	}
	return what + fmt.Sprintf(i18n.T("Pré-remplit [%s] dans les modèles ; vérifié comme ce que tape un bénévole.",
		"Pre-fills [%s] in the templates; checked as what a volunteer types."), name)
}

// fieldHint is what to write in the field of a constant the method names.
func fieldHint(name string) string {
	for _, f := range profileFields {
		if f.name == name {
			return i18n.T(f.fr, f.en)
		}
	}
	return ""
}

// ShortHelp is the footer.
func (m profileModel) ShortHelp() []key.Binding {
	if m.naming {
		return []key.Binding{withHelp(m.keys.Save, i18n.T("ajouter", "add")), m.keys.Cancel}
	}
	return []key.Binding{m.keys.Up, enable(m.keys.Save, m.loaded), enable(m.keys.New, m.loaded), m.keys.Back}
}

// FullHelp is the ? help.
func (m profileModel) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

func (profileModel) methodScreen() {}
