package classify

import "testing"

// A place named like a first name (Brittany, Florence, Roya, the Rex
// cinema) after a preposition that introduces only a place (« en »,
// « au », "in", "near"), or inside the name of a body (« Vallée de la
// Roya »), is a place: the text passes.
func TestPlaceNamedLikeAFirstNamePasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Our mission is to help English-speaking families in Brittany with paperwork", OK, 0, ""},
		{"Walking holiday in Virginia for the hiking club, booking open until May", OK, 0, ""},
		{"Wine tasting evening with bottles from a small vineyard in Adelaide, Friday 7pm", OK, 0, ""},
		{"Séance de cinéma au Rex, tarif unique 4 €, mardi 14h", OK, 0, ""},
		{"Concert de l'harmonie au Régent, entrée libre, samedi 20h", OK, 0, ""},
		{"Séjour de randonnée en Corse pour les adhérents du club, inscriptions ouvertes", OK, 0, ""},
		{"Association Solidarité Migrants Vallée de la Roya", OK, 0, ""},
		{"Comité des fêtes de la Vallée de la Durance : programme de l'été", OK, 0, ""},
		{"The Franco-British Chamber of Commerce sponsors our summer fair", OK, 0, ""},
		{"Jumelage franco-allemand : accueil de la délégation le 14 mai", OK, 0, ""},
	})
}

// A person named after those words (a possessive, a civility, a full
// name, a role in apposition) stays a person.
func TestPlaceNamedLikeAFirstNameKeepsPersons(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The papers are in Brittany's bag, she forgot them on Monday", Blocked, Personal, "name"},
		{"Rendez-vous au local avec Florence Mercier pour son dossier RSA", Blocked, 0, "name"},
		{"Kevin Adelaide, our treasurer, lives near the station", Blocked, Personal, "name"},
		{"Le dossier de Mme Roya est en attente à la CAF", Blocked, Personal, "name"},
		{"Les clés sont chez Virginia, notre trésorière", Blocked, Personal, "name"},
		{"Rex, 14 ans, vient seul au club le mercredi", Blocked, Personal, ""},
		{"In Brittany Morgan's file the phone number is wrong", Blocked, Personal, "name"},
		{"Demander à Corinne Franco si elle peut venir samedi", Blocked, Personal, "name"},
		{"Appeler la famille Roya au sujet de la facture", Blocked, Personal, ""},
		{"Brittany, our volunteer, is in hospital since Monday", Blocked, 0, ""},
		{"Seat the new volunteer near Karen at the Christmas lunch", Blocked, Personal, "name"},
	})
}
