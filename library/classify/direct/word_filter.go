package direct

// Most words start nothing: the detectors that word runs at a word start
// (a spelled e-mail, an IBAN, a plate, a national insurance number, an
// Eircode, a profile link, a secret token, a keyword) each look at the first bytes
// and give up, which cost about seventy instructions a word, an eighth of
// the short lines' time. plainWord asks all their first tests at once,
// from one table of byte pairs and two checks that depend on more bytes;
// when it is unsure, word runs the detectors as before.

// minSecret is the length of the shortest secret token shapes reads.
const minSecret = 20

// wordPairs holds the first two bytes at which a detector of word may
// start: a plate or a national insurance number (two capitals), an
// Eircode (a capital and a digit), a profile link's host or a keyword (their own pair tables).
var wordPairs = func() (p bitPairs) {
	for a := range 256 {
		for b := range 256 {
			c, d := byte(a), byte(b)
			if sivLetter(c) && sivLetter(d) || isUpper(c) && isUpper(d) || eircodeLetter(c) && isDigit(d) ||
				profileSitePairs.has(lower(c), lower(d)) || keywordPairs.has(lower(c), lower(d)) {
				p.set(c, d)
			}
		}
	}
	return p
}()

// plainWord returns the end of the word at i (skipWord) when no detector
// of word can match there: each of their first tests fails. It returns 0
// when unsure (then word runs them), never an end for a word that starts
// something.
func (s *scanner) plainWord(i int) int {
	t := s.text
	if i+1 >= len(t) {
		return 0
	}
	c, d := t[i], t[i+1]
	if wordPairs.has(c, d) || (c|0x20 == 'a' || c|0x20 == 'c' && d|0x20 == 'h' && hasPrefixFold(t[i:], "chez ")) && i > 0 && t[i-1] == ' ' {
		return 0 // a pair some detector starts with, or a spelled e-mail's « a », « chez »
	}
	if isLetter(c) && isLetter(d) && i+3 < len(t) && (isDigit(t[i+2]) || t[i+2] == ' ' && isDigit(t[i+3])) {
		return 0 // an IBAN's country and check digits, a national insurance number in lower case (« jk 55 19 02 d »)
	}
	j := skipWord(t, i)
	if j-i >= minShortSecret && mixedCaseDigits(t[i:j]) || j-i >= minSecret || j < len(t) && isSecretByte(t[j]) && !(i > 0 && isSecretByte(t[i-1])) {
		return 0 // a secret token may run from i: twenty word bytes, or more past a '-' or a '_'
	}
	return j // the secret bytes from i stop within the word, before twenty
}

// mixedCaseDigits reports a word holding a capital, a small letter and a
// digit: it may be a password (shortRandom).
func mixedCaseDigits(w string) bool {
	var cl uint8
	for k := 0; k < len(w); k++ {
		cl |= byteClass[w[k]]
	}
	return cl&(clUpper|clLower|clDigit) == clUpper|clLower|clDigit
}
