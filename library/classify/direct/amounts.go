package direct

import "strings"

// An amount is no identifier. A budget line names a body whose number is
// an identifier elsewhere (« Budget CAF : 1234567 € »): the code after the
// keyword is a sum when a currency stands right after it or right before
// it, and the document rule leaves it alone.

// currencyAfter are the words and signs that end an amount.
var currencyAfter = []string{"€", "eur", "euro", "euros", "k€", "m€", "$", "£", "dollars", "pounds"}

// isAmount reports a code at start that is a sum of money: its digits
// followed by a currency sign or word (spaces allowed: « 1500000 EUR »),
// or a sign right before it (« £ 4567890 »).
func isAmount(t string, start int) bool {
	end := start
	for end < len(t) && (isDigit(t[end]) || t[end] == ' ' && end+1 < len(t) && isDigit(t[end+1])) {
		end++
	}
	rest := strings.TrimLeft(t[end:min(len(t), end+12)], " \u00a0")
	for _, c := range currencyAfter {
		if len(rest) >= len(c) && strings.EqualFold(rest[:len(c)], c) && (len(rest) == len(c) || !isLetter(rest[len(c)])) {
			return true
		}
	}
	head := strings.TrimRight(t[max(0, start-4):start], " \u00a0")
	return strings.HasSuffix(head, "€") || strings.HasSuffix(head, "$") || strings.HasSuffix(head, "£")
}
