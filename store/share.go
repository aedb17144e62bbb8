package store

import (
	"encoding/json"
	"errors"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"tamis/library"
)

// Sharing between laptops goes through a folder (a git repository, a
// synced folder, a USB stick) that carries each template with its whole
// history. Merging compares histories by their texts (library.Format):
// the local text found in the folder's history means the folder is newer
// (its later versions are added here); the folder's text found in the
// local history means this laptop is newer (nothing to do); neither means
// both changed since their last common version: a conflict, reported and
// left as it is on both sides, the folder's side kept here until the
// référent settles it (conflicts.go), so that nothing is lost.

// SharedTemplate is a template and its versions, oldest first, the last
// one being its current text.
type SharedTemplate struct {
	ID       string
	Versions []Version
}

// MergeOutcome is what a merge did with one template.
type MergeOutcome int

// The outcomes of a merge.
const (
	MergeSame       MergeOutcome = iota // same text on both sides
	MergeAdded                          // new here, with its whole history
	MergeUpdated                        // the folder was newer: its versions were added
	MergeLocalNewer                     // this laptop is newer: nothing to do
	MergeConflict                       // both changed since the last common version
	MergeRefused                        // the guard refused the folder's text
	MergeSetAside                       // a conflict settled before: this laptop's text was kept
)

// MergeResult is the outcome for one template and its current version here.
type MergeResult struct {
	ID      string
	Outcome MergeOutcome
	Version int
	Err     error // why the guard refused, for MergeRefused
}

// MergeReport is what MergeShared did.
type MergeReport struct {
	Templates        []MergeResult
	ProfileAdded     []string // names added to the profile
	ProfileConflicts []string // names whose value differs: the local one is kept
	RulesAdded       int      // allow and deny entries added
	Pending          int      // conflicts waiting for the référent, after this merge
}

// SharedTemplates returns every template with its versions, in id order,
// from one read.
func (s *Store) SharedTemplates() ([]SharedTemplate, error) {
	var out []SharedTemplate
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bucketTemplates)).ForEach(func(k, _ []byte) error {
			id := string(k[1:])
			vs, err := versionsTx(tx, id)
			if err != nil {
				return err
			}
			out = append(out, SharedTemplate{ID: id, Versions: vs})
			return nil
		})
	})
	return out, err
}

// MergeShared merges templates, profile and rules read from a shared
// folder, in one transaction. guard (nil for none) checks the text a
// template would have here; a refusal skips that template only. Each
// template added or updated is recorded in the journal with ch's role.
func (s *Store) MergeShared(in []SharedTemplate, p Profile, r Rules, ch Change, guard Guard) (MergeReport, error) {
	for _, st := range in {
		for _, v := range st.Versions {
			if err := validate(v.Template); err != nil {
				return MergeReport{}, err
			}
		}
	}
	var rep MergeReport
	now := time.Now()
	err := s.update(func(tx *bolt.Tx) error {
		rep = MergeReport{}
		for _, st := range in {
			res, err := mergeTemplateTx(tx, st, ch, guard, now)
			if err == nil && res.Outcome != MergeConflict && res.Outcome != MergeRefused {
				err = clearPendingTx(tx, st.ID)
			}
			if err != nil {
				return err
			}
			rep.Templates = append(rep.Templates, res)
		}
		if err := mergeSettingsTx(tx, p, r, &rep); err != nil {
			return err
		}
		var err error
		rep.Pending, err = pendingTx(tx)
		return err
	})
	return rep, err
}

