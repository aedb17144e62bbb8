package direct

import "tamis/i18n"

// A British bank account is given by a sort code and an account number
// ("sort code 20-00-00, account 55779911"): together they point at one
// account, like an IBAN, and are reported under the IBAN's rule so that
// the same context applies — a person's account is blocked, the
// association's own published for gifts passes (classify's
// own_account_iban.go, published_appeal.go). A sort code alone names a
// bank branch, not an account: nothing is reported. Before this reader,
// the keyword "code" took the sort code for a door code.

// sortCodeReach is how far from the sort code, in bytes, the account
// number is looked for, on either side ("account 55779911, sort code …").
const sortCodeReach = 48

// sortCode reads the sort code after the keyword ending at end (the
// keyword starts at i) and, near it, the account number. It returns
// where scanning resumes.
func (s *scanner) sortCode(i, end int) int {
	t := s.text
	j := skipSpaces(t, end, 2)
	if j < len(t) && t[j] == ':' {
		j = skipSpaces(t, j+1, 2)
	}
	codeEnd, ok := sortCodeDigits(t, j)
	if !ok {
		return end
	}
	if a, e, ok := s.accountNumberIn(codeEnd, min(len(t), codeEnd+sortCodeReach)); ok && a >= codeEnd {
		s.add(ruleIBAN, Blocked, i, e, sortCodeReason())
		return e
	}
	if a, _, ok := s.accountNumberIn(max(0, i-sortCodeReach), i); ok {
		s.add(ruleIBAN, Blocked, a, codeEnd, sortCodeReason())
	}
	return codeEnd
}

func sortCodeReason() string {
	return i18n.T("coordonnées bancaires (sort code et numéro de compte)", "bank details (sort code and account number)")
}

// sortCodeDigits reads six digits at j, in pairs joined by '-' or a space,
// or in one run ("20-00-00", "20 00 00", "200000"), and returns their end.
func sortCodeDigits(t string, j int) (int, bool) {
	n := 0
	for k := j; k < len(t); k++ {
		switch {
		case isDigit(t[k]):
			n++
			if n == 6 {
				return k + 1, k+1 == len(t) || !isAlnum(t[k+1])
			}
		case (t[k] == '-' || t[k] == ' ') && n > 0 && n%2 == 0 && k+1 < len(t) && isDigit(t[k+1]):
		default:
			return 0, false
		}
	}
	return 0, false
}

// accountMarkers announce a British account number.
var accountMarkers = newMarkers("account", "acc", "acct", "a/c")

// accountNumberIn finds in the text's [from, to) a run of seven or eight
// digits (a British account number) that an account word announces within
// the twenty bytes before it ("account", "acc.", "a/c", "acct no."). It
// returns the run's start and end.
func (s *scanner) accountNumberIn(from, to int) (int, int, bool) {
	t := s.text
	for k := from; k < to; k++ {
		if !isDigit(t[k]) || k > 0 && isAlnum(t[k-1]) {
			continue
		}
		e := k
		for e < len(t) && isDigit(t[e]) {
			e++
		}
		if n := e - k; (n == 7 || n == 8) && (e == len(t) || !isAlnum(t[e])) && hasWord(s.before(k, 20), accountMarkers) {
			return k, e, true
		}
		k = e
	}
	return 0, 0, false
}
