package classify

import (
	"strings"

	"tamis/library/classify/text"
)

// A value often opens on a heading that says what it is: teaching
// material (« Exercice FLE : », teaching_frame.go), the story of a work
// (« Club lecture – », work_heading.go), a public text (« Texte de
// l'affiche : », public_heading.go). Each asks where its heading ends:
// at a colon or a spaced dash, the first one after the first word. They
// differ in how far they look and which mark wins; these differences
// are their data (headingMarks), the search is one (headingEnd).

// headingMarks say where a sentence's heading may end.
type headingMarks struct {
	// before: the mark stands before this token, so the heading holds at
	// most before-1 words; 0 looks through the whole sentence.
	before int
	// colonFirst: a colon wins over a dash before it (« Niveau A2 –
	// Lisez : » is headed up to its colon).
	colonFirst bool
	// leadingColon: only a colon that comes first between two words
	// counts; « (version publiée) : » does not end there. Without it, a
	// colon anywhere in the gap does (« « Tartuffe » : »).
	leadingColon bool
	// quotes: a quotation mark ends the heading too (« Communiqué « … »).
	quotes bool
}

// headingEnd returns the token before which the sentence's heading ends
// and the mark that ends it (':', '-' or '"'), or 0 and 0 when no mark
// stands within reach. s is the text the tokens' spans point into.
func headingEnd(s string, toks []text.Token, m headingMarks) (int, byte) {
	n := len(toks)
	if m.before > 0 {
		n = min(n, m.before)
	}
	first, firstMark := 0, byte(0) // the first mark other than a colon, when a colon wins
	for k := 1; k < n; k++ {
		mark := m.markAt(s, toks, k)
		if mark == ':' || mark != 0 && !m.colonFirst {
			return k, mark
		}
		if mark != 0 && first == 0 {
			first, firstMark = k, mark
		}
	}
	return first, firstMark
}

// markAt returns the mark of m that stands before token k, or 0.
func (m headingMarks) markAt(s string, toks []text.Token, k int) byte {
	t := &toks[k]
	switch {
	case t.Sep == ':' || !m.leadingColon && strings.IndexByte(s[toks[k-1].End:t.Start], ':') >= 0:
		return ':'
	case t.Sep == '-' && t.Spaced:
		return '-'
	case m.quotes && t.Sep == '"':
		return '"'
	}
	return 0
}
