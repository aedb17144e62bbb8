package classify

import (
	"slices"
	"testing"
)

// A neighbour after a determiner is a person: helping her is no luring of
// another body's people, and the screen must say what is sensitive (her
// health), not "human resources".
func TestNeighbourIsAPersonNotARivalBody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"aider Mme Leblanc, notre voisine séropositive, à faire ses courses", Blocked, Sensitive, "health"},
		{"Faire venir la voisine de Mme Diallo à l'atelier", Blocked, Personal, "name"},
		// the luring of a neighbouring body's people stays
		{"Attirer discrètement les animateurs du centre voisin chez nous", Blocked, Sensitive, "hr"},
		{"Récupérer les bénévoles de l'association voisine avant l'été", Blocked, Sensitive, "hr"},
	})
	r := rulesOnly().Classify("aider Mme Leblanc, notre voisine séropositive, à faire ses courses")
	if slices.Contains(ruleNames(r), "hr") {
		t.Errorf("a neighbour read as a rival body: %v", ruleNames(r))
	}
}

// A candidate for our board is a person of the association; a party's
// candidate in a public election is a public role.
func TestCandidateOfOursKeepsTheFacts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Militant à la CGT, le candidat au bureau fait débat.", Blocked, Sensitive, "union"},
		{"Syndiquée chez SUD depuis dix ans, la candidate au conseil d'administration fait polémique.", Blocked, Sensitive, "union"},
		{"La candidate écologiste et le candidat LR débattront sur notre antenne le 12 juin.", OK, 0, ""},
	})
}

// A party's label for a candidate to our own board is a member's opinion.
func TestCandidateToOurBoardIsNoPublicCandidacy(t *testing.T) {
	r := rulesOnly().Classify("Le candidat insoumis au bureau de l'amicale habite au-dessus de la boulangerie.")
	if r.Verdict == OK {
		t.Errorf("a candidate to our board passed: %v", ruleNames(r))
	}
}

// A party's label for a candidate to a post is an opinion (review, stop 42).
func TestCandidateToAPostKeepsTheOpinion(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le candidat communiste au poste de comptable a un bon profil.", Blocked, Sensitive, "politics"},
		{"Nous avons reçu la candidate communiste pour le poste de comptable.", Blocked, Sensitive, "politics"},
	})
}
