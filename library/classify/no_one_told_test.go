package classify

import "testing"

// A special-category word no one owns, in a full sentence of dictionary
// words that tells of no one, is a doubt, not a precaution's block.
func TestInformationTellsOfNoOne(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le CSAPA de la ville accueille anonymement et gratuitement toute personne concernée par une addiction.", Doubt, 0, ""},
		{"Le cancer du pancréas est l'un des plus difficiles à soigner, selon l'Institut national du cancer.", Doubt, 0, ""},
		{"Une IVG médicamenteuse peut être pratiquée jusqu'à neuf semaines de grossesse.", Doubt, 0, ""},
		{"If you are in crisis, call or text 988 to reach the Suicide & Crisis Lifeline.", Doubt, 0, ""},
		{"Hodgkin's lymphoma is treatable in most cases.", Doubt, 0, ""},
		{"Le pacemaker est un boîtier implanté sous la peau qui régule le rythme cardiaque.", Doubt, 0, ""},
		{"Type 2 diabetes can often be prevented by regular exercise and a balanced diet.", Doubt, 0, ""},
	})
}

// The precaution stays on a form's note about its person: a fragment, a
// label and its value, a verb with no subject, a bare term first, a
// first name or nickname, a tie to someone, a moment, a private
// shorthand — and a person in another sentence blocks the topic.
func TestFormNoteKeepsThePrecaution(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"sous curatelle renforcée", Blocked, Sensitive, ""},
		{"Groupe sanguin : O négatif, allergie aux arachides", Blocked, Sensitive, ""},
		{"Est sorti de prison le mois dernier et cherche un logement dans le quartier.", Blocked, Sensitive, ""},
		{"Porte le voile et ne veut pas être prise en photo pendant la fête de quartier.", Blocked, Sensitive, ""},
		{"Ne mange pas de porc pour raisons religieuses, prévoir un autre plat au repas.", Blocked, Sensitive, ""},
		{"Has been in rehab twice and is trying to stay sober for the cricket season.", Blocked, Sensitive, ""},
		{"Diabète de type 1, insuline le matin et le soir, attention au sucre pendant la sortie.", Blocked, Sensitive, ""},
		{"Mo is blind in one eye after the accident at the depot.", Blocked, Sensitive, ""},
		{"Bill canvasses for Reform UK every single weekend.", Blocked, Sensitive, ""},
		{"gf is pregnant and nobody at the club knows yet", Blocked, Sensitive, ""},
		{"La chimiothérapie orale commencée hier provoque beaucoup de fatigue.", Blocked, Sensitive, ""},
		{"Une chimiothérapie orale provoque souvent de la fatigue. Ma mère en suit une depuis mars.", Blocked, Sensitive, ""},
		{"The minibus driver deals drugs near the school gates.", Blocked, Sensitive, ""},
		{"Background check came back for the new youth leader: one conviction for assault.", Blocked, Sensitive, ""},
		{"Vous êtes enceinte : nous avons prévu une place assise.", Blocked, Sensitive, ""},
		{"La femme du gardien est enceinte de jumeaux, elle ne viendra plus.", Blocked, Sensitive, ""},
		{"La pointeuse à empreintes digitales enregistre les entrées du gymnase.", Blocked, Sensitive, ""},
	})
}

// The read-only review of stop 42: form notes that open on a verb or an
// adjective, a shorthand before "'s", a phrase of other_senses.txt cut by
// a comma, neighbours in the plural.
func TestReviewOfNoOneTold(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Suit un traitement contre le cancer et se fatigue vite l'après-midi.", Blocked, Sensitive, "health"},
		{"Consulte un psychiatre tous les quinze jours pour des idées noires.", Blocked, Sensitive, ""},
		{"Reçoit une chimiothérapie chaque mardi, prévoir un transport adapté.", Blocked, Sensitive, "health"},
		{"Revient de prison et cherche un logement dans le quartier.", Blocked, Sensitive, "criminal"},
		{"Very religious, prays five times a day, needs a room at the centre.", Blocked, Sensitive, ""},
		{"The bf's diagnosis is HIV and nobody at the club knows about it.", Blocked, Sensitive, "health"},
		{"The new tenant is blind, test the audio guide with him before Friday.", Blocked, Sensitive, "health"},
		{"Attirons les bénévoles des voisins avec une prime de fin d'année.", Blocked, Sensitive, ""},
	})
}
