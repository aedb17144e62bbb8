package classify

import (
	"io/fs"

	"tamis/library/classify/lexicon"
)

// The cues (cues.go) and the gray zone's pending matters
// (gray_pending_lists.go) are numbered families of word lists under
// data/cues/: each list's entries join the combined trie with the list's
// number as value, and a sentence's hits make the set of lists it holds.

// listEntries feeds every file of a family to the combined trie, the
// value of an entry being the number of its list.
func listEntries(fsys fs.FS, files []string) func(func(string, int)) {
	return func(add func(string, int)) {
		for n, path := range files {
			if path == "" {
				continue
			}
			for _, line := range lexicon.MustList(fsys, path) {
				add(line, n)
			}
		}
	}
}

// listSet is the set of lists of one family found in a sentence, one bit
// a list (each family checks at build time that it has at most 64).
type listSet[T ~uint8] uint64

// has: every one of the lists is in the set.
func (s listSet[T]) has(ls ...T) bool {
	for _, l := range ls {
		if s&(1<<l) == 0 {
			return false
		}
	}
	return true
}

// listsFound collects the lists of dictionary d that the sentence holds.
// A dozen stages ask it of the same sentence: the first reads the hits,
// the others the memo (reset by tagSentence, which alone writes hits).
func (a *analysis) listsFound(d dictID) uint64 {
	if a.listsDone&(1<<d) != 0 {
		return a.lists[d]
	}
	var s uint64
	for _, h := range a.hits {
		if h.dict == d {
			s |= 1 << h.val
		}
	}
	a.lists[d], a.listsDone = s, a.listsDone|1<<d
	return s
}
