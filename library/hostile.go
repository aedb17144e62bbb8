package library

import (
	"fmt"
	"unicode/utf8"

	"tamis/i18n"
	"tamis/library/hidden"
)

// checkText rejects what must never reach a terminal or an AI prompt:
// invalid UTF-8, control characters (which is how terminal escape sequences
// start: ESC, or the C1 CSI/OSC forms), and the bidirectional overrides that
// make a text read differently from what it holds, and the invisible
// characters (zero-width, tags, direction marks: see package hidden) that
// can carry a hidden sentence or a hidden instruction to the AI. Only \n,
// \t and the \r of a \r\n line end are allowed. It reports the first offence only: a file that
// holds one usually holds thousands (a binary file), and one is enough to
// refuse it.
func checkText(file, s string) *ParseError {
	line, col := 1, 1
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				line, col = line+1, 1
				i++
				continue
			case c == '\r' && i+1 < len(s) && s[i+1] == '\n':
			case c == '\t':
			case c < 0x20 || c == 0x7f:
				return forbidden(file, line, col, rune(c))
			}
			i, col = i+1, col+1
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return &ParseError{File: file, Line: line, Col: col,
				Msg: i18n.T("texte invalide : le fichier n'est pas en UTF-8", "invalid text: the file is not UTF-8")}
		}
		if forbiddenRune(r) {
			return forbidden(file, line, col, r)
		}
		if k, _ := hidden.At(s, i); k == hidden.Invisible {
			return forbidden(file, line, col, r)
		}
		i, col = i+size, col+1
	}
	return nil
}

// forbiddenRune reports the non-ASCII runes checkText refuses.
func forbiddenRune(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f: // C1 controls, among them CSI and OSC
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069: // bidi embeddings, overrides, isolates
		return true
	case r == 0x2028 || r == 0x2029: // line and paragraph separators break line-based display
		return true
	}
	return false
}

func forbidden(file string, line, col int, r rune) *ParseError {
	var msg string
	switch {
	case r == 0x1b || (r >= 0x80 && r <= 0x9f):
		msg = fmt.Sprintf(i18n.T(
			"caractère interdit U+%04X : séquence d'échappement de terminal ou caractère de contrôle",
			"forbidden character U+%04X: terminal escape sequence or control character"), r)
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x2028, r == 0x2029:
		msg = fmt.Sprintf(i18n.T(
			"caractère interdit U+%04X : contrôle invisible du sens ou des lignes du texte",
			"forbidden character U+%04X: invisible control of text direction or lines"), r)
	case hidden.IsInvisible(r):
		msg = fmt.Sprintf(i18n.T(
			"caractère invisible interdit U+%04X : il peut cacher du texte ou une consigne à l'IA ; retirez-le",
			"forbidden invisible character U+%04X: it can hide text or an instruction to the AI; remove it"), r)
	case r == '\r':
		msg = i18n.T(
			"retour chariot isolé U+000D : enregistrez le fichier avec des fins de ligne Unix (\\n) ou Windows (\\r\\n)",
			"lone carriage return U+000D: save the file with Unix (\\n) or Windows (\\r\\n) line ends")
	default:
		msg = fmt.Sprintf(i18n.T(
			"caractère de contrôle interdit U+%04X",
			"forbidden control character U+%04X"), r)
	}
	return &ParseError{File: file, Line: line, Col: col, Msg: msg}
}

// CheckValue applies the same refusal to one value typed on the command
// line or kept in the profile: a value can reach a terminal or a prompt as
// surely as a template can. name says which value, in the error.
func CheckValue(name, value string) error {
	if pe := checkText(name, value); pe != nil {
		return pe
	}
	return nil
}
