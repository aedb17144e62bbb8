package direct

import "sync"

// A batch of short values (classify --jsonl) scans one value after the
// other: a scanner built for each would grow its buffers (findings,
// reasons, windows, digit groups) and its map of reasons again, a dozen
// allocations a value. Finished scanners keep their buffers here.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// getScanner returns a scanner ready for text. A scanner from the pool
// was reset when it was put back (putScanner), a new one is empty: only
// the text is missing, and a second reset would wipe nothing.
func getScanner(text string) *scanner {
	s := scanners.Get().(*scanner)
	s.text = text
	return s
}

// putScanner gives s back to the pool without the text it read.
func putScanner(s *scanner) {
	s.reset("")
	scanners.Put(s)
}

// reset readies s for text with the capacity of its buffers but none of
// their content: the folded windows are wiped (they held pieces of the
// last text), the memo of phone validations (keyed by its digits) and
// the rare chunks of a huge text are dropped, the current year is read
// again.
func (s *scanner) reset(text string) {
	clear(s.bufB[:cap(s.bufB)])
	clear(s.bufA[:cap(s.bufA)])
	clear(s.strs)
	clear(s.strIndex)
	*s = scanner{text: text, raw: s.raw[:0], strs: s.strs[:0], strIndex: s.strIndex,
		bufB: s.bufB[:0], bufA: s.bufA[:0], groups: s.groups[:0]}
}