// mergeTemplateTx merges one template's history into the local one.
func mergeTemplateTx(tx *bolt.Tx, in SharedTemplate, ch Change, guard Guard, now time.Time) (MergeResult, error) {
	res := MergeResult{ID: in.ID}
	if len(in.Versions) == 0 {
		return res, nil
	}
	local, err := versionsTx(tx, in.ID)
	if err != nil && !isNotFound(err) {
		return res, err
	}
	texts := func(vs []Version) []string {
		out := make([]string, len(vs))
		for i, v := range vs {
			out[i] = string(library.Format(v.Template))
		}
		return out
	}
	// Histories are compared as sequences of texts: a text may come back
	// (a restore), so only a whole prefix tells a common past.
	lt, rt := texts(local), texts(in.Versions)
	res.Outcome = MergeAdded
	if len(local) > 0 {
		res.Version = local[len(local)-1].Number
		switch {
		case lt[len(lt)-1] == rt[len(rt)-1]:
			res.Outcome = MergeSame
			return res, nil
		case hasPrefix(lt, rt):
			res.Outcome = MergeLocalNewer
			return res, nil
		case !hasPrefix(rt, lt):
			res.Outcome = MergeConflict
			setAside, err := recordConflictTx(tx, in, conflictTexts{lt, rt}, now)
			if setAside {
				res.Outcome = MergeSetAside
			}
			return res, err
		}
		res.Outcome = MergeUpdated
	}
	from := len(local) // the first version of the folder to add here
	if guard != nil {
		if err := guard(in.Versions[len(in.Versions)-1].Template); err != nil {
			res.Outcome, res.Err = MergeRefused, err
			return res, nil
		}
	}
	for _, v := range in.Versions[from:] {
		if _, err := putTx(tx, v.Template, Change{Role: v.Role, Reason: v.Note}, v.Time); err != nil {
			return res, err
		}
	}
	res.Version = currentNumber(tx, in.ID)
	if ch.Action == "" {
		return res, nil
	}
	e := Event{Time: now, TemplateID: in.ID, Action: ch.Action, Version: res.Version, Role: ch.Role}
	if err := checkEvent(e); err != nil {
		return res, err
	}
	return res, putEventTx(tx, e)
}

// mergeSettingsTx adds the profile names absent here (a different value is
// a conflict: the local one stays) and the rules entries absent here.
func mergeSettingsTx(tx *bolt.Tx, p Profile, r Rules, rep *MergeReport) error {
	pb := tx.Bucket([]byte(bucketProfile))
	changed := false
	for _, name := range sortedKeys(p) {
		switch cur := pb.Get([]byte(name)); {
		case cur == nil:
			if err := pb.Put([]byte(name), []byte(p[name])); err != nil {
				return err
			}
			rep.ProfileAdded = append(rep.ProfileAdded, name)
			changed = true
		case string(cur) != p[name]:
			rep.ProfileConflicts = append(rep.ProfileConflicts, name)
		}
	}
	lists, err := rulesTx(tx)
	if err != nil {
		return err
	}
	allow, addedA := union(lists.Allow, r.Allow)
	deny, addedD := union(lists.Deny, r.Deny)
	if rep.RulesAdded = addedA + addedD; rep.RulesAdded > 0 {
		if err := putRulesTx(tx, Rules{Allow: allow, Deny: deny}); err != nil {
			return err
		}
		changed = true
	}
	if changed {
		return bumpChanges(tx)
	}
	return nil
}

// hasPrefix reports whether list starts with prefix.
func hasPrefix(list, prefix []string) bool {
	return len(prefix) <= len(list) && slices.Equal(list[:len(prefix)], prefix)
}

func sortedKeys(p Profile) []string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// union appends to list the entries of add it lacks (same spelling, case
// and accents ignored), and counts them.
func union(list, add []string) ([]string, int) {
	seen := make(map[string]bool, len(list))
	for _, e := range list {
		seen[library.Normalize(e)] = true
	}
	n := 0
	for _, e := range add {
		if k := library.Normalize(e); e != "" && !seen[k] {
			seen[k] = true
			list = append(list, e)
			n++
		}
	}
	return list, n
}

func isNotFound(err error) bool { return errors.Is(err, ErrNotFound) }

// putRulesTx writes both lists.
func putRulesTx(tx *bolt.Tx, r Rules) error {
	b := tx.Bucket([]byte(bucketRules))
	for key, list := range map[string][]string{keyAllow: r.Allow, keyDeny: r.Deny} {
		v, err := json.Marshal(list)
		if err != nil {
			return err
		}
		if err := b.Put([]byte(key), v); err != nil {
			return err
		}
	}
	return nil
}
