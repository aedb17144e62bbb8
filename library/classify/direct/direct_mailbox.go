package direct

import (
	"strings"

	"tamis/i18n"
)

// An address given by its provider and its local part only (« son gmail
// c'est chloe.vidal94 », "my hotmail is j.wilson77"): the provider says
// the rest, the local part reaches the person.

// mailbox reads, after a provider's name ending at end, « c'est », « est »,
// "is" or ':' and a local part with a dot, an underscore or a digit, and
// blocks it. It returns where scanning resumes.
func (s *scanner) mailbox(end int) int {
	t := s.text
	j := skipSpaces(t, end, 2)
	var key [48]byte
	for n := 0; n < 2 && j < len(t); n++ {
		if t[j] == ':' {
			j = skipSpaces(t, j+1, 2)
			continue
		}
		e := tokenEnd(t, j)
		if !separatorWords[string(foldKey(&key, t[j:e]))] {
			break
		}
		j = skipSpaces(t, e, 2)
	}
	if j >= len(t) || j == skipSpaces(t, end, 2) {
		return end // no « c'est », "is" or ':': « atelier gmail samedi »
	}
	e := j
	for e < len(t) && isLocalByte(t[e]) {
		e++
	}
	for e > j && (t[e-1] == '.' || t[e-1] == '-') {
		e--
	}
	local := t[j:e]
	if len(local) < 4 || !hasLetter(local) || !strings.ContainsAny(local, "._0123456789") || e < len(t) && t[e] == '@' {
		return end // an address written whole is the e-mail detector's
	}
	s.add(ruleEmail, Blocked, j, e, i18n.T("adresse e-mail d'une personne", "a person's e-mail address"))
	return e
}
