package direct

import "tamis/i18n"

// nirContext are the words that announce a social security number.
var nirContext = newMarkers(
	"nir", "secu", "securite sociale", "secu sociale", "carte vitale", "insee", "n ss", "no ss",
	"numero ss", "num ss", "social security", "immatriculation",
)

// nir finds a French social security number (NIR) at i: sex digit, year,
// month, department (Corsica "2A"/"2B"), commune, order number, and a
// 2-digit key, with single separators allowed anywhere
// ("2 93 07 59 350 144 96", « 1~55~12~92… »). A valid key blocks; the right shape with a
// wrong key is a doubt; 13 digits without key count only after a keyword.
func (s *scanner) nir(i int) (int, bool) {
	var buf [15]byte
	var ends [15]int
	n, j, t := 0, i, s.text
	for j < len(t) && n < 15 {
		c := t[j]
		switch {
		case isDigit(c), n == 6 && buf[5] == '2' && (c == 'A' || c == 'B' || c == 'a' || c == 'b'):
			buf[n], ends[n] = upper(c), j+1
			n++
			j++
			continue
		case n > 0:
			if w := nirSep(t[j:]); w > 0 && j+w < len(t) && isDigit(t[j+w]) {
				j += w
				continue
			}
		}
		break
	}
	if n != 13 && n != 15 {
		return 0, false
	}
	end := ends[n-1]
	if !wordEndsAt(t, end) || !nirShape(buf[:n]) {
		return 0, false
	}
	switch {
	case n == 15 && nirKeyOK(string(buf[:15])):
		s.add(ruleNIR, Blocked, i, end, i18n.T("numéro de sécurité sociale (NIR)", "social security number (NIR)"))
	case (n == 13 || n == 15 && !luhnCard(string(buf[:15]))) && hasWord(s.before(i, 60), nirContext):
		// After "sécu" or "NIR", the shape is enough: a typo in the key
		// does not make the number less personal.
		s.add(ruleNIR, Blocked, i, end, i18n.T("numéro de sécurité sociale (NIR)", "social security number (NIR)"))
	case n == 15 && !luhnCard(string(buf[:15])):
		s.add(ruleNIR, Doubt, i, end,
			i18n.T("numéro qui a la forme d'un NIR (clé fausse)", "number shaped like a NIR (wrong key)"))
	default:
		return 0, false
	}
	return end, true
}

// nirSep returns the length of the separator that opens t when one may
// stand between two digits of a NIR: a space, a dot, a dash, a tilde, an
// underscore, a bar, or any sign of another script (« 1·55·12 »), else 0.
func nirSep(t string) int {
	switch c := t[0]; {
	case c == ' ' || c == '.' || c == '-' || c == '~' || c == '_' || c == '|':
		return 1
	case c >= 0x80:
		return symbolRune(t)
	}
	return 0
}

// luhnCard reports whether a digit string is a plausible bank card.
func luhnCard(d string) bool { return allDigits(d) && cardNetworkOK(d) && luhn(d) }

// nirShape checks the fields of a NIR: sex 1, 2 (or 3, 4, 7, 8 for
// temporary numbers), a month 01-12 (20-42 and 50-99 occur for unknown
// months), a department 01-99, 2A or 2B.
func nirShape(b []byte) bool {
	switch b[0] {
	case '1', '2', '3', '4', '7', '8':
	default:
		return false
	}
	if !isDigit(b[3]) || !isDigit(b[4]) {
		return false
	}
	m := int(b[3]-'0')*10 + int(b[4]-'0')
	if m == 0 || (m > 12 && m < 20) || (m > 42 && m < 50) {
		return false
	}
	if b[5] == '0' && b[6] == '0' {
		return false
	}
	for _, c := range b[7:] {
		if !isDigit(c) {
			return false
		}
	}
	return true
}
