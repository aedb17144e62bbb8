package classify

import "testing"

// A name credited on a work (« Mise en scène : … », "Conductor: …",
// « Crédits photo : © … ») is signed in public and passes; a photo that
// shows someone, contact details, a tie to the association, news or a
// special-category fact keep the person.
func TestNameCreditedOnAWorkPasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Crédits photo : © Nathalie Bercot / Fête de la musique 2024", OK, 0, ""},
		{"Photo © Thomas Lemaire – tous droits réservés", OK, 0, ""},
		{"Photo credits: © Daniel Hughes / Spring Fair 2024", OK, 0, ""},
		{"Conductor: Margaret Ellison. Soloist: Peter Crane (tenor).", OK, 0, ""},
		{"Illustrations : Léonie Garcin ; textes : Hugo Marchal.", OK, 0, ""},
		{"Texte et mise en scène de Pauline Arnaud, avec la troupe du Petit Théâtre.", OK, 0, ""},
		{"Mise en scène : Camille Ferrand.", OK, 0, ""},
	})
}

func TestCreditedNameWithAPrivateFactStaysBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Photo : Nathalie Bercot à l'hôpital après son opération.", Blocked, Sensitive, ""},
		{"Photos de Thomas Lemaire, notre bénévole, prises chez lui.", Blocked, Personal, "name"},
		{"Mise en scène : Camille Ferrand, 06 12 34 56 78.", Blocked, Personal, ""},
		{"Photo credits: Daniel Hughes, our treasurer, who is off sick with depression.", Blocked, Sensitive, ""},
		{"Mise en scène : Camille Ferrand, qui sort d'une dépression.", Blocked, Sensitive, ""},
		{"Conductor: Margaret Ellison, our volunteer, since yesterday in hospital.", Blocked, 0, "name"},
		{"Direction : Mme Martin", Blocked, Personal, "name"},
		{"Chef de service : Paul Girard", Blocked, Personal, "name"},
		{"Mise en scène : Camille Ferrand, qui doit encore sa cotisation.", Blocked, Personal, "name"},
		{"Illustrations: Daniel Hughes, who owes us for last year's trip.", Blocked, Personal, "name"},
	})
}
