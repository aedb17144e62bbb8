package store

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
)

var referentActions = map[string]bool{
	ActionReferentInit: true, ActionReferentPasswd: true, ActionReferentRefused: true,
	ActionProfileChanged: true, ActionRulesChanged: true, ActionImported: true,
	ActionBackupRestored: true, ActionBackupsKeep: true, ActionSalvaged: true,
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
