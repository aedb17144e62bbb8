package classify

import (
	"strconv"
)

// Identifiers that the byte scanner (direct*.go) does not know and that
// read best as tokens: IP addresses (personal data, CJEU Breyer, 2016) and
// the identifiers public bodies give a person ("identifiant France
// Travail : 4827163K").

func (a *analysis) findSentenceIDs() {
	toks := a.s.toks
	for i := 0; i < len(toks); i++ {
		if !toks[i].has(fDigit) && (i+1 >= len(toks) || toks[i+1].sep != ':') {
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
	a.findSpacedCode()
	a.findHandle()
}

// findSpacedCode: a code typed digit by digit ("code de l'alarme : 1 9 0
// 4", "alarm code is 5 5 1 2") after a word that names a code.
func (a *analysis) findSpacedCode() {
	if !a.has(cCodeWord) {
		return
	}
	toks := a.s.toks
	for i := 1; i < len(toks); i++ {
		if toks[i].norm == "postal" || toks[i].norm == "postaux" || toks[i].norm == "post" {
			return // "code postal 7 5 0 1 1"
		}
	}
	for i := 0; i < len(toks); i++ {
		j := i
		for j < len(toks) && toks[j].has(fDigit) && len(toks[j].norm) == 1 && (j == i || toks[j].sep == 0) {
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
	toks := a.s.toks
	if i+3 >= len(toks) || i > 0 && (toks[i-1].norm == "version" || toks[i-1].norm == "v") {
		return 0
	}
	for k := i; k < i+4; k++ {
		if !toks[k].has(fDigit) || len(toks[k].norm) > 3 || k > i && !joined(toks, k, '.') {
			return 0
		}
		if n, err := strconv.Atoi(toks[k].norm); err != nil || n > 255 {
			return 0
		}
	}
	if i+4 < len(toks) && joined(toks, i+4, '.') && toks[i+4].has(fDigit) {
		return 0 // five groups: not an address
	}
	if privateIPv4(toks[i].norm, toks[i+1].norm) {
		return 0 // a local network address (the association's box) points at no one
	}
	return i + 4
}

// ipv6At: at least five groups of one to four hexadecimal digits glued by
// colons ("2a01:cb1d:8a4:e300:…"), with a digit somewhere.
func (a *analysis) ipv6At(i int) int {
	toks := a.s.toks
	k, digit := i, false
	for k < len(toks) && (k == i || joined(toks, k, ':')) && isHexGroup(toks[k].norm) {
		digit = digit || toks[k].flags&fLetter == 0
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
	for i, t := range a.s.toks {
		if i > 0 && len(t.norm) >= 6 && t.flags&(fDigit|fLetter) == 0 && digitsIn(t.norm) >= 5 {
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
