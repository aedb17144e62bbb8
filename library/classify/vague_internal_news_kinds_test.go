package classify

import "testing"

// Kinds of vague internal news the gray11 set found silent, told here in
// other words than the set's: a person pointed at while the writer says he
// will not name them, a draft or a provisional plan, news just learned, a
// partner that ends or stops answering, people who stop coming, a waiting
// list counted, people bored or hurt by a change. Doubt, with the rule of
// the kind of news; the same words in a public sentence pass.
func TestVagueInternalNewsKindsAreDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Je ne dirai pas qui, mais quelqu'un a encore laissé le local ouvert.", Doubt, 0, "internal"},
		{"I won't say who, but someone keeps leaving the hall unlocked.", Doubt, 0, "internal"},
		{"Le planning provisoire des permanences de janvier supprime le jeudi.", Doubt, 0, "internal"},
		{"Esquisse du budget 2027 : baisse des sorties et hausse des cotisations.", Doubt, 0, "internal"},
		{"Provisional schedule: the choir would meet only twice a month.", Doubt, 0, "internal"},
		{"On vient d'apprendre que le comité d'entreprise arrête son don.", Doubt, 0, "internal"},
		{"Le CCAS a mis fin à la convention pour les colis.", Doubt, 0, "partner"},
		{"The sports centre has stopped answering our emails since September.", Doubt, 0, "partner"},
		{"Les jeunes du foot ne reviennent plus depuis le changement d'entraîneur.", Doubt, 0, "internal"},
		{"La liste d'attente pour le jardin compte maintenant 40 familles.", Doubt, 0, "aggregate"},
		{"Les parents s'ennuient pendant les réunions, d'après plusieurs retours.", Doubt, 0, "internal"},
		{"Rien n'est calé pour la kermesse, on hésite entre deux dates.", Doubt, 0, "internal"},
		{"Le déménagement du siège se précise, restons discrets pour l'instant.", Doubt, 0, "internal"},
		{"Our chair is thinking of leaving after the summer fair.", Doubt, 0, "internal"},
		{"Le projet de friperie est encore flou, on attend les devis.", Doubt, 0, "internal"},
		{"Ambiance tendue entre les cuisiniers et l'équipe de service.", Doubt, 0, "internal"},
		{"Le comité des fêtes nous doit encore la moitié des recettes du bal.", Doubt, 0, "internal"},
		{"Deux tablettes ont disparu du local informatique.", Doubt, 0, "vague"},
		{"On va devoir supprimer la sortie de fin d'année, faute de car.", Doubt, 0, "internal"},
		{"Plusieurs familles trouvent la cantine du centre trop chère.", Doubt, 0, "internal"},
		{"Les dons rentrent moins bien depuis la rentrée.", Doubt, 0, "internal"},
		{"On se demande si on maintient le loto de décembre, vu le peu d'inscrits.", Doubt, 0, "internal"},
		{"Les seniors du club semblent moins motivés depuis la rentrée.", Doubt, 0, "internal"},
		{"On sent une certaine lassitude chez les bénévoles.", Doubt, 0, "internal"},
		{"On a l'impression que le nouveau créneau ne convient à personne.", Doubt, 0, "internal"},
		{"It seems the Tuesday group is falling apart.", Doubt, 0, "internal"},
		// the same words in public sentences pass: a waiting list open to
		// all, a provisional programme published, a place the reader will
		// recognise
		{"La liste d'attente est ouverte à tous, inscrivez-vous à l'accueil.", OK, 0, ""},
		{"Inscrivez-vous sur la liste d'attente en ligne.", OK, 0, ""},
		{"Programme provisoire du festival publié sur notre site.", OK, 0, ""},
		{"Vous reconnaîtrez facilement le lieu : c'est la maison bleue.", OK, 0, ""},
		{"Les ateliers sont restés discrets sur leurs créations jusqu'au vernissage, venez les découvrir !", OK, 0, ""},
		{"Hausse du loyer : quels sont vos droits de locataire ?", OK, 0, ""},
		{"La loi prévoit qu'un bailleur peut augmenter le loyer une fois par an.", OK, 0, ""},
		{"Le cinéma trop cher ? Profitez du tarif solidaire à 4 € le mercredi.", OK, 0, ""},
		{"Chacun se reconnaîtra dans ce spectacle sur la vie de quartier.", OK, 0, ""},
	})
}
