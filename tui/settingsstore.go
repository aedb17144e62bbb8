package tui

import (
	"errors"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/library/classify"
	"tamis/library/settings"
	"tamis/store"
)

// SettingsStore is what the référent's profile, lists and charter screens
// need from the store. Each change is checked as on the command line
// (library/settings), written in one transaction and recorded as an event
// without any value.
type SettingsStore interface {
	Profile() (store.Profile, error)
	Rules() (store.Rules, error)
	ClassifierRules() (store.CheckRules, error)
	UpdateProfile(edit func(store.Profile) error) error
	UpdateRules(edit func(*store.Rules) error) error
	Charter() (string, error)
	CharterVersion() (int, error)
	SetCharter(text string) error
	RecordReferent(action string) error
}

// settingsStore is the library as the settings screens need it; nil for a
// test fake without it.
func settingsStore(lib Library) SettingsStore {
	st, _ := lib.(SettingsStore)
	return st
}

// profileSavedMsg is the result of saving the profile: the profile as
// stored, or why nothing was saved (field names the refused value).
type profileSavedMsg struct {
	p     store.Profile
	field string
	err   error
}

// saveProfileCmd checks every value to set as `tamis profile --set` does,
// then writes the changes in one transaction and records the event. A
// refusal writes nothing.
func saveProfileCmd(st SettingsStore, set map[string]string, unset []string) tea.Cmd {
	return func() tea.Msg {
		rules, err := st.ClassifierRules()
		if err != nil {
			return profileSavedMsg{err: err}
		}
		c := settings.ProfileClassifier(classify.Rules(rules))
		for name, v := range set {
			if err := settings.CheckProfileValue(c, name, v); err != nil {
				return profileSavedMsg{field: name, err: err}
			}
		}
		var p store.Profile
		err = st.UpdateProfile(func(cur store.Profile) error {
			for name, v := range set {
				cur[name] = v
			}
			for _, name := range unset {
				delete(cur, name)
			}
			p = cur
			return nil
		})
		if err == nil {
			err = st.RecordReferent(store.ActionProfileChanged)
		}
		return profileSavedMsg{p: p, err: err}
	}
}

// rulesSavedMsg is the result of a change of the lists: the lists as
// stored, or why nothing changed.
type rulesSavedMsg struct {
	r   store.Rules
	err error
}

// listChange is one change of the lists: an entry to add to one of them,
// or to remove from both.
type listChange struct {
	entry  string
	deny   bool // add to the deny list rather than the allow list
	remove bool
}

// saveRulesCmd checks the change as `tamis rules` does (an allow entry
// the classifier finds personal or sensitive, a short or common deny entry,
// the removal of an absent entry are refused), then writes it in one
// transaction and records the event.
func saveRulesCmd(st SettingsStore, ch listChange) tea.Cmd {
	return func() tea.Msg {
		if err := checkListChange(st, ch); err != nil {
			return rulesSavedMsg{err: err}
		}
		var r store.Rules
		err := st.UpdateRules(func(cur *store.Rules) error {
			if err := applyListChange(cur, ch); err != nil {
				return err
			}
			r = *cur
			return nil
		})
		if err == nil {
			err = st.RecordReferent(store.ActionRulesChanged)
		}
		return rulesSavedMsg{r: r, err: err}
	}
}

// applyListChange changes the lists as tamis rules does: inside the
// write, so that an entry removed meanwhile from another window is said.
func applyListChange(cur *store.Rules, ch listChange) error {
	one := []string{ch.entry}
	switch {
	case ch.remove:
		if err := settings.CheckRemovals(cur.Allow, cur.Deny, one); err != nil {
			return err
		}
		cur.Allow = settings.EditList(cur.Allow, nil, one)
		cur.Deny = settings.EditList(cur.Deny, nil, one)
	case ch.deny:
		cur.Deny = settings.EditList(cur.Deny, one, nil)
	default:
		cur.Allow = settings.EditList(cur.Allow, one, nil)
	}
	return nil
}

// checkListChange runs the checks of tamis rules on one change.
func checkListChange(st SettingsStore, ch listChange) error {
	switch {
	case ch.remove:
		return settings.CheckEntry(ch.entry)
	case ch.deny:
		return settings.CheckDeny(ch.entry)
	}
	if err := settings.CheckEntry(ch.entry); err != nil {
		return err
	}
	rules, err := st.ClassifierRules()
	if err != nil {
		return err
	}
	return settings.CheckAllow(settings.AllowClassifier(classify.Rules(rules)), ch.entry)
}

// refusedResult is the classifier's result behind a refusal, if any.
func refusedResult(err error) (classify.Result, bool) {
	var v *settings.ValueRefused
	var a *settings.AllowRefused
	switch {
	case errors.As(err, &v):
		return v.Result, true
	case errors.As(err, &a) && a.Probe == "":
		return a.Result, true
	}
	return classify.Result{}, false
}
