package classify

import "testing"

// A commune spelt like a first name (Marie, Nancy, Lourdes) after « à » or
// « de » is a person when a surname follows it: « merci à Marie Durand »
// thanks someone, it names no village. The commune alone stays a place.
func TestCommuneSpeltLikeFirstNameBeforeSurname(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Merci à Marie Durand pour les gâteaux.", Blocked, Personal, "name"},
		{"Concert de la chorale : solo de Marie Prévert.", Blocked, Personal, "name"},
		{"Le vélo de Marie Kowalski est resté dans la cour.", Blocked, Personal, "name"},
		{"Thanks to Nancy Whitfield for the cakes!", Blocked, Personal, "name"},
		{"Le car part de Lourdes à 8 h.", OK, Public, ""},
		{"Randonnée de Marie à Saint-Sauveur-sur-Tinée.", OK, Public, ""},
	})
}
