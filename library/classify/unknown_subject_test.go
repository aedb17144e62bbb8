package classify

import "testing"

// A short unknown capitalised word (or two, a full name's shape)
// opening the sentence before an auxiliary is someone: a weak special
// fact told of it is category 4; a longer one too when the fact follows
// the auxiliary (« Nasrin a été surprise à voler »). A longer unknown word
// (a service) with its fact further on and a sentence with no special
// fact stay as they were.
func TestUnknownShortSubjectAnchorsAWeakFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Kev was discharged from the psych ward yesterday.", Blocked, Sensitive, "health"},
		{"Kev a fait une TS hier.", Blocked, Sensitive, "health"},
		{"Kev is in the psych ward.", Blocked, Sensitive, "health"},
		{"Zéphyrin revient de l'HP", Blocked, Sensitive, "health"}, // a verb of coming back, as an auxiliary
		{"Kev comes back from rehab on monday", Blocked, Sensitive, "health"},
		{"Zumba revient en septembre", OK, 0, ""},
		{"Zoom a planté pendant la réunion.", OK, 0, ""},
		{"Deezer a lancé une playlist pour les personnes alitées à l'hôpital.", OK, 0, ""},
		{"Gildas Kervran est à l'hôpital depuis lundi.", Blocked, Sensitive, "health"},
		{"Maiwenn Kerbrat a fait une TS.", Blocked, Sensitive, "health"},
		{"Blablacar est utilisé par les patients dialysés.", OK, 0, ""},
		{"Decathlon a fait une collecte pour les malades.", OK, 0, ""},
		{"Nasrin a été surprise à voler au supermarché samedi.", Blocked, Sensitive, "criminal"}, // longer, the fact right after the auxiliary
		{"Oumaïma a été prise à voler au marché.", Blocked, Sensitive, "criminal"},
	})
}
