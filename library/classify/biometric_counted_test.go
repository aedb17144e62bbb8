package classify

import "testing"

// A biometric collection that counts the people it is taken from (« des
// 12 salariés », "all 25 staff") still aims at the association's own,
// identifiable people: category 4, even when the sentence says what the
// collection gives access to. A talk, an exhibition or a workshop about
// biometrics, counted visitors included, names no such group.
func TestBiometricsOfACountedGroupOfOwnPeople(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Fichier des empreintes digitales des 12 salariés pour la nouvelle pointeuse.", Blocked, Sensitive, "biometric"},
		{"Gabarits d'empreintes digitales des 48 adhérents pour l'accès à la salle.", Blocked, Sensitive, "biometric"},
		{"Empreintes digitales de nos deux gardiens, stockées par le prestataire.", Blocked, Sensitive, "biometric"},
		{"Reconnaissance faciale des 30 enfants du centre de loisirs à l'entrée.", Blocked, Sensitive, "biometric"},
		{"Empreintes digitales des 15 bénévoles enregistrées sur la badgeuse du local.", Blocked, Sensitive, "biometric"},
		{"Scan de l'iris des 6 salariés de l'entrepôt pour l'accès à la chambre froide.", Blocked, Sensitive, "biometric"},
		{"Empreintes digitales des adhérents pour l'accès à la salle de musculation.", Blocked, Sensitive, "biometric"},
		{"Fingerprints of all 25 staff members for the new time clock.", Blocked, Sensitive, "biometric"},
		{"Palm scans of our 60 members stored on the gym's door system.", Blocked, Sensitive, "biometric"},
		{"Facial recognition of the 40 residents at the front door, data kept by the supplier.", Blocked, Sensitive, "biometric"},
		{"Fingerprints of our three night volunteers are stored on the access system.", Blocked, Sensitive, "biometric"},
		{"Tableau des empreintes digitales des 20 licenciés, pour l'accès au vestiaire.", Blocked, Sensitive, "biometric"},
		{"Conférence sur la biométrie et les empreintes digitales, ouverte à tous.", OK, Public, ""},
		{"Atelier : comment la police relève les empreintes digitales, pour les 12-15 ans.", OK, Public, ""},
		{"Talk: facial recognition in public spaces, what are your rights?", OK, Public, ""},
		{"Exposition sur la reconnaissance faciale, accès libre pour les 200 premiers visiteurs.", OK, Public, ""},
		{"Les personnes handicapées accèdent par la rampe.", OK, Public, ""},
		{"Science club: 12 children learn how fingerprints are unique, open to all.", OK, Public, ""},
	})
}
