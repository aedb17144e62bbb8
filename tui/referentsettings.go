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
	return key.NewBinding(key.WithKeys("p", "l", "c"), key.WithHelp("p/l/c", i18n.T("profil/listes/charte", "profile/lists/charter")))
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

// referentOnly marks the screens that show the référent's data: they hide
// behind the passphrase again after a while without a key (idlelock.go).
type referentOnly interface{ referentOnly() }

func (referentModel) referentOnly()    {}
func (indicatorsModel) referentOnly()  {}
func (profileModel) referentOnly()     {}
func (rulesModel) referentOnly()       {}
func (charterEditModel) referentOnly() {}
func (historyModel) referentOnly()     {}
func (conflictsModel) referentOnly()   {}
