package classify

import "tamis/library/classify/lexicon"

// A rule that looks every word of a sentence up in a short word set pays
// a string hash and a map probe per word; most words have a length no
// word of the set has. wordLengths answers that first, from one bit.

// wordLengths is the set of the lengths of a word set's words, one bit a
// length (64 bytes and more share the last bit).
type wordLengths uint64

// lengthsOf returns the lengths of the words of set.
func lengthsOf(set lexicon.WordSet) wordLengths {
	var l wordLengths
	for w := range set {
		l |= 1 << min(len(w), 63)
	}
	return l
}

// may reports whether a word of w's length is in the set: false means
// that w is not.
func (l wordLengths) may(w string) bool { return l&(1<<min(len(w), 63)) != 0 }

// The lengths of the sets that a rule looks every word up in.
var (
	secretNameLens = lengthsOf(secretNameWords) // labelledSecret (secret_hints.go)
	frameLinkLens  = lengthsOf(frameLinks)      // workFrame (fiction_frame.go)
	legendHeadLens = lengthsOf(legendHeads)     // legendOf (story_frame.go)
)
