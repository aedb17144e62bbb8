package lexicon

// MayStart filters the tokens of every sentence against the
// association's allow and deny lists. The one-bit signature of a word
// (length and first byte) lets through every short word that shares
// them with an entry's first word: with « Les Jardins Partagés » on the
// list, « des », « tes »… went on to a map look-up each. The first and
// last bytes of the first words, in two bitsets, stop most of them.

// byteEnds holds, for the first words of a dictionary's entries, the
// set of their first bytes and the set of their last bytes.
type byteEnds struct {
	first, last [4]uint64
}

// note adds the first word of an entry. A stem ("diabet*") is left
// out: MayStart finds the stems by their own filters.
func (e *byteEnds) note(w string) {
	if w == "" || w[len(w)-1] == '*' {
		return
	}
	e.first[w[0]>>6] |= 1 << (w[0] & 63)
	c := w[len(w)-1]
	e.last[c>>6] |= 1 << (c & 63)
}

// may reports whether w may be the first word of an entry.
func (e *byteEnds) may(w string) bool {
	if w == "" {
		return true // the signature alone decides
	}
	a, z := w[0], w[len(w)-1]
	return e.first[a>>6]&(1<<(a&63)) != 0 && e.last[z>>6]&(1<<(z&63)) != 0
}
