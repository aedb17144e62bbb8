package classify

import (
	"hash/maphash"
	"strings"
	"sync"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A volunteer types fast: « seropositve », « diabetiqe », « alcolique »,
// « enceinnte », "alchoholic". A red team found a third of its misspelt
// sensitive words read as nothing: the name around them kept the block,
// but at category 3, and a role alone gave only a doubt. A word that no
// lexicon knows and that is one typing slip away (a letter missing, added,
// changed or two swapped) from a single-word special term of seven
// letters or more is read as that term. The look-up is the symmetric
// deletion one: each term and each term less one letter are keys; a
// word, and the word less each of its letters, are looked up. Two terms
// of different kinds one slip from the same word make it no one's.

// minTypoTerm is the length of the shortest term a slip is read against:
// shorter words have too many neighbours (« prison », « malade »).
const minTypoTerm = 7

// typoKey is a key of the index: the section of the special table it
// comes from (-1 when two kinds share the key), the letter of the term
// deleted to make it (-1: the term itself) and the term's length.
type typoKey struct{ t, del, n int }

// typoIndex is the index, behind a filter of one bit per key's hash
// (16 KB, in the first-level cache): most words of a text are no key and
// cost no probe of the map.
type typoIndex struct {
	keys   map[string]typoKey
	filter [typoFilterBits / 64]uint64
}

const typoFilterBits = 1 << 17

var typoSeed = maphash.MakeSeed()

func (x *typoIndex) has(h uint64) bool {
	b := h & (typoFilterBits - 1)
	return x.filter[b>>6]&(1<<(b&63)) != 0
}

// lookupBytes is the look-up of a key built in a buffer: the map is read
// with the bytes, no string is made.
func (x *typoIndex) lookupBytes(key []byte) (typoKey, bool) {
	if !x.has(maphash.Bytes(typoSeed, key)) {
		return typoKey{}, false
	}
	k, ok := x.keys[string(key)]
	return k, ok
}

var typoTerms = sync.OnceValue(func() *typoIndex {
	ix := map[string]typoKey{}
	special := sharedLexicon().special
	add := func(key string, k typoKey) {
		old, ok := ix[key]
		switch {
		case !ok:
			ix[key] = k
		case old.t >= 0 && old.t != k.t && special[old.t].rule != special[k.t].rule:
			ix[key] = typoKey{t: -1}
		}
	}
	for t, tm := range special {
		for _, e := range tm.entries {
			f := text.Fold(strings.ToLower(e))
			if len(f) < minTypoTerm || strings.ContainsAny(f, " '-.") {
				continue
			}
			add(f, typoKey{t, -1, len(f)})
			for p := range len(f) {
				add(f[:p]+f[p+1:], typoKey{t, p, len(f)})
			}
		}
	}
	x := &typoIndex{keys: ix}
	for key := range ix {
		b := maphash.String(typoSeed, key) & (typoFilterBits - 1)
		x.filter[b>>6] |= 1 << (b & 63)
	}
	return x
})

// misspeltTerm returns the section of the special table that the word w
// is one slip away from, or -1. A slip at the word's end is an ending
// (« candidater », « revisité » are verbs the French list lacks, not
// slips of « candidat », "revisit"): only a slip inside the word counts.
func misspeltTerm(w string) int {
	if len(w) < minTypoTerm || len(w) > 40 || strings.HasSuffix(w, "iatre") {
		return -1 // « pédopsychiatre », « gériatre »: a doctor, one letter from their specialty
	}
	ix := typoTerms()
	found := -1
	// judge tells whether the key k, found for w less its letter p (-1:
	// none), keeps the word a slip of a single kind.
	judge := func(k typoKey, p int) bool {
		if p == len(w)-1 || k.del == k.n-1 || p < 0 && k.del < 0 {
			return true // an ending, or the term itself (read by the tables)
		}
		if p >= 0 && k.del >= 0 && (p-k.del > 1 || k.del-p > 1) {
			return true // a letter off here and another there: two slips (« revisité », « gréviste »)
		}
		if k.t < 0 || found >= 0 && found != k.t {
			found = -2
			return false
		}
		found = k.t
		return true
	}
	if k, ok := ix.keys[w]; ok && !judge(k, -1) {
		return -1
	}
	var buf [40]byte
	for p := range len(w) {
		key := append(append(buf[:0], w[:p]...), w[p+1:]...)
		if k, ok := ix.lookupBytes(key); ok && !judge(k, p) {
			return -1
		}
	}
	return max(found, -1)
}

// findMisspeltSpecial judges each word of the sentence, in lower case,
// that no lexicon knows and that is a slip away from a special term, in
// a sentence about someone.
func (a *analysis) findMisspeltSpecial() {
	if len(a.anchors) == 0 && !a.carried {
		return // a slip is read only near a person (names and identifiers are anchors): most sentences cost nothing
	}
	toks := a.s.Toks
	for k := range toks {
		t := &toks[k]
		if len(t.Norm) < minTypoTerm || a.consumed[k] || t.Has(text.Cap) || t.Has(text.Digit) || !t.Has(text.Letter) {
			continue // a capitalised word is a name or a place (« Australie », « Starmer »)
		}
		if t.Cls != (text.ClassSet{}) || a.specialAt(k) {
			continue // a word of some list
		}
		if s := misspeltTerm(t.Norm); s >= 0 && !lexicon.IsFrenchWord(t.Norm) && !lexicon.IsEnglishWord(t.Norm) {
			a.judgeSpecial(span{k, k + 1, 0}, a.lex.special[s]) // a word of French or English is no slip
		}
	}
}
