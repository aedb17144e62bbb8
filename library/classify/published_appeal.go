package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

var personPossessives = lexicon.Words(lexicon.Data, "person_possessives")

// someonesAccount: the IBAN at byte offset off is said to be someone's
// (« son IBAN », "his IBAN is"): a person's account, even in a sentence
// that speaks of giving (« He wants to donate; his IBAN is … »). It reads
// the text, not the tokens: it runs after the last sentence.
func (a *analysis) someonesAccount(off int) bool {
	words := strings.FieldsFunc(a.text[max(0, off-40):off], func(r rune) bool {
		return r == ' ' || r == '\u00a0' || r == ':' || r == ',' || r == '\''
	})
	for k := max(0, len(words)-3); k < len(words); k++ {
		if personPossessives[strings.ToLower(words[k])] {
			return true
		}
	}
	return false
}
