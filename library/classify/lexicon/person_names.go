package lexicon

import "sync"

// personNames holds every first name and surname of the lists, the
// ambiguous ones too (Rose, Pierre, Blanc), read on first use: the byte
// scanner asks only when an address's local part is a common word
// (direct/direct_email.go), so that most runs never read them here.
var personNames = sync.OnceValue(func() WordSet {
	return LoadWords(Data, "data/firstnames.txt", "data/firstnames_extra.txt", "data/firstnames_gaelic.txt",
		"data/firstnames_ambiguous.txt", "data/lastnames.txt", "data/lastnames_extra.txt", "data/lastnames_zxcvbn.txt")
})

// IsPersonName reports a folded word that is a first name or a surname
// of the lists.
func IsPersonName(w string) bool { return personNames()[w] }
