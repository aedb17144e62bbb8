package direct

import "testing"

// A sum of money after a body's keyword is no identity number, in euros,
// pounds or dollars, before or after the sign; the body's identifier
// without a currency stays found.
func TestAmountAfterABodyIsNoIdentifier(t *testing.T) {
	for _, text := range []string{
		"Budget CAF : 1234567 €",
		"Aide de la CAF en 2025 : 2345678 euros",
		"CAF grant this year: £ 4567890",
		"Passeport jeunes : enveloppe de 1500000 EUR pour la région",
		"Participation CPAM : 3456789€ sur trois ans",
	} {
		for _, f := range Find(text) {
			if f.Rule == "id-document" {
				t.Errorf("%q: id-document on %q", text, text[f.Start:f.End])
			}
		}
	}
	checkDirect(t, []directCase{
		{"Numéro CNI : 880692310285, à photocopier", "id-document", Blocked, "880692310285"},
		{"passport no. 19AB12345 expires in May", "id-document", Blocked, "19AB12345"},
	})
}
