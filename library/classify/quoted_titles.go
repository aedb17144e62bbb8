package classify

import "strings"

// English writes a title between single quotes ('Voices from the Valley',
// 'Abigail's Party'), which the tokens do not mark as quoted: the
// apostrophe is also that of "Karim's". A capitalised word inside such a
// pair, in a sentence that speaks of a work (a show, a play, a book), is
// part of the title, like a word between « » (inQuotes).

// inSingleQuotes: token k stands between an opening single quote (after a
// space, a colon or a bracket, before a capital) and a closing one (after
// a letter, before a space or a mark).
func (a *analysis) inSingleQuotes(k int) bool {
	sent := a.text[a.s.Toks[0].Start:min(len(a.text), a.s.End+4)] // the closing quote may follow the last word
	at := a.s.Toks[k].From() - a.s.Toks[0].From()
	if at < 0 || at > len(sent) {
		return false
	}
	open := -1
	for p := strings.IndexAny(sent, "'‘"); p >= 0 && p < at; {
		if singleQuoteOpens(sent, p) {
			open = p
		}
		n := strings.IndexAny(sent[p+1:], "'‘")
		if n < 0 {
			break
		}
		p += 1 + n
	}
	if open < 0 {
		return false
	}
	for p := at; p < len(sent); p++ {
		if (sent[p] == '\'' || strings.HasPrefix(sent[p:], "’")) && singleQuoteCloses(sent, p) {
			return true
		}
	}
	return false
}

// singleQuoteOpens: the quote at p follows a space, a colon or a bracket
// (or starts the sentence) and comes before a capital letter.
func singleQuoteOpens(s string, p int) bool {
	w := 1
	if s[p] != '\'' {
		w = len("‘")
	}
	if p+w >= len(s) || s[p+w] < 'A' || s[p+w] > 'Z' {
		return false
	}
	return p == 0 || strings.IndexByte(" :(", s[p-1]) >= 0
}

// singleQuoteCloses: the quote at p follows a letter and comes before a
// space, a mark or the end, not a letter ("Abigail's" goes on).
func singleQuoteCloses(s string, p int) bool {
	w := 1
	if s[p] != '\'' {
		w = len("’")
	}
	if p == 0 || !isASCIILetter(s[p-1]) {
		return false
	}
	return p+w >= len(s) || !isASCIILetter(s[p+w])
}

// isASCIILetter: b is a letter of the ASCII range.
func isASCIILetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}
