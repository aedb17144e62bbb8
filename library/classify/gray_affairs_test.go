package classify

import "testing"

// The association speaking of one of its matters in the conditional or
// with a word that leaves it open is news not settled yet, whatever the
// words of the matter: doubt. Announcements, rules for all (a condition,
// a permission, a capacity) and questions to the public stay ok.
func TestOwnAffairToldAsUnsettledIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La communauté de communes reprendrait notre navette du marché", Doubt, 0, ""},
		{"Les maraîchers du coin livreraient moins de paniers à nos familles cet été", Doubt, 0, ""},
		{"Notre imprimeur habituel doublerait ses prix à la rentrée", Doubt, 0, ""},
		{"On n'a toujours rien reçu pour le dossier de la fondation", Doubt, 0, ""},
		{"Le tarif des licences pour nos adhérents est à confirmer", Doubt, 0, ""},
		{"Nos adhérents sont prévenus pour l'instant par téléphone, le reste viendra", Doubt, 0, ""},
		{"Le club de foot voisin partagerait probablement le terrain avec nous", Doubt, 0, ""},
		{"The county might take back the van we use for deliveries", Doubt, 0, ""},
		{"Our second-hand shop has not yet found a new manager", Doubt, 0, ""},
		{"The trustees may cut the budget for the summer camp", Doubt, 0, ""},
		{"The brewery might sponsor our shirts next season", Doubt, 0, ""},
		{"Une entreprise locale nous a contactés pour un éventuel mécénat.", Doubt, 0, ""},
		{"We are looking at a possible partnership with the youth club next year", Doubt, 0, ""},
	})
}

// The same moods in public text: a rule for all, a permission, a
// capacity, an invitation, a title.
func TestPublicTextInTheConditionalStaysOK(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le pique-nique pourrait être déplacé au gymnase si le terrain est occupé", OK, 0, ""},
		{"La salle polyvalente pourrait recevoir jusqu'à 200 personnes", OK, 0, ""},
		{"Members may bring one guest to the summer party", OK, 0, ""},
		{"Nous serions ravis de vous accueillir à notre fête de quartier", OK, 0, ""},
		{"Inscrivez-vous dès que possible à notre atelier cuisine", OK, 0, ""},
		{"Members who cannot attend the AGM can give a proxy", OK, 0, ""},
		{"Les nouveaux adhérents attendus en mai pour la journée portes ouvertes", OK, 0, ""},
		{"Atelier portrait : nos bénévoles dessinent les passants", OK, 0, ""},
		{"Our choir sings carols in May at the town hall", OK, 0, ""},
	})
}

// The association speaking of one of its matters that falls, is lost or
// is in trouble is internal news, told in any words: doubt. A quantity
// (« moins de 12 ans ») or a public the association helps (« familles en
// difficulté ») is no change of its own.
func TestOwnMatterThatFallsIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Notre aide de la caisse de retraite a chuté cette année", Doubt, 0, ""},
		{"La dotation de notre fédération baisse encore", Doubt, 0, ""},
		{"Our funding from the lottery has fallen", Doubt, 0, ""},
		{"Our sponsorship income dropped", Doubt, 0, ""},
		{"Notre club accueille les moins de 12 ans le mercredi", OK, 0, ""},
		{"Notre association accompagne les familles en difficulté", OK, 0, ""},
		{"Nous proposons moins de déchets et plus de partage au repair café", OK, 0, ""},
	})
}

// How the association's people feel (worried, worn out, fed up) is news
// from inside, whatever happened: doubt. A public addressed by a notice
// (« Vous êtes épuisé ? ») is no news.
func TestFeelingsInsideTheAssociationAreDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les bénévoles de la collecte sont épuisés après ce mois de décembre", Doubt, 0, ""},
		{"Nos animateurs sont découragés par le nouveau planning", Doubt, 0, ""},
		{"Le bureau est agacé par les retards de la mairie", Doubt, 0, ""},
		{"Our stewards are fed up with the late finishes", Doubt, 0, ""},
		{"Several members feel let down and disappointed by the board", Doubt, 0, ""},
		{"Aidants épuisés ? Venez à notre café des aidants le jeudi", OK, 0, ""},
		{"Un film sur des sportifs découragés puis victorieux, projection samedi", OK, 0, ""},
	})
}

// A share of the association's public or activity is a statistic about
// it (doubt); a share of something else, a majority in a vote or a
// published figure is not.
func TestShareOfTheAssociationsPublicIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Une partie des bénévoles du vestiaire ne reviendra pas en septembre", Doubt, 0, ""},
		{"Une partie des familles de l'épicerie paie avec des chèques", Doubt, 0, ""},
		{"A minority of our volunteers do most of the driving", Doubt, 0, ""},
		{"Moitié prix pour les adhérents le mardi", OK, 0, ""},
		{"Half price for members on Tuesdays!", OK, 0, ""},
		{"Les statuts sont modifiés à la majorité des membres présents", OK, 0, ""},
	})
}

// The association's board taking part in what the sentence tells (it
// met, it is split, it asked, it was told) is internal until announced:
// doubt. An office (« au bureau »), a public body (« conseil
// municipal »), a post being filled, « ça » and a board that only signs
// are no such news.
func TestTheBoardsOwnDoingsAreDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le bureau a reçu hier un courrier de l'avocat du propriétaire", Doubt, 0, ""},
		{"Le CA n'a plus de quorum depuis deux réunions", Doubt, 0, ""},
		{"Le comité a demandé au trésorier un point sur la caisse", Doubt, 0, ""},
		{"The committee met twice this week about the hall lease", Doubt, 0, ""},
		{"Les clés sont au bureau, à côté de la photocopieuse", OK, 0, ""},
		{"Le conseil municipal vote le budget jeudi, séance publique", OK, 0, ""},
		{"Le trésorier sera élu par le bureau en octobre", OK, 0, ""},
		{"Bon, ça roule pour la kermesse de dimanche ?", OK, 0, ""},
		{"Board games and pancakes at the youth club on Friday", OK, 0, ""},
	})
}

// "Waiting" leaves a matter open as a verb (« on attend », "still waiting
// for"), not in a noun (« liste d'attente », "waiting list").
func TestWaitingListIsNoMatterLeftOpen(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Our French classes are full, but there is a waiting list at the front desk.", OK, 0, ""},
		{"Plots are given out each spring; the waiting list for our allotments is kept by the caretaker.", OK, 0, ""},
		{"The clinic's waiting room now has toys and books for our children.", OK, 0, ""},
		{"We're still waiting for the council to renew our grant.", Doubt, 0, "internal"},
		{"Our members are waiting on the insurer's answer about the minibus.", Doubt, 0, ""},
	})
}
