package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"tamis/i18n"
)

// Event is one use of a template, for the référent's indicators. It holds
// names chosen by the program (template id, verdict, rule names, action),
// never anything the volunteer typed.
type Event struct {
	Time       time.Time `json:"time"`
	TemplateID string    `json:"template_id"`
	Verdict    string    `json:"verdict"`         // "ok", "doubt", "blocked"
	Rules      []string  `json:"rules,omitempty"` // names of the rules that fired
	Action     string    `json:"action"`          // one of the Action… constants
	// A référent action on a template names the version it made and the
	// role of who made it (RoleReferent, RoleVolunteer).
	Version int  `json:"version,omitempty"`
	Role    Role `json:"role,omitempty"`
}

// The actions an event records, shared by the interface and the command
// line so that the indicators count them the same way.
const (
	ActionCopied       = "copied"          // the checked prompt went to the clipboard
	ActionPrinted      = "printed"         // tamis fill printed the checked prompt
	ActionRefused      = "refused"         // blocked, or a doubt not confirmed
	ActionAnonymised   = "anonymised"      // copied after anonymisation
	ActionConfirmDoubt = "confirmed-doubt" // a doubt the volunteer confirmed
)

// RuleNames lists the distinct names of the rules that fired, in order of
// first appearance: what an event keeps of the findings.
func RuleNames(rules []string) []string {
	seen := make(map[string]bool, len(rules))
	out := make([]string, 0, len(rules))
	for _, r := range rules {
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}

// ErrEventText: an event field that looks like free text rather than a name.
var ErrEventText = &Error{
	"événement refusé : un champ ressemble à du texte saisi (seuls des noms courts sans espace sont enregistrés)",
	"event refused: a field looks like typed text (only short names without spaces are recorded)",
}

// maxEventName bounds every string of an event: names are short.
const maxEventName = 64

// RecordEvent appends an event; a zero Time is set to now. As a last guard
// against recording what a volunteer typed, every field must be a short
// name without spaces or control characters (ErrEventText otherwise).
func (s *Store) RecordEvent(e Event) error {
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	if err := checkEvent(e); err != nil {
		return err
	}
	return s.update(func(tx *bolt.Tx) error { return putEventTx(tx, e) })
}

// checkEvent refuses an event with a field that is not a short name.
func checkEvent(e Event) error {
	for _, f := range append([]string{e.TemplateID, e.Verdict, e.Action, string(e.Role)}, e.Rules...) {
		if !isName(f) {
			return fmt.Errorf("%w%s%.20q", ErrEventText, i18n.T(" : ", ": "), f)
		}
	}
	return nil
}

// putEventTx appends a checked event in the caller's transaction, so that
// a change and its record in the journal are written together. It also
// prunes the events older than the retention (retention.go): the oldest
// come first, so pruning usually looks at one key.
func putEventTx(tx *bolt.Tx, e Event) error {
	v, err := json.Marshal(e)
	if err != nil {
		return err
	}
	b := tx.Bucket([]byte(bucketEvents))
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	if err := b.Put(binary.BigEndian.AppendUint64(nil, seq), v); err != nil {
		return err
	}
	_, err = pruneTx(tx, e.Time)
	return err
}

// Events returns every recorded event, oldest first.
func (s *Store) Events() ([]Event, error) {
	var out []Event
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bucketEvents)).ForEach(func(k, v []byte) error {
			var e Event
			if err := json.Unmarshal(v, &e); err != nil {
				return fmtCorrupt(k)
			}
			out = append(out, e)
			return nil
		})
	})
	return out, err
}

// isName accepts printable ASCII without spaces, up to maxEventName bytes.
func isName(s string) bool {
	if len(s) > maxEventName {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] > '~' {
			return false
		}
	}
	return true
}
