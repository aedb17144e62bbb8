package direct

import "tamis/i18n"

// Identifiers of the British and Irish administrations met in the English
// values of French associations (British and Irish members, volunteers
// paid through a payroll abroad): the UK National Insurance number and
// the Irish PPS number. Each has a rule of form the scan can check — the
// NI number's prefix letters, the PPS number's mod-23 check character —
// so that a reference or a product code of the same length stays public.

// niWords announce a National Insurance number; with one of them the
// prefix rules are not asked (writers copy HMRC's sample « QQ 12 34 56 C »).
var niWords = newMarkers("ni", "nino", "national insurance", "insurance number", "ni number", "ni no")

// ppsWords announce an Irish PPS number.
var ppsWords = newMarkers("pps", "ppsn", "pps number", "pps no", "personal public service", "revenue", "welfare")

// niNumber finds a UK National Insurance number at the word start i: two
// prefix letters, six digits (one block or three pairs) and a suffix A to
// D, "JT 48 27 91 C", "AB123456C", or in lower case after an NI word.
// It returns where scanning resumes.
func (s *scanner) niNumber(i int) (int, bool) {
	t := s.text
	if i+9 > len(t) || !isLetter(t[i]) || !isLetter(t[i+1]) {
		return 0, false
	}
	j := i + 2
	digits := 0
	for digits < 6 {
		if j < len(t) && t[j] == ' ' && digits%2 == 0 {
			j++
		}
		if j+1 >= len(t) || !isDigit(t[j]) || !isDigit(t[j+1]) {
			return 0, false
		}
		j += 2
		digits += 2
	}
	if j < len(t) && t[j] == ' ' {
		j++
	}
	if j >= len(t) || upper(t[j]) < 'A' || upper(t[j]) > 'D' || !wordEndsAt(t, j+1) {
		return 0, false
	}
	end := j + 1
	said := hasWord(s.before(i, 40), niWords)
	typedLower := !isUpper(t[i]) || !isUpper(t[i+1]) || !isUpper(t[j])
	if !said && (typedLower || !niPrefix(t[i], t[i+1])) {
		return 0, false // in lower case, only after « NI » (« ni no: qq123456c »): else a word and a number
	}
	s.add(ruleIDDocument, Blocked, i, end,
		i18n.T("numéro d'assurance sociale britannique (National Insurance)", "UK National Insurance number"))
	return end, true
}

// niPrefix applies HMRC's rules to the two prefix letters: D, F, I, Q, U
// and V are never used, O never second, and BG, GB, KN, NK, NT, TN and ZZ
// are not allocated.
func niPrefix(a, b byte) bool {
	switch a {
	case 'D', 'F', 'I', 'Q', 'U', 'V':
		return false
	}
	switch b {
	case 'D', 'F', 'I', 'O', 'Q', 'U', 'V':
		return false
	}
	switch string([]byte{a, b}) {
	case "BG", "GB", "KN", "NK", "NT", "TN", "ZZ":
		return false
	}
	return true
}

// ppsNumber finds an Irish PPS number at the digit i: seven digits, a
// check letter and an optional second letter, "6543210R", "1234567FA".
// A valid check letter after a PPS word is blocked; alone, one code in 23
// passes the check by chance, so it is a doubt.
func (s *scanner) ppsNumber(i int) (int, bool) {
	t := s.text
	if i+8 > len(t) || !isUpper(t[i+7]) || (i > 0 && isWordByte(t[i-1])) {
		return 0, false
	}
	for k := i; k < i+7; k++ {
		if !isDigit(t[k]) {
			return 0, false
		}
	}
	end := i + 8
	second := byte(0)
	if end < len(t) && isUpper(t[end]) {
		second = t[end]
		end++
	}
	if !wordEndsAt(t, end) || !ppsCheck(t[i:i+7], t[i+7], second) {
		return 0, false
	}
	reason := i18n.T("numéro PPS irlandais (sécurité sociale)", "Irish PPS number")
	if hasWord(s.before(i, 40), ppsWords) {
		s.add(ruleIDDocument, Blocked, i, end, reason)
	} else {
		s.add(ruleIDDocument, Doubt, i, end, reason)
	}
	return end, true
}

// ppsCheck verifies the check letter: the digits weighted 8 down to 2,
// the second letter (A=1 … W=0) weighted 9, modulo 23; 0 is W, n is the
// n-th letter.
func ppsCheck(digits string, check, second byte) bool {
	sum := 0
	for k := 0; k < 7; k++ {
		sum += int(digits[k]-'0') * (8 - k)
	}
	if second != 0 && second != 'W' {
		sum += int(second-'A'+1) * 9
	}
	want := byte('W')
	if r := sum % 23; r > 0 {
		want = 'A' + byte(r-1)
	}
	return check == want
}

// eircodeWords announce an Irish Eircode.
var eircodeWords = newMarkers("eircode", "eir code")

// eircode finds an Irish Eircode after its name (« Eircode D02 X285 »):
// a routing key (a letter and two digits, or D6W) and a unique identifier
// of four letters and digits. The code names one dwelling, so it is read
// as a postal address; without its name, the shape is too common (product
// references, grid squares) to be judged.
func (s *scanner) eircode(i int) (int, bool) {
	t := s.text
	if i+7 > len(t) || !eircodeLetter(t[i]) || !isDigit(t[i+1]) || !isDigit(t[i+2]) && t[i:i+3] != "D6W" {
		return 0, false
	}
	j := i + 3
	if t[j] == ' ' || t[j] == '-' { // « D02 X285 », « D02-X285 »
		j++
	}
	if j+4 > len(t) || !wordEndsAt(t, j+4) {
		return 0, false
	}
	for k := j; k < j+4; k++ {
		if !isDigit(t[k]) && !eircodeLetter(t[k]) {
			return 0, false
		}
	}
	if !hasWord(s.before(i, 30), eircodeWords) {
		return 0, false
	}
	s.add(rulePostalAddress, Blocked, i, j+4, i18n.T("code postal irlandais d’un logement (Eircode)", "Irish Eircode of a dwelling"))
	return j + 4, true
}

// eircodeLetter: the letters Eircodes use (no B, G, I, J, L, M, O, Q, S, U, Z).
func eircodeLetter(c byte) bool {
	switch c {
	case 'A', 'C', 'D', 'E', 'F', 'H', 'K', 'N', 'P', 'R', 'T', 'V', 'W', 'X', 'Y':
		return true
	}
	return false
}
