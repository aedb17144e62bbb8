package classify

import "testing"

// An amateur radio call sign typed alone as a value identifies its
// holder (callsign.go); other capitals with one digit (a paper size, a
// vitamin, a web consortium, a room) and a call sign inside a sentence (a
// radio club's station is public) are no finding of this rule.
func TestCallSignAloneIsAPersonsIdentifier(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"F4GHT", Blocked, Personal, "public-id"},
		{"M0XQB", Blocked, Personal, "public-id"},
		{"ON3ZW", Blocked, Personal, "public-id"},
		{"A4", OK, 0, ""},
		{"B12", OK, 0, ""},
		{"W3C", OK, 0, ""},
		{"K2R", OK, 0, ""},
		{"Salle F1AB au rez-de-chaussée", OK, 0, ""},
	})
}
