package text

// Class is one word list read per token: the lexicon maps every word to
// the set of its classes once, when the sentence is tagged, and the rules
// then test bits instead of looking words up. The classes themselves are
// named by the rules that read them (classify/word_classes.go).
type Class uint8

// MaxClasses is the number of classes a ClassSet holds: 256, every value
// of a Class, in four words, so that a token stays one cache line (the
// classifier counts its classes against it).
const MaxClasses = 256

// ClassSet is a set of word classes, one bit each.
type ClassSet [MaxClasses / 64]uint64

// Has reports whether c is in the set.
func (s ClassSet) Has(c Class) bool { return s[c>>6]&(1<<(c&63)) != 0 }

// Add puts c in the set.
func (s *ClassSet) Add(c Class) { s[c>>6] |= 1 << (c & 63) }

// Remove takes c out of the set.
func (s *ClassSet) Remove(c Class) { s[c>>6] &^= 1 << (c & 63) }

// Union adds the classes of o to the set.
func (s *ClassSet) Union(o ClassSet) {
	// four words written out: a loop of four cost twice the instructions,
	// once per token of every sentence (tagSentence)
	s[0] |= o[0]
	s[1] |= o[1]
	s[2] |= o[2]
	s[3] |= o[3]
}

// Intersects reports whether the two sets share a class. The engine
// asks it of every stage for every sentence: without a branch a word.
func (s ClassSet) Intersects(o ClassSet) bool {
	return s[0]&o[0]|s[1]&o[1]|s[2]&o[2]|s[3]&o[3] != 0 // four words written out, as Union
}

// Union and Intersects read a ClassSet as four words.
var _ [len(ClassSet{}) - 4]struct{}
var _ [4 - len(ClassSet{})]struct{}

// Is reports whether the token's word is in class c.
func (t *Token) Is(c Class) bool { return t.Cls.Has(c) }

// IsAny reports whether the token's word is in one of the classes.
func (t *Token) IsAny(cs ...Class) bool {
	for _, c := range cs {
		if t.Cls.Has(c) {
			return true
		}
	}
	return false
}
