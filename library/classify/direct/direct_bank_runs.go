package direct

import "tamis/i18n"

// Bank details written without their labels, as English-speaking
// treasurers jot them: a British sort code in dashed pairs and the
// account number after it (« 20-45-77 43817265 »), the same six digits
// in one block after a bank word (« bank details: 204577 / 43817265 »),
// an American routing number, whose check digit holds, and the account
// number after it (« refund goes to 021000021 483920175 »).

// bankWords announce bank details near a pair of numbers.
var bankWords = newMarkers("bank", "banking", "account", "acc", "acct", "sort", "routing", "aba", "refund",
	"refunds", "payment", "payments", "pay", "paid", "transfer", "wire", "deposit", "bacs", "details", "expenses")

// bankPair tries, at group k of the run, a sort code and an account
// number, or a routing number and an account number. It returns the
// groups consumed, or 0.
func (s *scanner) bankPair(r run, k int) int {
	gs := r.groups
	if k+3 < len(gs) && width(gs[k]) == 2 && width(gs[k+1]) == 2 && width(gs[k+2]) == 2 && accountWidth(width(gs[k+3])) {
		dashed := s.text[gs[k].end] == '-' && s.text[gs[k+1].end] == '-'
		if dashed || s.bankWordNear(gs[k].start, gs[k+3].end) { // « 20-45-77 43817265 », « 20 45 77 43817265 for the refund »
			s.add(ruleIBAN, Blocked, gs[k].start, gs[k+3].end, sortCodeReason())
			return 4
		}
	}
	if k+1 >= len(gs) || !s.bankWordNear(gs[k].start, gs[k+1].end) {
		return 0
	}
	switch w, next := width(gs[k]), width(gs[k+1]); {
	case w == 6 && accountWidth(next):
		s.add(ruleIBAN, Blocked, gs[k].start, gs[k+1].end, sortCodeReason())
	case w == 9 && next >= 6 && next <= 17 && abaCheck(s.text[gs[k].start:gs[k].end]):
		s.add(ruleIBAN, Blocked, gs[k].start, gs[k+1].end,
			i18n.T("coordonnées bancaires (routing number et numéro de compte)", "bank details (routing and account numbers)"))
	default:
		return 0
	}
	return 2
}

// accountWidth: a British account number has seven or eight digits.
func accountWidth(n int) bool { return n == 7 || n == 8 }

// abaCheck verifies an American routing number: its digits weighted 3,
// 7, 1 in turn sum to a multiple of ten.
func abaCheck(d string) bool {
	sum := 0
	for k := 0; k < 9; k++ {
		sum += int(d[k]-'0') * [3]int{3, 7, 1}[k%3]
	}
	return sum%10 == 0
}

// bankWordNear: a bank word stands in the sixty bytes before start or the
// thirty after end, in the same sentence.
func (s *scanner) bankWordNear(start, end int) bool {
	return hasWord(s.before(start, 60), bankWords) || hasWord(s.after(end, 30), bankWords)
}
