package classify

import "testing"

// A sensitive word typed with one slip inside it is read as the word; a
// word with another ending, a capitalised name and a doctor named after
// their specialty are not.
func TestMisspeltSpecialWord(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mme Lefevre est seropositve.", Blocked, Sensitive, "health"},
		{"Karim est diabetiqe.", Blocked, Sensitive, "health"},
		{"Lucie est anorexqiue.", Blocked, Sensitive, "health"},
		{"Sophie est lesbiene.", Blocked, Sensitive, "sexuality"},
		{"Le tresorier est alcolique.", Blocked, Sensitive, "health"},
		{"the caretaker is depresed", Blocked, Sensitive, "health"},
		{"Le Petit Chaperon rouge revisité par les enfants du centre de loisirs.", OK, 0, ""},
		{"Atelier pour candidater au service civique, ouvert à tous.", OK, 0, ""},
	})
	if r := New(Rules{}).Classify("Rencontre avec une pédopsychiatre à la médiathèque, entrée libre."); r.Category == Sensitive {
		t.Errorf("a doctor named after a specialty: %v", r.Findings)
	}
}

func TestMisspeltTermNeedsOneSlipInside(t *testing.T) {
	for _, w := range []string{"revisite", "candidater", "pedopsychiatre", "x", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq"} {
		if s := misspeltTerm(w); s >= 0 {
			t.Errorf("misspeltTerm(%q) = %d, want -1", w, s)
		}
	}
	if misspeltTerm("seropositve") < 0 {
		t.Error(`misspeltTerm("seropositve") found nothing`)
	}
}
