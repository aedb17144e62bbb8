package store

import "tamis/library"

// The référent's actions, recorded as events with their time and action
// only: what was done and when, never with which value or passphrase.
const (
	ActionReferentInit    = "referent-init"        // a passphrase was set
	ActionReferentPasswd  = "referent-passwd"      // the passphrase was changed
	ActionReferentRefused = "referent-refused"     // a wrong passphrase was given
	ActionProfileChanged  = "profile-changed"      // tamis profile --set/--unset
	ActionRulesChanged    = "rules-changed"        // tamis rules --allow/--deny/--remove
	ActionImported        = "templates-imported"   // tamis import
	ActionBackupRestored  = "backup-restored"      // tamis sauvegardes --restaurer
	ActionBackupsKeep     = "backups-keep-changed" // tamis sauvegardes --garder
	ActionSalvaged        = "database-salvaged"    // tamis verifier repaired the file
	ActionCharterChanged  = "charter-changed"      // a new version of the charter (edited or imported)
)

// The life of a template, recorded with its id, the version made and the
// role of who made it.
const (
	ActionTemplateImported  = "template-imported"  // tamis import: one event per template added or updated
	ActionTemplateProposed  = "template-proposed"  // tamis propose, or an import by anyone but the référent
	ActionTemplateCreated   = "template-created"   // a new template written in the interface
	ActionTemplateEdited    = "template-edited"    // a template's text changed in the interface
	ActionTemplateValidated = "template-validated" // tamis validate
	ActionTemplateDraft     = "template-draft"     // tamis draft: sent back to draft
	ActionTemplateArchived  = "template-archived"  // tamis archive
	ActionTemplateRestored  = "template-restored"  // tamis restore: an old version saved again
	ActionValidationRefused = "validation-refused" // tamis validate refused: the fixed wording holds personal data
	ActionConflictTaken     = "conflict-taken"     // a merge conflict settled with the folder's text (conflicts.go)
	ActionConflictKept      = "conflict-kept"      // a merge conflict settled with this laptop's text
	ActionConflictMerged    = "conflict-merged"    // a merge conflict settled with a text merged from both (conflicts_merged.go)
)

var referentActions = map[string]bool{
	ActionReferentInit: true, ActionReferentPasswd: true, ActionReferentRefused: true,
	ActionProfileChanged: true, ActionRulesChanged: true, ActionImported: true,
	ActionBackupRestored: true, ActionBackupsKeep: true, ActionSalvaged: true, ActionCharterChanged: true,
	ActionTemplateImported: true, ActionTemplateProposed: true, ActionTemplateValidated: true,
	ActionTemplateDraft: true, ActionTemplateArchived: true, ActionTemplateRestored: true,
	ActionValidationRefused: true, ActionConflictTaken: true, ActionConflictKept: true,
	ActionTemplateCreated: true, ActionTemplateEdited: true,
	ActionConflictMerged: true,
}

// Referent reports whether e records a référent action rather than a use
// of a template: the usage indicators leave these out.
func (e Event) Referent() bool {
	return referentActions[e.Action]
}

// RecordReferent records a référent action, now.
func (s *Store) RecordReferent(action string) error {
	return s.RecordEvent(Event{Action: action})
}

// Journal returns the recorded référent actions, oldest first: the events
// that are not uses of a template.
func (s *Store) Journal() ([]Event, error) {
	all, err := s.Events()
	var out []Event
	for _, e := range all {
		if e.Referent() {
			out = append(out, e)
		}
	}
	return out, err
}

// StatusAction is the journal's action for a change of status to s, the
// same from the command line and from the interface.
func StatusAction(s library.Status) string {
	switch s {
	case library.StatusValidated:
		return ActionTemplateValidated
	case library.StatusArchived:
		return ActionTemplateArchived
	}
	return ActionTemplateDraft
}
