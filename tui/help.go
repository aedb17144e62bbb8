package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
)

// helpModel is the ? help of a screen: every key of that screen, rendered
// from its key map (help.FullHelpView), the keys of every screen, and the
// method's four categories, in a view that scrolls on a small terminal.
type helpModel struct {
	c      *Common
	of     help.KeyMap // the screen the help is about
	vp     viewport.Model
	inited bool
}

func newHelp(c *Common, of help.KeyMap) helpModel {
	return helpModel{c: c, of: of, vp: viewport.New(0, 0), inited: true}.setSize().(helpModel)
}

func (m helpModel) setSize() screen {
	if !m.inited {
		return m
	}
	m.vp.Width, m.vp.Height = m.c.Width, max(m.c.Height-m.c.ruleHeight()-1, 1) // golden rule, footer
	m.vp.SetContent(m.content())
	return m
}

// content is the help text at the current width.
func (m helpModel) content() string {
	s := m.c.Styles
	h := m.c.Help
	h.Width = m.c.Width
	var parts []string
	parts = append(parts, s.Title.Render(i18n.T("Aide : les touches de cet écran", "Help: the keys of this screen")))
	var keys []key.Binding // one column: readable at any width, keys aligned
	for _, group := range m.of.FullHelp() {
		keys = append(keys, group...)
	}
	k := m.c.Keys
	keys = append(keys, withHelp(k.HelpAnywhere, i18n.T("aide, même en écrivant", "help, even while typing")))
	parts = append(parts, h.FullHelpView([][]key.Binding{keys}),
		"", s.Title.Render(i18n.T("La méthode : quatre catégories", "The method: four categories")))
	for _, c := range categoryLines() {
		parts = append(parts, wrapText(c, m.c.Width-1))
	}
	return strings.Join(parts, "\n")
}

func (m helpModel) update(msg tea.Msg) (screen, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, m.keyMap().Back) {
		m.c.goTo(backMsg{})
		return m, nil
	}
	var cmd tea.Cmd
	m.vp, cmd = m.vp.Update(msg)
	return m, cmd
}

// helpKeys are the keys of the help: scroll, and leave.
type helpKeys struct{ Up, Down, Back, ForceQuit key.Binding }

func (m helpModel) keyMap() helpKeys {
	k := m.c.Keys
	return helpKeys{
		Up:        relabel(k.Up, "↑/↓", i18n.T("faire défiler", "scroll")),
		Down:      k.Down,
		Back:      keyAlso(k.Back, k.Help, k.HelpAnywhere, k.Quit),
		ForceQuit: k.ForceQuit,
	}
}

// ShortHelp is the footer of the help.
func (m helpModel) ShortHelp() []key.Binding {
	k := m.keyMap()
	return []key.Binding{k.Up, k.Back, k.ForceQuit}
}

// FullHelp is the help of the help.
func (m helpModel) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

func (m helpModel) view() string {
	return m.c.frame(m.vp.View(), m.c.helpBar(m))
}

// categoryLines is the method in five lines.
func categoryLines() []string {
	return []string{
		"1 ✓ " + i18n.T("Publié par l’association sur Internet : oui, avec votre propre définition.",
			"Published by the association online: yes, with your own definition."),
		"2 ✓ " + i18n.T("Public, test de la porte (affiché sur la porte, sans danger) : oui.",
			"Public, door test (posted on the door, harmless): yes."),
		"3 ✗ " + i18n.T("Personnel (nom, e-mail, téléphone, adresse, « la bénéficiaire du lundi ») : jamais.",
			"Personal (name, e-mail, phone, address, “the Monday beneficiary”): never."),
		"4 ⛔ " + i18n.T("Sensible (santé, religion, origine, stratégie, finances, conflits, mots de passe) : jamais.",
			"Sensitive (health, religion, origin, strategy, finances, conflicts, passwords): never."),
		"? " + i18n.T("Zone grise : dans le doute, traitez comme sensible et ne copiez pas.",
			"Gray zone: when in doubt, treat it as sensitive and do not copy."),
	}
}
