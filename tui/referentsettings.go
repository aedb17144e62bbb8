package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
)

// settingsKeys open the référent's profile, lists and charter from the
// référent's screen.
type settingsKeys struct{ Profile, Lists, Charter key.Binding }

func defaultSettingsKeys() settingsKeys {
	b := func(k, help string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, help)) }
	return settingsKeys{
		Profile: b("p", i18n.T("profil", "profile")),
		Lists:   b("l", i18n.T("listes autorisée/interdite", "allow/deny lists")),
		Charter: b("c", i18n.T("charte", "charter")),
	}
}

func (k settingsKeys) all() []key.Binding { return []key.Binding{k.Profile, k.Lists, k.Charter} }

// footer is the three keys as one entry of the footer, which is short of
// room; the help (f1) lists them one by one.
func (k settingsKeys) footer() key.Binding {
	return key.NewBinding(key.WithKeys("p", "l", "c"), key.WithHelp("p/l/c", i18n.T("réglages", "settings")))
}

// openSettingsKey opens the settings screen of a key of the référent's
// screen; false when msg is none of them.
func openSettingsKey(c *Common, msg tea.KeyMsg) bool {
	k := defaultSettingsKeys()
	var s methodScreen
	var cmd tea.Cmd
	switch {
	case key.Matches(msg, k.Profile):
		s, cmd = newProfileScreen(c)
	case key.Matches(msg, k.Lists):
		s, cmd = newRulesScreen(c)
	case key.Matches(msg, k.Charter):
		s, cmd = newCharterEdit(c)
	default:
		return false
	}
	c.goTo(openMethodMsg{s, cmd})
	return true
}

// backToReferent leaves a settings screen for the référent's list, read
// again.
func backToReferent(c *Common) {
	s, cmd := newReferentScreen(c)
	c.goTo(openMethodMsg{s, cmd})
}

// referentOnly tells the screens that show the référent's data: they hide
// behind the passphrase again after a while without a key (idlelock.go).
type referentOnly interface{ referentOnly() bool }

func (referentModel) referentOnly() bool    { return true }
func (indicatorsModel) referentOnly() bool  { return true }
func (profileModel) referentOnly() bool     { return true }
func (rulesModel) referentOnly() bool       { return true }
func (charterEditModel) referentOnly() bool { return true }
func (historyModel) referentOnly() bool     { return true }
func (conflictsModel) referentOnly() bool   { return true }

// The editor is the référent's, except for a volunteer's proposal, which
// needs no passphrase and must not be hidden behind one.
func (m editorModel) referentOnly() bool { return m.mode != modePropose }
