package classify

import "tamis/i18n"

// A social-network handle that spells a first name (« @julie_m74 », "@kev.dupont")
// is a person's account: the association's own are left out by the byte
// scanner (« suivez-nous sur @… »), an unknown owner is a doubt there;
// a first name of the lists (not one that is also a word, like Rose)
// at the head of the handle says whose it is. Personal, blocked.

// minHandleName bounds the first name read at the head of a handle: two
// or three letters spell too many words.
const minHandleName = 4

// upgradeNamedHandle turns a doubtful handle of the sentence into a
// person's when its head is a first name.
func (a *analysis) upgradeNamedHandle() {
	for k := a.di; k < len(a.direct) && a.direct[k].Start < a.s.End; k++ {
		f := &a.direct[k]
		if f.Rule != ruleHandle.String() || f.Verdict != Doubt || f.End <= a.s.Start {
			continue
		}
		if head := handleHead(a.text[f.Start+1 : f.End]); len(head) >= minHandleName &&
			a.lex.firstnames[head] && !a.lex.ambiguous[head] {
			f.Verdict, f.Reason = Blocked, i18n.T("pseudonyme de réseau social d’une personne", "a person's social-network handle")
		}
	}
}

// handleHead returns the letters that open a handle, in lower case
// (« julie_m74 » → « julie »); accented handles are left alone.
func handleHead(h string) string {
	n := 0
	for n < len(h) && (h[n] >= 'a' && h[n] <= 'z' || h[n] >= 'A' && h[n] <= 'Z') {
		n++
	}
	if n < len(h) && h[n] >= 0x80 {
		return ""
	}
	b := []byte(h[:n])
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
