package classify

import "strings"

// British English quotes a title between single quotes ('Of Mice and
// Men', ‘The Gruffalo’) where French uses « » and American English
// double quotes. The frame of a work (fiction_frame.go: « dans « Madame
// Bovary », Emma… ») reads such a title too: "in 'Of Mice and Men',
// Lennie…" tells of characters; so does the author after a title
// (work_author.go: « « Small Island » d'Andrea Levy »).

// singleQuotedTitleAt: token k opens a title in single quotes: the quote
// stands right before it, opens (after a space, a colon or a bracket,
// before a capital) and closes later in the sentence.
func (a *analysis) singleQuotedTitleAt(k int) bool {
	at := a.s.Toks[k].From()
	p := -1
	switch {
	case at > 0 && a.text[at-1] == '\'':
		p = at - 1
	case strings.HasSuffix(a.text[:at], "‘"):
		p = at - len("‘")
	}
	return p >= 0 && singleQuoteOpens(a.text, p) && a.inSingleQuotes(k)
}

// closesSingleQuotedTitle: the text before (after token k) ends on the
// single quote that closes a title token k stands in ('Small Island' by…).
func (a *analysis) closesSingleQuotedTitle(before string, k int) bool {
	return (strings.HasSuffix(before, "'") || strings.HasSuffix(before, "’")) && a.inSingleQuotes(k)
}
