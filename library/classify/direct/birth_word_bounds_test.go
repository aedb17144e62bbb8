package direct

import "testing"

// A birth word is a word: « né le », « née en » stand at the start of one,
// not at the end of « guillotinée », « donné », « bagne ».
func TestBirthWordsEndNoOtherWord(t *testing.T) {
	checkNone(t, "birthdate", []string{
		"La comtesse fut guillotinée le 3 mars 1794 à Lyon.",
		"Le chèque donné le 12 mars 2024 a été encaissé.",
		"Marius Durand fut envoyé au bagne en 1905.",
		"Le local, abandonné en 1987, a été rénové.",
	})
	checkDirect(t, []directCase{
		{"Mme Roux, née le 12 mars 1941, vit seule.", "birthdate", Blocked, "12 mars 1941"},
		{"Paul Girard, né en 1987", "birthdate", Doubt, "1987"},
	})
}

// « elle est du 3 juin 1948 », « il est de 1952 »: the day or the year a
// person is from is their birth's; a bill or a recent date is not.
func TestAPersonIsFromTheDateOfTheirBirth(t *testing.T) {
	checkDirect(t, []directCase{
		{"elle est du 3 juin 1948, elle a toujours vécu dans le quartier", "birthdate", Blocked, "3 juin 1948"},
		{"il est du 12/03/1951", "birthdate", Blocked, "12/03/1951"},
		{"il est de 1952, comme ma mère", "birthdate", Doubt, "1952"},
	})
	checkNone(t, "birthdate", []string{
		"La facture est du 3 juin 2010.",
		"elle est du 3 juin dernier",
		"La chapelle est de 1952.",
	})
}
