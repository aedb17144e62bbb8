package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A password given right after its word, with no sign and no shape of
// its own (« ssh admin@…, mot de passe toor », "password hunter2" has a
// digit, "password toor" has none): the byte scanner cannot tell « toor »
// from a word of the sentence (« mot de passe oublié »), the lexicon can.
// One token after the word, ending its clause, that is no French or
// English word, no word of any class (a first name, a place, a service:
// « mot de passe Pronote » is the service's, « mot de passe wifi » the
// network's) is the value.

// passwordNouns are the words of a password, not of any code (« code
// postal 75011 », « PIN » of a card: other rules read those).
var passwordNouns = lexicon.Words(lexicon.Data, "password_nouns")

// barePassword: a password noun and its value, at the end of a clause.
func (a *analysis) barePassword() bool {
	toks := a.s.Toks
	for k := 0; k+1 < len(toks); k++ {
		if !passwordNouns[toks[k].Norm] || toks[k+1].Sep != 0 {
			continue
		}
		v := &toks[k+1]
		if k+2 < len(toks) && !isClauseSep(toks[k+2].Sep) {
			continue // « mot de passe toor pour le serveur »: read by nothing else either, but rarer than a word
		}
		if len(v.Norm) < 4 || len(v.Norm) > 32 || v.Has(text.Digit) || v.Cls != (text.ClassSet{}) ||
			passwordNouns[v.Norm] || secretAccounts[v.Norm] || a.dictionaryWord(k+1) {
			continue // digits: the byte scanner's; a word, a name, a service, a network
		}
		return true
	}
	return false
}
