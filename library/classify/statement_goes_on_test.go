package classify

import "testing"

// A public statement whose sentence goes on about the person or says a
// private word keeps the name a doubt (public_statement.go
// statementGoesOn), and what a description blocked stays blocked.
func TestStatementGoesOnStays(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"La ministre Claire Vautrin a inauguré la maison de santé ; son ex-mari réclame la garde des enfants.",
		"Le maire de Saint-Jacut, Jean Dupont, a inauguré la salle ; son ex-femme réclame la garde.",
		"La ministre Claire Vautrin a annoncé sa séparation.",
	} {
		if r := c.Classify(s); r.Verdict == OK {
			t.Errorf("%q: passed, want blocked or doubt", s)
		}
	}
	s := "Le maire de Saint-Jacut, Jean Dupont, a annoncé son divorce."
	if r := c.Classify(s); r.Verdict != Blocked {
		t.Errorf("%q: got %s %v, want blocked", s, r.Verdict, describe(s, r))
	}
}

// A guest of a public event named by a title stays a person where the
// sentence says a private word (event_guest.go): « malgré son cancer »
// was read as the festival's topic.
func TestEventGuestPrivateStays(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"L'athlète Marc Salou participera au festival malgré son cancer.",
		"La romancière Anne Kerhoas participera au salon du livre malgré son divorce.",
	} {
		if r := c.Classify(s); r.Verdict == OK {
			t.Errorf("%q: passed, want blocked or doubt", s)
		}
	}
}
