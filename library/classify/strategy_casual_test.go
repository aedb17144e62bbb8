package classify

import "testing"

// The association's confidential dealings in everyday words
// (testdata/strategy12): our price in a tender written without a
// currency, a lure aimed at another body's people, cash kept beside the
// accounts, a party not told, a floor or a price shown first. Their
// public look-alikes pass.
func TestStrategyToldCasually(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// bid_figure.go: our price in a tender, no currency
		{"Pour le marché public des repas seniors, notre prix sera 6,40 le plateau.", Blocked, Sensitive, "negotiation"},
		{"Appel d'offres du département, notre tarif sera 12 % sous celui des autres.", Blocked, Sensitive, "negotiation"},
		{"Pour la DSP du camping, on met 64 000 par an.", Blocked, Sensitive, "negotiation"},
		// cue_strategy.go theirPeople: another body's people lured
		{"On propose à leurs animatrices un poste chez nous avec 150 € de plus.", Blocked, Sensitive, "hr"},
		// off_books.txt, cash.txt
		{"Les dons de la kermesse, on les garde à part, rien sur les comptes.", Blocked, Sensitive, "finance"},
		{"L'argent du vestiaire part sur le compte perso de la trésorière.", Blocked, Sensitive, ""},
		{"The bake sale money goes in a drawer, we don't bank it.", Blocked, Sensitive, "finance"},
		// hush.txt: what we do not say, mention or correct
		{"On répond au devis du traiteur en faisant mine de partir chez un autre, sans le préciser au bureau.", Blocked, Sensitive, ""},
		{"Le club voisin pense que la salle est complète le vendredi, on ne les détrompe pas.", Blocked, Sensitive, ""},
		// margin words: a floor, the price shown first
		{"Le local, on l'affiche à 900 par mois, en dessous de 750 on refuse.", Blocked, Sensitive, "negotiation"},
		{"Location du barnum : on peut redescendre à 350 si la mairie prend aussi les tables à 120.", Blocked, Sensitive, "negotiation"},
	})
	for _, s := range []string{
		"La mairie lance un marché public de restauration : avis publié, réponses avant le 14 mars 2027.",
		"Notre réponse à l'appel d'offres de 2024 a été retenue, merci à toute l'équipe !",
		"Venez essayer notre club : chez nous c'est convivial et la première séance est offerte.",
		"Toutes les recettes de la buvette sont notées dans le cahier de caisse et déposées à la banque.",
		"Tarifs : 900 € la semaine, 350 € le week-end, caution 120 €.",
	} {
		if r := rulesOnly().Classify(s); r.Verdict == Blocked {
			t.Errorf("%q: blocked as %v, want it to pass", s, describe(s, r))
		}
	}
}
