package classify

import "testing"

// Feasts spelt like first names, places named after public figures,
// animals up for adoption, good news announced and a call for gifts are
// no person's data; a person with the same words stays flagged.
func TestThingsNamedLikePeoplePass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Marché de Noël du quartier dimanche, vin chaud offert", OK, 0, ""},
		{"Chasse aux œufs de Pâques au parc pour les petits", OK, 0, ""},
		{"Easter egg hunt for the under-sevens at the rec", OK, 0, ""},
		{"We aim to raise £2,000 for the minibus by Easter; every pound counts!", OK, 0, ""},
		{"Until Christmas the shop opens on Sundays too.", OK, 0, ""},
		{"La médiathèque portera le nom de Gisèle Halimi à la rentrée", OK, 0, ""},
		{"The new youth centre was named after Rosa Parks", OK, 0, ""},
		{"Filou, chaton de 3 mois, vacciné et pucé, cherche une famille au refuge de Niort", OK, 0, ""},
		{"Rescue puppy, 8 months, neutered, looking for a home near Leeds", OK, 0, ""},
		{"Nous sommes fiers d'annoncer notre lauréat de l'appel à projets jeunesse", OK, 0, ""},
		{"Soutenez l'épicerie : vos dons par virement, FR76 3000 6000 0112 3456 7890 189", OK, 0, ""},
		{"Noël Martin a appelé pour son fils", Blocked, Personal, "name"},
		{"B. Toussaint n'a pas rendu les clés", Blocked, Personal, "name"},
		{"Le petit Lucas, 4 ans, vacciné hier, vient avec son chien", Blocked, 0, ""},
	})
}
