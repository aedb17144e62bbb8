package classify

import "testing"

// A familiar title before a short first name or a nickname, and a
// syllable said twice, name one person a club knows; words of the same
// shape that are no nickname, and a bar after its article, do not.
func TestNicknamesNoListHolds(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Tonton Ray nous prête sa remorque pour la brocante", Blocked, Personal, "name"},
		{"Pour les 90 ans de Mamie Zou, gâteau au local samedi", Blocked, Personal, "name"},
		{"Ask Auntie Bev if the urn is still in the cupboard", Blocked, Personal, "name"},
		{"Bon ben Riri il a encore oublié les clés", Blocked, Personal, "name"},
		{"Merci à Zaza pour les crêpes !", Blocked, Personal, "name"},
		{"Fifi et moi on tient la caisse", Blocked, Personal, "name"},
		{"Soirée au Yoyo samedi, entrée libre", OK, 0, ""},
		{"Atelier Bonbon : fabrication de sucettes pour les enfants", OK, 0, ""},
		{"Papa, maman et les enfants sont les bienvenus au goûter", OK, 0, ""},
	})
}
