package classify

import "testing"

// Merging two of the association's activities is a timetable change and
// a credential's name is no confidential matter; a merger of bodies and a
// document marked confidential stay category 4.
func TestActivitiesMergedAndCredentialNamesAreNoStrategy(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"We're merging our two Saturday sessions from January.", OK, Public, ""},
		{"À partir de janvier, fusion des deux groupes de marche du jeudi.", OK, Public, ""},
		{"Votre code confidentiel vous sera envoyé par courrier.", OK, Public, ""},
		{"Ne communiquez jamais votre code confidentiel, même à la banque.", OK, Public, ""},
		{"Fusion avec l'association voisine en préparation, rien n'est signé.", Blocked, Sensitive, "merger"},
		{"We're merging with the Riverside trust next spring, keep it quiet.", Blocked, Sensitive, ""},
		{"Le code confidentiel de la carte est 4821.", Blocked, Sensitive, "credential"},
		{"Ce document est confidentiel.", Blocked, Sensitive, "confidential"},
	})
}
