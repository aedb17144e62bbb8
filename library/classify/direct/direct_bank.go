package direct

import (
	"tamis/i18n"
	"tamis/library/classify/lexicon"
)

// card finds a bank card number starting at group k of the run: 12 to 19
// digits passing the Luhn check with a length that the network of the prefix
// issues. The length check matters: a woman's NIR (15 digits starting with 2)
// passes Luhn one time in ten but no network issues it. It returns the number
// of groups consumed, 0 when there is no card.
func (s *scanner) card(r run, k int) int {
	gs := r.groups
	best, shaped := 0, 0
	var buf [64]byte
	digits := buf[:0]
	for e := k; e < len(gs) && len(digits) <= 19; e++ {
		g := s.text[gs[e].start:gs[e].end]
		if len(g) > 19 {
			break
		}
		digits = append(digits, g...)
		if len(digits) < 12 || len(digits) > 19 || !cardNetworkOK(string(digits)) {
			continue
		}
		if luhn(string(digits)) {
			best = e - k + 1
		} else if len(digits) == 16 && (e-k == 3 || e == k) {
			shaped = e - k + 1
		}
	}
	reason := i18n.T("numéro de carte bancaire", "bank card number")
	switch {
	case best > 0:
		s.add(ruleBankCard, Blocked, gs[k].start, gs[k+best-1].end, reason)
		return best
	case shaped > 0 && hasWord(s.before(gs[k].start, 40), cardContext):
		s.add(ruleBankCard, Blocked, gs[k].start, gs[k+shaped-1].end, reason)
		return shaped
	case shaped == 4:
		s.add(ruleBankCard, Doubt, gs[k].start, gs[k+shaped-1].end,
			i18n.T("numéro qui ressemble à une carte bancaire", "number that looks like a bank card"))
		return shaped
	}
	return 0
}

// cardContext are the words that announce a card number: with them, a
// 16-digit number of a card network is blocked even when a typo breaks
// its Luhn key.
var cardContext = newMarkers("carte", "cb", "card", "visa", "mastercard", "carte bleue", "carte bancaire",
	"credit card", "debit card", "amex", "maestro", "numero de carte", "paiement", "payment")

// cardNetworkOK reports whether a network issues numbers with this prefix
// and length: Visa, Mastercard, CB (Visa or Mastercard ranges), Amex,
// Maestro, Discover, JCB, UnionPay. Diners' 14 digits are left out: they
// would catch every SIRET starting with 36 or 38.
func cardNetworkOK(d string) bool {
	n := len(d)
	p2 := int(d[0]-'0')*10 + int(d[1]-'0')
	p4 := p2*100 + int(d[2]-'0')*10 + int(d[3]-'0')
	switch {
	case d[0] == '4':
		return n == 13 || n == 16 || n == 19
	case p2 >= 51 && p2 <= 55, p4 >= 2221 && p4 <= 2720:
		return n == 16
	case p2 == 34 || p2 == 37:
		return n == 15
	case p4 == 6011 || p2 == 65 || (p4 >= 6440 && p4 <= 6499):
		return n >= 16 && n <= 19
	case p4 >= 3528 && p4 <= 3589:
		return n >= 16 && n <= 19
	case p2 == 62:
		return n >= 16 && n <= 19
	case p4 == 5018 || p4 == 5020 || p4 == 5038 || p4 == 5893 || p4 == 6304 ||
		p4 == 6759 || p4 == 6761 || p4 == 6762 || p4 == 6763:
		return n >= 12 && n <= 19
	}
	return false
}

