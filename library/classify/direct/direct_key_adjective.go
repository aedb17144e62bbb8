package direct

// quantityWords before « clés » count keys (« deux clés », « plusieurs
// clés »): the word is a noun there, as after a determiner.
var quantityWords = map[string]bool{
	"deux": true, "trois": true, "quatre": true, "cinq": true, "plusieurs": true, "quelques": true,
	"toutes": true, "autres": true, "memes": true, "leurs": true, "dans": true, "sous": true,
	"vers": true, "chez": true, "apres": true, "pres": true, "depuis": true, "doubles": true,
}

// keyAsAdjective reports « clé » used as an adjective after a plural noun
// (« chiffres clés », « mots-clés », « dates clés du projet »): French puts
// the adjective right after its noun, with a space or a hyphen and no
// determiner, where a key (« la clé », « les clés du local ») follows one.
// A colon later in the sentence then introduces figures, not a secret.
func (s *scanner) keyAsAdjective(kwStart int) bool {
	if kwStart < 2 || s.text[kwStart-1] != ' ' && s.text[kwStart-1] != '-' {
		return false
	}
	e := kwStart - 1
	b := e
	for b > 0 && (isAlnum(s.text[b-1]) || s.text[b-1] >= 0x80) {
		b--
	}
	w := s.text[b:e]
	if len(w) < 4 || hasDigit(w) || w[len(w)-1] != 's' && w[len(w)-1] != 'x' {
		return false
	}
	var key [48]byte
	return !quantityWords[string(foldKey(&key, w))]
}
