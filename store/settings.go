package store

import (
	"encoding/json"

	bolt "go.etcd.io/bbolt"

	"tamis/i18n"
)

// Profile holds the association's constants, by variable name ("Nom asso",
// "année", "mission"…): they pre-fill the variables of the same name and
// the classifier treats them as published (category 1).
type Profile map[string]string

// Rules are the référent's word lists for the classifier: Allow is never
// flagged (the association's name, its venues, its generic contact), Deny
// is always sensitive (confidential projects, partners under negotiation).
type Rules struct {
	Allow []string `json:"allow"`
	Deny  []string `json:"deny"`
}

// ErrEmptyName: a profile entry without a name cannot be stored.
var ErrEmptyName = &Error{"nom de constante vide dans le profil", "empty constant name in the profile"}

// Profile returns the association profile; empty on a new database.
func (s *Store) Profile() (Profile, error) {
	var p Profile
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		p, err = profileTx(tx)
		return err
	})
	return p, err
}

func profileTx(tx *bolt.Tx) (Profile, error) {
	p := Profile{}
	err := tx.Bucket([]byte(bucketProfile)).ForEach(func(k, v []byte) error {
		p[string(k)] = string(v)
		return nil
	})
	return p, err
}

// SetProfile replaces the whole profile in one transaction.
func (s *Store) SetProfile(p Profile) error {
	return s.UpdateProfile(func(cur Profile) error {
		clear(cur)
		for k, v := range p {
			cur[k] = v
		}
		return nil
	})
}

// Rules returns the allow and deny lists; empty on a new database.
func (s *Store) Rules() (Rules, error) {
	var r Rules
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		r, err = rulesTx(tx)
		return err
	})
	return r, err
}

func rulesTx(tx *bolt.Tx) (Rules, error) {
	var r Rules
	b := tx.Bucket([]byte(bucketRules))
	if err := unmarshalList(b.Get([]byte(keyAllow)), &r.Allow); err != nil {
		return r, err
	}
	return r, unmarshalList(b.Get([]byte(keyDeny)), &r.Deny)
}

// SetRules replaces both lists in one transaction.
func (s *Store) SetRules(r Rules) error {
	return s.UpdateRules(func(cur *Rules) error {
		*cur = r
		return nil
	})
}

func unmarshalList(v []byte, list *[]string) error {
	if v == nil {
		return nil
	}
	if err := json.Unmarshal(v, list); err != nil {
		return about(i18n.T("règles", "rules"), ErrCorrupt)
	}
	return nil
}
