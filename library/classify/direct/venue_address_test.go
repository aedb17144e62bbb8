package direct

import "testing"

// An address after a venue's or an organisation's name is where the
// venue is; after a person's name it is a home.
func TestAddressAfterAVenueOrAName(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Verdict // of the address finding; OK for none
	}{
		{"Thé dansant à l'EHPAD Marcel Paul, 12 rue du 8 Mai 1945.", OK},
		{"Sunday service at Holy Trinity Church, 1 rue de la Paix, Nice, at 10.30am.", OK},
		{"The jumble sale is at the Village Hall, 3 Church Lane, from 10 am.", OK},
		{"Emmaüs Solidarité, 32 rue des Bourdonnais, Paris 1er, recrute des bénévoles.", Doubt},
		{"Lucie Fontaine, 12 rue Jean Jaurès, 69100 Villeurbanne.", Blocked}, // a surname that is a word
		{"Karim Benali, 12 rue Jean Jaurès, 69100 Villeurbanne.", Blocked},
		{"Pierre Blanc, 4 rue des Lilas.", Blocked},
	} {
		var got Verdict
		for _, f := range Find(tc.text) {
			if f.Rule == "postal-address" {
				got = f.Verdict
			}
		}
		if got != tc.want {
			t.Errorf("%q: address %v, want %v", tc.text, got, tc.want)
		}
	}
}

// After a verb of living, a number and a street named without its type
// is a home address; a number of things is not.
func TestBareStreetAfterAVerbOfLiving(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Verdict
	}{
		{"La dame qu'on livre le vendredi habite 22 des Acacias, au fond de la cour.", Blocked},
		{"He lives at 4 the Willows, Leeds.", Blocked},
		{"Il habite au 5 de la Roseraie.", Blocked},
		{"Le club habite 3 salles différentes.", OK},
	} {
		var got Verdict
		for _, f := range Find(tc.text) {
			if f.Rule == "postal-address" {
				got = f.Verdict
			}
		}
		if got != tc.want {
			t.Errorf("%q: address %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A France Travail number written glued is an identifier all the same.
func TestGluedFranceTravailNumber(t *testing.T) {
	blocked := false
	for _, f := range Find("Pour son dossier d'inscription, son n° FranceTravail 1234567A.") {
		blocked = blocked || f.Verdict == Blocked
	}
	if !blocked {
		t.Error("a glued FranceTravail number passed")
	}
}
