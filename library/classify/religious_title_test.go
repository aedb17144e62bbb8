package classify

import "testing"

// Religion told without its noun: the title of a religious order before a
// first name, in a sentence that names a house or an order of consecrated
// life (« Sœur Odile, de la congrégation des Franciscaines », "Brother
// Thomas from the priory"). Kin (« ma sœur Claire »), a song, a guided
// visit or a walk to a monastery keep their verdict.
func TestReligionOfAMemberOfAnOrderByItsTitle(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Sœur Odile, de la congrégation des Franciscaines, anime l'aide aux devoirs.", Blocked, Sensitive, "religion"},
		{"Sister Mary from St Anne's convent will bring the cakes.", Blocked, Sensitive, "religion"},
		{"Frère Jean, moine à l'abbaye de Cîteaux, prête sa camionnette.", Blocked, Sensitive, "religion"},
		{"Sœur Bernadette vit au couvent depuis quarante ans et tient la friperie.", Blocked, Sensitive, "religion"},
		{"Brother Thomas from the priory runs the Thursday soup kitchen.", Blocked, Sensitive, "religion"},
		{"Mère Agnès, prieure du carmel, accueille les réunions du bureau.", Blocked, Sensitive, "religion"},
		{"Père Michel, des Jésuites de Lyon, fera la lecture au repas des aînés.", Blocked, Sensitive, "religion"},
		{"Sister Catherine, a Benedictine at the abbey, tutors two of our pupils.", Blocked, Sensitive, "religion"},
		{"Visite guidée du couvent des Ursulines samedi, ouverte à tous.", OK, Public, ""},
		{"Concert de Noël à l'abbaye : entrée libre.", OK, Public, ""},
		{"Ma sœur Claire viendra aider à la buvette près du couvent.", Blocked, Personal, ""},       // a name, never category 4
		{"My brother Daniel will drive the minibus to the abbey on Sunday.", Blocked, Personal, ""}, // personal before this rule, and still
		{"Repas halal et végétarien disponibles sur demande à la fête de quartier.", OK, Public, ""},
		{"Kosher and vegetarian options at the summer barbecue, all welcome.", OK, Public, ""},
		{"Chorale : on répète Frère Jacques en canon pour la fête de l'école.", Blocked, Personal, ""}, // personal before this rule, and still
		{"Randonnée jusqu'au monastère de la Grande Chartreuse, départ 8 h du parking.", OK, Public, ""},
	})
}