// ibanLengths is the IBAN length of the countries an association in France
// meets most; other countries are tried at every length.
var ibanLengths = map[string]int{
	"FR": 27, "MC": 27, "DE": 22, "BE": 16, "ES": 24, "IT": 27, "LU": 20, "CH": 21,
	"GB": 22, "NL": 18, "PT": 25, "IE": 22, "AT": 20, "MA": 28, "TN": 24, "DZ": 26,
	"SN": 28, "CI": 28, "PL": 28, "RO": 24, "GR": 27, "SE": 24, "DK": 18, "NO": 15,
	"FI": 18, "CZ": 24, "SK": 24, "HU": 28, "SI": 19, "HR": 21, "BG": 22, "LT": 20,
	"LV": 21, "EE": 20, "CY": 28, "MT": 31, "AD": 24, "LI": 21, "TR": 26, "CM": 27,
	"ML": 28, "BF": 28, "MG": 27, "LB": 28, "IS": 26, "UA": 29,
}

// iban finds an IBAN at a word start i: two letters, two check digits, then
// letters and digits, spaces allowed between blocks. A valid checksum blocks;
// a French-looking IBAN of the right length with a wrong key is a doubt
// (a typo still points to a real account).
func (s *scanner) iban(i int) (int, bool) {
	t := s.text
	if i+4 > len(t) || !isLetter(t[i]) || !isLetter(t[i+1]) || !isDigit(t[i+2]) || !isDigit(t[i+3]) {
		return 0, false
	}
	var buf [34]byte
	var ends [34]int
	n := 0
	for j := i; j < len(t) && n < 34; {
		c := t[j]
		if isAlnum(c) {
			buf[n], ends[n] = upper(c), j+1
			n++
			j++
			continue
		}
		if (c == ' ' || c == '-') && n >= 4 && j+1 < len(t) && isAlnum(t[j+1]) && !(isUpper(t[i]) && wordAt(t, j+1)) {
			// a word in lower case after an IBAN in capitals is the next word (« FR76 1027 8060 et la suite »);
			// a bank code in lower case is not one ("GB29 nwbk 6016…")
			j++
			continue
		}
		break
	}
	want := ibanLengths[string(buf[:2])]
	for l := n; l >= 15; l-- {
		if (want > 0 && l != want) || !wordEndsAt(t, ends[l-1]) {
			continue
		}
		if ibanOK(string(buf[:l])) {
			s.add(ruleIBAN, Blocked, i, ends[l-1], i18n.T("IBAN (coordonnées bancaires)", "IBAN (bank details)"))
			return ends[l-1], true
		}
		if want > 0 && isUpper(t[i]) && isUpper(t[i+1]) && allDigits(string(buf[2:4])) {
			s.add(ruleIBAN, Doubt, i, ends[l-1],
				i18n.T("numéro qui a la forme d'un IBAN (clé fausse)", "number shaped like an IBAN (wrong key)"))
			return ends[l-1], true
		}
	}
	if want > 0 && n >= 12 && n < want && isUpper(t[i]) && isUpper(t[i+1]) && allDigits(string(buf[2:4])) &&
		wordEndsAt(t, ends[n-1]) && s.ibanWordBefore(i) {
		s.add(ruleIBAN, Blocked, i, ends[n-1], i18n.T("début d’IBAN (coordonnées bancaires)", "start of an IBAN (bank details)"))
		return ends[n-1], true
	}
	return 0, false
}

// wordAt: a word of French or English in lower case starts at j.
func wordAt(t string, j int) bool {
	e := j
	for e < len(t) && t[e] >= 'a' && t[e] <= 'z' {
		e++
	}
	if e == j || e < len(t) && isAlnum(t[e]) {
		return false
	}
	return lexicon.IsFrenchWord(t[j:e]) || lexicon.IsEnglishWord(t[j:e])
}

// ibanWordBefore: « IBAN », « RIB » stands in the few words before i: the
// start of an account given in pieces (« son IBAN FR76 1027 8060 et la
// suite c'est… ») is an account all the same.
func (s *scanner) ibanWordBefore(i int) bool {
	return hasWord(s.before(i, 16), ibanWords)
}

var ibanWords = newMarkers("iban", "rib")

// upper returns the ASCII upper case of c.
func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}
