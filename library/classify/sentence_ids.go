package classify

import (
	"strconv"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Identifiers that the byte scanner (package direct) does not know and that
// read best as tokens: IP addresses (personal data, CJEU Breyer, 2016) and
// the identifiers public bodies give a person ("identifiant France
// Travail : 4827163K").

func (a *analysis) findSentenceIDs() {
	toks := a.s.Toks
	for i := 0; i < len(toks); i++ {
		if !toks[i].Has(text.Digit) && (i+1 >= len(toks) || toks[i+1].Sep != ':') {
			continue // an address starts with a number or a group before a colon
		}
		if j := a.ipv4At(i); j > i {
			a.add(ruleIP, i, j)
			i = j - 1
		} else if j := a.ipv6At(i); j > i {
			a.add(ruleIP, i, j)
			i = j - 1
		}
	}
	a.findBodyID()
	a.findBodyNumber()
	a.findNINO()
	a.findSpelledPhone()
	a.findSpacedCode()
	a.findHandle()
	a.findCardSecurityCode() // card_security_code.go: « crypto 381 »
	a.findCoordinates()
	a.findCallsign() // callsign.go: « F6KZT »
}

// publicCodeWords make the code a public one (public_code_words.txt).
var publicCodeWords = lexicon.Words(lexicon.Data, "public_code_words")

// findSpacedCode: a code typed digit by digit ("code de l'alarme : 1 9 0
// 4", "alarm code is 5 5 1 2") after a word that names a code.
func (a *analysis) findSpacedCode() {
	if !a.has(cCodeWord) {
		return
	}
	toks := a.s.Toks
	for i, t := range toks {
		if t.Is(cCodeWord) && (i > 0 && publicCodeWords[toks[i-1].Norm] || i+1 < len(toks) && publicCodeWords[toks[i+1].Norm] ||
			publicCode(toks, i, i+1)) { // secret_words.go: « le Code du travail et la loi n° 78-17 »
			return // "code postal 7 5 0 1 1", "sort code 20-00-00"
		}
	}
	for i := 0; i < len(toks); i++ {
		if j := a.groupedCodeAt(i); j > 0 { // grouped_code.go: « 493 018 »
			a.add(ruleCredential, i, j)
			return
		}
		j := i
		for j < len(toks) && toks[j].Has(text.Digit) && len(toks[j].Norm) == 1 && (j == i || toks[j].Sep == 0) {
			j++
		}
		if j-i >= 4 && j-i <= 8 {
			a.add(ruleCredential, i, j)
			return
		}
		i = j
	}
}

// ipv4At: four numbers of 0 to 255 glued by dots ("78.243.19.160"), not
// preceded by a version word.
func (a *analysis) ipv4At(i int) int {
	toks := a.s.Toks
	if i+3 >= len(toks) {
		return 0
	}
	for k := i; k < i+4; k++ {
		if !toks[k].Has(text.Digit) || len(toks[k].Norm) > 3 || k > i && !text.Joined(toks, k, '.') {
			return 0
		}
		if n, err := strconv.Atoi(toks[k].Norm); err != nil || n > 255 {
			return 0
		}
	}
	if i+4 < len(toks) && text.Joined(toks, i+4, '.') && toks[i+4].Has(text.Digit) ||
		i > 0 && text.Joined(toks, i, '.') && toks[i-1].Has(text.Digit) {
		return 0 // five groups, before or after: not an address (« 05.56.78.90.12 » is a phone number)
	}
	if privateIPv4(toks[i].Norm, toks[i+1].Norm) {
		return 0 // a local network address (the association's box) points at no one
	}
	if a.ipNotPerson(i) {
		return 0 // ip_not_person.go: « DNS sur 8.8.8.8 », « article 3.2.1.4 »
	}
	return i + 4
}

// ipv6At: at least five groups of one to four hexadecimal digits glued by
// colons ("2a01:cb1d:8a4:e300:…"), with a digit somewhere.
func (a *analysis) ipv6At(i int) int {
	toks := a.s.Toks
	k, digit := i, false
	for k < len(toks) && (k == i || text.Joined(toks, k, ':')) && isHexGroup(toks[k].Norm) {
		digit = digit || toks[k].Flags&text.Letter == 0
		k++
	}
	if k-i < 5 || !digit {
		return 0
	}
	return k
}

// privateIPv4: 10/8, 127/8, 192.168/16, 172.16/12 (RFC 1918, loopback).
func privateIPv4(a, b string) bool {
	n, _ := strconv.Atoi(b)
	return a == "10" || a == "127" || a == "192" && b == "168" || a == "172" && n >= 16 && n <= 31
}

func isHexGroup(w string) bool {
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// findBodyID: a code of digits and letters (six or more characters, both
// kinds) in a sentence that names a public body's identifier.
func (a *analysis) findBodyID() {
	if !a.has(cBodyID) {
		return
	}
	for i, t := range a.s.Toks {
		if i > 0 && len(t.Norm) >= 6 && t.Flags&(text.Digit|text.Letter) == 0 && digitsIn(t.Norm) >= 5 {
			a.add(rulePublicID, i, i+1)
			return
		}
	}
}

func digitsIn(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			n++
		}
	}
	return n
}
