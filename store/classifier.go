package store

import (
	"sort"

	bolt "go.etcd.io/bbolt"

	"tamis/library"
)

// CheckRules are what the classifier needs from the store: the référent's
// allow and deny lists, and the profile values, which are the
// association's own published texts (category 1). The store does not
// depend on the classifier: CheckRules has the fields of classify.Rules,
// and the callers convert it (classify.Rules(r)) where they build one.
type CheckRules struct {
	Allow   []string
	Deny    []string
	Profile []string
}

// ClassifierRules reads the CheckRules, sorted, so that two programs
// reading the same file build the same classifier.
func (s *Store) ClassifierRules() (CheckRules, error) {
	var cr CheckRules
	err := s.view(func(tx *bolt.Tx) error {
		r, p, err := rulesAndProfileTx(tx)
		cr = classifierRules(r, p)
		return err
	})
	return cr, err
}

// FillData is what filling a template needs: the template, the profile
// that pre-fills it, and the classifier's rules built from the same state.
type FillData struct {
	Template library.Template
	Profile  Profile
	Rules    CheckRules
}

// ForFill reads the template id (ErrNotFound), the profile and the rules in
// one read transaction: one open of the file instead of three, so that many
// tamis at once wait less for the lock, and the check uses the very profile
// and rules the prompt was filled with.
func (s *Store) ForFill(id string) (FillData, error) {
	var d FillData
	if !idPattern.MatchString(id) {
		return d, about(id, ErrNotFound)
	}
	err := s.view(func(tx *bolt.Tx) error {
		t, err := getTx(tx, id)
		if err != nil {
			return err
		}
		r, p, err := rulesAndProfileTx(tx)
		d = FillData{Template: t, Profile: p, Rules: classifierRules(r, p)}
		return err
	})
	return d, err
}

func rulesAndProfileTx(tx *bolt.Tx) (Rules, Profile, error) {
	r, err := rulesTx(tx)
	if err != nil {
		return r, nil, err
	}
	p, err := profileTx(tx)
	return r, p, err
}

func classifierRules(r Rules, p Profile) CheckRules {
	texts := make([]string, 0, len(p))
	for _, v := range p {
		texts = append(texts, v)
	}
	sort.Strings(texts)
	return CheckRules{Allow: r.Allow, Deny: r.Deny, Profile: texts}
}
