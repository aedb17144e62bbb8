package classify

import "testing"

// A public stage followed by an amateur's or a child's level is none
// (public_stage.go stageAt, amateur_qualifiers.txt): a neighbour wins
// the world cup of online belote. The stage alone still passes.
func TestAmateurStageStays(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"Jean Caroff a remporté la coupe du monde de belote en ligne.",
		"Jean Caroff a remporté le championnat du monde des vétérans de pétanque.",
		"Paul Hénaff a remporté le championnat d'Europe des masters de natation.",
		"Ugo Humbert a remporté la coupe du monde de pétanque des aveugles.",
	} {
		if r := c.Classify(s); r.Verdict == OK {
			t.Errorf("%q: passed, want blocked or doubt", s)
		}
	}
	s := "La judokate Romane Dicko a remporté le championnat du monde à Budapest."
	if r := c.Classify(s); r.Verdict != OK {
		t.Errorf("%q: got %s %v, want ok", s, r.Verdict, describe(s, r))
	}
}
