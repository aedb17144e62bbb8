package store

import (
	"sort"

	"tamis/library/classify"
)

// ClassifierRules gathers what the classifier needs from the store: the
// référent's allow and deny lists, and the profile values, which are the
// association's own published texts (category 1). Sorted, so that two
// programs reading the same file build the same classifier.
func (s *Store) ClassifierRules() (classify.Rules, error) {
	r, err := s.Rules()
	if err != nil {
		return classify.Rules{}, err
	}
	p, err := s.Profile()
	if err != nil {
		return classify.Rules{}, err
	}
	texts := make([]string, 0, len(p))
	for _, v := range p {
		texts = append(texts, v)
	}
	sort.Strings(texts)
	return classify.Rules{Allow: r.Allow, Deny: r.Deny, Profile: texts}, nil
}
