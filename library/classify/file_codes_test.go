package classify

import "testing"

// A member's, a resident's or a file's code made of letters and digits
// points at one person; the file of a thing, a year, a date and a phone
// number after the same words are not such a code.
func TestAPersonsCodeInAFileIsPersonal(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Matricule adhérent : A-2021-117, inscrit en septembre 2021", Blocked, Personal, "public-id"},
		{"N° de dossier bénéficiaire : BEN-4471, relogement en attente", Blocked, Personal, "public-id"},
		{"Dossier 22/187 (famille hébergée) : relance CAF à faire", Blocked, Personal, "public-id"},
		{"Bénévole B-019 : arrivé en 2018, permis B", Blocked, Personal, "public-id"},
		{"Volunteer ID V-0077, joined March 2020.", Blocked, Personal, "public-id"},
		{"Adhérent depuis 2019-2020, toujours fidèle au poste.", OK, Public, ""},
		{"Bénévole 12/05 au stand, 14/05 à la buvette.", OK, Public, ""},
		{"Atelier n° 3 : réparation de vélos.", OK, Public, ""},
		{"Identifie chaque personne par un identifiant neutre (par exemple Bénéficiaire_001) plutôt que par son nom.", OK, Public, ""},
	})
}
