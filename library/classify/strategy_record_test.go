package classify

import "testing"

// A record's name that begins with a word of litigation (« procès-verbal »)
// is the record; the word alone, or beside a named matter, still counts.
func TestRecordNameIsNoTrial(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"Le procès-verbal de l'assemblée générale est en ligne sur notre site.",
		"Procès-verbal du conseil d'administration du 4 mars, version publiée.",
		"Le procès verbal de la réunion publique est affiché à la mairie.",
	} {
		if r := c.Classify(s); r.Verdict == Blocked {
			t.Errorf("%q: blocked as %v, want it to pass", s, r.Findings)
		}
	}
	for _, s := range []string{
		"Le procès contre notre ancien fournisseur aura lieu en mars, n'en parlez pas.",
		"Le procès-verbal de l'huissier est arrivé : le bailleur nous assigne au tribunal.",
		"On a un procès en cours avec la mairie pour la salle.",
	} {
		if r := c.Classify(s); r.Verdict != Blocked {
			t.Errorf("%q: %s, want blocked", s, r.Verdict)
		}
	}
}
