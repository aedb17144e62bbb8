package tui

import (
	"maps"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"

	"tamis/library"
)

// draft is what the volunteer typed in one template, kept for the session
// so that going back to the list or pressing esc twice loses nothing. It
// lives in memory only, like the form: never on disk.
type draft struct {
	values map[string]string // by variable name
	start  map[string]string // the values the form opened with (pristine)
	copied map[string]string // the values of the last copy, nil if none
}

// drafts holds the drafts of the session by template id. A map is shared
// by the copies of the root model, which is what a session store wants.
type drafts map[string]draft

// pristine is what a form shows before anything is typed: the profile and
// the defaults, the first choice of a list.
func pristine(t library.Template, profile map[string]string) map[string]string {
	start := t.Prefill(profile)
	out := make(map[string]string, len(t.Variables))
	for _, v := range t.Variables {
		out[v.Name] = start[v.Name]
		if len(v.Choices) > 0 {
			out[v.Name] = v.Choices[choiceIndex(v.Choices, start[v.Name])]
		}
	}
	return out
}

// keep records the values of the form on screen; a form left as it opened
// is not a draft.
func (d drafts) keep(t library.Template, profile, values map[string]string) {
	old := d[t.ID]
	start := pristine(t, profile)
	if maps.Equal(values, start) && old.copied == nil {
		delete(d, t.ID)
		return
	}
	d[t.ID] = draft{values: values, start: start, copied: old.copied}
}

// markCopied records that these values were copied: leaving then asks
// nothing.
func (d drafts) markCopied(t library.Template, profile, values map[string]string) {
	d[t.ID] = draft{values: values, start: pristine(t, profile), copied: values}
}

// uncopied reports whether some draft holds typed values never copied.
func (d drafts) uncopied() bool {
	for _, dr := range d {
		if !maps.Equal(dr.values, dr.copied) && !maps.Equal(dr.values, dr.start) {
			return true
		}
	}
	return false
}

// keepDraft records the values of the open form, if any.
func (m Model) keepDraft() {
	if m.fill.t.ID != "" {
		m.drafts.keep(m.fill.t, m.c.Deps.Profile, m.fill.values())
	}
}

// clearValues empties the form back to the profile and the defaults, and
// forgets its draft: the visible way to start again.
func (m Model) clearValues() (Model, tea.Cmd) {
	delete(m.drafts, m.fill.t.ID)
	var cmd tea.Cmd
	m.fill, cmd = newFill(m.c, m.fill.t, nil)
	m.c.notice = i18n.T("Valeurs effacées.", "Values cleared.")
	return m, cmd
}
