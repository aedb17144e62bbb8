package store

import "tamis/i18n"

// Label is the role as a référent reads it, the same in `tamis history`,
// the journal and the interface's history screen.
func (r Role) Label() string {
	switch r {
	case RoleReferent:
		return i18n.T("référent", "référent")
	case RoleVolunteer:
		return i18n.T("bénévole", "volunteer")
	}
	return "—"
}

// When is when a version was saved, as the history shows it; the default
// library's versions share one fixed time (SeedTime), shown as the
// installation.
func (v Version) When() string {
	if v.Time.Equal(SeedTime) {
		return i18n.T("installation", "installation")
	}
	return v.Time.Local().Format("02/01/2006 15:04")
}
