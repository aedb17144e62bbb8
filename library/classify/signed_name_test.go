package classify

import "testing"

// The word after « signé : », "Signed:" is the name of who signs, even a
// nickname; a signature still to do, or signed by the board, names no one.
func TestNameAfterASignature(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Ok pour samedi, signé : Loulou", Blocked, Personal, "name"},
		{"Signature : Pierrot", Blocked, Personal, "name"},
		{"Signature : à faire au bureau", OK, 0, ""},
		{"Signé : le bureau", OK, 0, ""},
	})
}
