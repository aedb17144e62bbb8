package library

import "tamis/i18n"

// Label is the status as the user reads it: the French word itself, or
// its English translation when LANG asks for English.
func (s Status) Label() string {
	switch s {
	case StatusValidated:
		return i18n.T("validé", "validated")
	case StatusArchived:
		return i18n.T("archivé", "archived")
	case StatusDraft:
		return i18n.T("brouillon", "draft")
	}
	return string(s)
}
