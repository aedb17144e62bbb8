package store

import (
	"encoding/json"

	bolt "go.etcd.io/bbolt"
)

// UpdateProfile reads the profile, lets edit change it and writes it back,
// all in one transaction, so that an edit made meanwhile from another
// window is never lost. An error from edit writes nothing. The change
// counter (RulesVersion) moves in the same transaction.
func (s *Store) UpdateProfile(edit func(Profile) error) error {
	return s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucketProfile))
		p := Profile{}
		if err := b.ForEach(func(k, v []byte) error { p[string(k)] = string(v); return nil }); err != nil {
			return err
		}
		if err := edit(p); err != nil {
			return err
		}
		if _, ok := p[""]; ok {
			return ErrEmptyName
		}
		if err := bumpChanges(tx); err != nil {
			return err
		}
		if err := tx.DeleteBucket([]byte(bucketProfile)); err != nil {
			return err
		}
		nb, err := tx.CreateBucket([]byte(bucketProfile))
		if err != nil {
			return err
		}
		for k, v := range p {
			if err := nb.Put([]byte(k), []byte(v)); err != nil {
				return err
			}
		}
		return nil
	})
}

// UpdateRules is UpdateProfile for the allow and deny lists.
func (s *Store) UpdateRules(edit func(*Rules) error) error {
	return s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucketRules))
		var r Rules
		if err := unmarshalList(b.Get([]byte(keyAllow)), &r.Allow); err != nil {
			return err
		}
		if err := unmarshalList(b.Get([]byte(keyDeny)), &r.Deny); err != nil {
			return err
		}
		if err := edit(&r); err != nil {
			return err
		}
		allow, err := json.Marshal(r.Allow)
		if err != nil {
			return err
		}
		deny, err := json.Marshal(r.Deny)
		if err != nil {
			return err
		}
		if err := b.Put([]byte(keyAllow), allow); err != nil {
			return err
		}
		if err := bumpChanges(tx); err != nil {
			return err
		}
		return b.Put([]byte(keyDeny), deny)
	})
}
