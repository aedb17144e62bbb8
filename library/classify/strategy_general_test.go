package classify

import "testing"

// A word of the association's confidential matters asked about in
// general is a topic (strategy_general.go); the same question about a
// person pointed at, a named person, an amount or the association's own
// matter stays blocked.
func TestStrategyAskedInGeneral(t *testing.T) {
	for _, s := range []string{
		"Quelle est la procédure pour un licenciement pour faute grave dans une association ?",
		"Comment se passe une rupture conventionnelle avec un animateur en CDI ?",
		"Qu'est-ce qu'une fusion-absorption entre deux associations ?",
		"Comment préparer une négociation de loyer avec un bailleur social ?",
		"What happens at an employment tribunal for a small charity?",
		"Explique ce qu'est une mise en demeure et comment y répondre pour une association.",
	} {
		if r := New(Rules{}).Classify(s); r.Verdict == Blocked {
			t.Errorf("%q: blocked as %v, want it to pass", s, describe(s, r))
		}
	}
	for _, s := range []string{
		"Comment licencier la cuisinière pour faute grave sans qu'elle conteste ?",
		"Quelle indemnité pour la rupture conventionnelle de Julie Martin, une animatrice ?",
		"Comment annoncer notre fusion avec une association voisine aux adhérents ?",
		"Quelle est la procédure de licenciement pour une salariée qui a 12 ans d'ancienneté chez nous ?",
		"Comment négocier une remise de 2 000 € avec un fournisseur qui nous facture 9 000 € ?",
		"Qu'est-ce qu'on risque au tribunal avec un ancien salarié, Marc Petit, qui nous attaque ?",
	} {
		if r := New(Rules{}).Classify(s); r.Verdict != Blocked {
			t.Errorf("%q: %s %v, want it blocked", s, r.Verdict, describe(s, r))
		}
	}
}
