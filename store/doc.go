// Package store keeps the tamis data in one bbolt file: the templates, their
// history, the association profile, the allow/deny rules and the usage
// events.
//
// The file is shared by every tamis running on the laptop (two terminal
// windows, the TUI and a CLI command), so a Store never keeps it open: each
// method opens it (read-only for reads, which only takes a shared lock), runs
// one transaction and closes it. A lock that cannot be had within two seconds
// gives ErrLocked instead of a hang.
//
// Bucket tree (schema version 4):
//
//	meta/
//	  magic     -> "tamis-db"       marks the file as a tamis database
//	  schema    -> uint64 BE        version of this tree, see migrate.go
//	  created   -> RFC 3339 time    when the file was created
//	  changes   -> uint64 BE        writes of profile and rules so far
//	                                (absent: 0), see changes.go
//	templates/
//	  <id>      -> template record  full template + time it was saved, the
//	                                reason and the role of who saved it (codec.go)
//	summaries/
//	  <id>      -> summary record   id, title, tags, status, variable names:
//	                                what a list needs, without the bodies
//	search/
//	  <id>      -> words            the distinct words of library.Normalize of
//	                                id, title, tags, context and prompt,
//	                                scanned by Search
//	history/
//	  <id>/
//	    <seq>   -> version record   a replaced or deleted version, oldest first;
//	                                version n of a template is <seq> n, the
//	                                current record is the one after (versions.go)
//	profile/
//	  <name>    -> value            association constants ("Nom asso" -> ...)
//	rules/
//	  allow     -> JSON []string    never flagged by the classifier
//	  deny      -> JSON []string    always sensitive
//	events/
//	  <seq>     -> JSON Event       usage events and the référent's journal
//	                                (template, version, role), in time order
//	settings/                       (since schema 2)
//	  charter   -> text             the association's charter, shown to volunteers
//	  passphrase-> hash             the référent's passphrase hash, never the passphrase
//	  passphrase-attempts -> "N time"  wrong passphrases in a row and the
//	                                time of the last one (passphrase.go)
//	  backups-keep -> decimal       how many automatic backups to keep (backups.go)
//	  charter-version -> decimal    1 + the changes of the charter (charter.go)
//	  charter-seen -> JSON          SHA-256 of every charter this laptop has had (charter_share.go)
//	  charter-base -> text          the charter as last imported from a shared folder
//	  charter-signatures -> JSON    the register: first name or initials,
//	                                day, version — what the signer chose to give
//	  training-rounds -> JSON       counts of each round, no name (training.go)
//	  survey-answers -> JSON        choices only, dated by quarter (survey.go)
//	  events-retention-months -> decimal  events older are pruned (retention.go)
//	  minutes-saved -> JSON         the référent's estimates per template
//	  team-size -> decimal          the base of « % signé » (method_settings.go)
//	  training-statements -> text   the référent's own training statements
//	  survey-reminded -> "2026-T4"  the quarter whose survey the list last reminded
//	  charter-before-copy -> 0|1    the charter before the first copy of the day (charter_gate.go)
//	  charter-before-copy-day -> "2026-11-30"  the day it was last acknowledged: a date, no name
//	conflicts/                      (since schema 4)
//	  <id>      -> JSON Conflict    the folder's side of a merge conflict: its
//	                                versions after the common ones (texts,
//	                                times, roles, reasons), when imported, and
//	                                when the référent kept this laptop's text
//	                                instead (then set aside, no longer pending)
//
// <id> keys are idKey(id): one length byte then the id, so that bytewise
// order is numeric order (PROMPT-999 before PROMPT-1000) and cursors walk the
// templates in list order. <seq> keys are 8-byte big-endian numbers from
// Bucket.NextSequence, so a cursor walks them in insertion order. templates,
// summaries and search always hold the same ids; they are written together
// in one transaction.
//
// A damaged file is never written: the whole file is checked once per Store,
// at Open and before its first write (check.go), and a file that fails is
// refused by every operation with ErrCorrupt. Salvage rebuilds a new file
// from what is still readable; AutoBackup keeps a rolling set of copies
// beside the database (backups.go).
//
// Nothing a volunteer types (the filled values) ever reaches this file.
package store
