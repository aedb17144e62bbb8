package classify

import "testing"

// A change or an amount of the association that those it concerns do
// not know yet, will learn only once the association has what it waits
// for, or that is done so that nobody checks, is its confidential
// strategy (strategy_untold.go). An announcement, a public date, a
// question, a lesson and someone who does not know a public fact are
// not.
func TestPlanKeptFromThoseItConcerns(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// put off until an event of the association's business
		{"On ferme le vestiaire solidaire en avril, les bénévoles le sauront quand le budget sera voté.", Blocked, Sensitive, "confidential"},
		{"Le loyer des jardins familiaux augmente de 30 € ; les locataires l'apprendront au conseil d'administration de juin.", Blocked, Sensitive, "confidential"},
		{"Les cours de guitare s'arrêtent à Noël, on ne l'annonce qu'une fois les cotisations encaissées.", Blocked, Sensitive, "confidential"},
		{"We're cutting the Thursday lunch club; volunteers won't be told until the grant is signed.", Blocked, Sensitive, "confidential"},
		{"Le minibus sera vendu en mars, on attend la signature de la convention pour l'annoncer.", Blocked, Sensitive, "confidential"},
		{"Suppression de la sortie d'été : annonce aux familles repoussée à la rentrée.", Blocked, Sensitive, "confidential"},
		// those concerned do not know it
		{"On réduit les heures de la cuisinière à la rentrée, elle n'en sait rien.", Blocked, Sensitive, "confidential"},
		{"The board has agreed to close the toy library in May; the families are none the wiser.", Blocked, Sensitive, "confidential"},
		// done so that nobody checks
		{"On reporte les 3 000 € de la fête sur le bilan du séjour, le financeur n'y verra que du feu.", Blocked, Sensitive, "confidential"},
		{"Nous basculons la subvention jeunesse sur les salaires, sans en informer la CAF.", Blocked, Sensitive, "confidential"},
	})
	for _, s := range []string{
		"La hausse de la cotisation sera présentée à l'AG et annoncée aux adhérents après le vote.",
		"Nous vous informerons de la date d'ouverture dès que le bail sera signé.",
		"Les familles seront prévenues par SMS quand les colis seront prêts, participation 2 €.",
		"On n'en sait rien pour l'instant : le prix du séjour pourrait augmenter de 40 €.",
		"On ne sait pas encore si la sortie à la mer aura lieu, le prix du car a augmenté.",
		"Vous n'êtes pas au courant ? La fête de l'école est reportée, entrée 2 €.",
		"Comment annoncer aux salariés une réduction d'activité après le vote du conseil d'administration ?",
		"Nous attendons le versement de la CAF pour annoncer le programme des vacances.",
		"La permanence ferme à 17 h ; on vous prévient dès que les nouveaux horaires sont votés.",
		"La mairie annoncera le montant des subventions aux associations après le vote du budget en mars.",
		"Les nouveaux tarifs sont en ligne : ceux qui n'ont pas vu la brochure peuvent appeler le secrétariat.",
	} {
		if r := rulesOnly().Classify(s); r.Verdict == Blocked {
			t.Errorf("%q: blocked as %v, want it to pass", s, describe(s, r))
		}
	}
}

// The association's matters told in long texts without their keyword:
// two associations that will become one, « nous sommes les seuls au
// courant », an amount we will ask of a funder, our price for a tender
// named a sentence before. A public notice of a tender, a thank-you for
// a grant, a public project stay public.
func TestMattersOfOursInLongTexts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Note au bureau. Le loto aura lieu le 5 mars. À la rentrée, notre club et le Judo Club de Dole n'en feront plus qu'une.", Blocked, Sensitive, "merger"},
		{"Hello trustees. From April our choir and the Riverside Singers will become one charity.", Blocked, Sensitive, "merger"},
		{"La mairie reprend notre salle en septembre ; nous sommes les seuls au courant.", Blocked, Sensitive, "confidential"},
		{"Bilan 2024 : 800 repas servis. En mars, nous demanderons 12 000 euros à la Fondation Abbé Pierre.", Blocked, Sensitive, "grant"},
		{"Réponse à l'appel d'offres du département pour le transport solidaire. Nous proposons 21 000 euros, les concurrents seraient plus chers.", Blocked, Sensitive, "negotiation"},
		{"Appel d'offres de la mairie pour le centre de loisirs, publié le 3 mars, budget estimé 40 000 euros.", OK, 0, ""},
		{"Merci à la Fondation Vinci pour son soutien de 45 000 euros.", OK, 0, ""},
	})
}
