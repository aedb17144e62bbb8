// Package hidden tells the characters that a reader does not see but that
// a program (a terminal, an AI) still reads: control characters and
// terminal escape sequences, which drive the terminal that shows them, and
// invisible format characters, which can carry a whole sentence or an
// instruction to an AI inside a text that looks harmless ("ASCII
// smuggling" with tag characters, zero-width steganography).
//
// The invisible set is Unicode's Default_Ignorable_Code_Point (characters
// a renderer shows as nothing when it does not support them) plus the
// interlinear annotation marks, whose annotation text is usually hidden.
// It includes the soft hyphen U+00AD: it shows only at a line break, so
// it splits a word for a filter ("diabé\u00adtique") while the reader sees
// the word whole, and no prompt needs one. Three uses are legitimate and
// kept visible: a byte order mark at the very start of a text, a
// zero-width joiner between two emoji (👨‍👩‍👧), and an emoji presentation
// selector (U+FE0E, U+FE0F) after a symbol or a keycap digit; each can
// carry at most a bit next to a visible symbol, not a hidden sentence.
package hidden

import (
	"unicode"
	"unicode/utf8"
)

// Kind says what a character is to a reader.
type Kind uint8

// The kinds of characters.
const (
	Shown     Kind = iota // an ordinary character
	Invisible             // a format character shown as nothing
	Control               // a control character or a whole escape sequence
)

// At returns the kind of what starts at s[i] and its length in bytes: one
// character, or a whole escape sequence for ESC and the C1 CSI. Invalid
// UTF-8 is Shown, one byte long: callers that care refuse it on their own.
// Tab, line feed and carriage return are Shown.
func At(s string, i int) (Kind, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		switch {
		case c == 0x1b:
			return Control, escapeEnd(s, i+1) - i
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r', c == 0x7f:
			return Control, 1
		}
		return Shown, 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && size == 1:
		return Shown, 1
	case r == 0x9b: // C1 CSI: the same parameters as ESC [
		return Control, csiEnd(s, i+size) - i
	case r >= 0x80 && r <= 0x9f:
		return Control, size
	case isInvisible(r) && !allowedHere(s, i, r, size):
		return Invisible, size
	}
	return Shown, size
}

// IsInvisible reports whether r belongs to the invisible set, whatever its
// context (At allows three uses in context).
func IsInvisible(r rune) bool { return isInvisible(r) }

func isInvisible(r rune) bool {
	switch {
	case r < 0xad:
		return false
	case r == 0xad, r == 0x34f, r == 0x61c, r == 0x115f, r == 0x1160, r == 0x17b4, r == 0x17b5,
		r >= 0x180b && r <= 0x180f, // Mongolian variation selectors and vowel separator
		r >= 0x200b && r <= 0x200f, // zero-width space, non-joiner, joiner, direction marks
		r >= 0x202a && r <= 0x202e, // bidi embeddings and overrides
		r >= 0x2060 && r <= 0x206f, // word joiner, invisible operators, bidi isolates
		r == 0x3164, r == 0xffa0,   // Hangul fillers
		r >= 0xfe00 && r <= 0xfe0f, // variation selectors
		r == 0xfeff,                // zero-width no-break space (a byte order mark inside a text)
		r >= 0xfff9 && r <= 0xfffb, // interlinear annotation
		r >= 0x1bca0 && r <= 0x1bca3, r >= 0x1d173 && r <= 0x1d17a,
		r >= 0xe0000 && r <= 0xe0fff: // tag characters and variation selectors supplement
		return true
	}
	return false
}

// allowedHere reports the legitimate uses of an invisible character.
func allowedHere(s string, i int, r rune, size int) bool {
	switch r {
	case 0xfeff:
		return i == 0
	case 0x200d:
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+size:])
		return (isEmoji(prev) || prev == 0xfe0f) && isEmoji(next)
	case 0xfe0e, 0xfe0f:
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		return isEmoji(prev) || prev >= '0' && prev <= '9' || prev == '#' || prev == '*'
	}
	return false
}

// isEmoji approximates Extended_Pictographic: symbols and the skin tones.
func isEmoji(r rune) bool {
	return r > 0xff && unicode.Is(unicode.So, r) || r >= 0x1f3fb && r <= 0x1f3ff
}

// escapeEnd returns the end of the escape sequence whose ESC precedes
// s[i]: ESC [ is a CSI; ESC ] (OSC), P (DCS), X, ^ and _ open a string
// whose text is not part of the sequence (a reader of the sequence must
// still judge it); other sequences are intermediate bytes and one final.
func escapeEnd(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch c := s[i]; {
	case c == '[':
		return csiEnd(s, i+1)
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
		return i + 1
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++
	}
	return i
}

// csiEnd returns the end of a CSI sequence's parameters, intermediates and
// final byte starting at s[i].
func csiEnd(s string, i int) int {
	for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f {
		i++
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}
