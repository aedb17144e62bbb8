package library

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"tamis/i18n"
)

// A variable is written [name] and must close on its own line. These are
// plain text, not variables:
//   - a Markdown link [text](url): the ] is followed by (
//   - a check box [ ], [x] or [X]
//   - an escaped bracket \[ (Fill prints it as [)
//   - brackets holding no letter or digit, such as […] or [...] in a quote
//   - a lone ]
//
// Two mistakes are errors, reported at the column of the opening [: a [
// not closed on its line (a variable never spans lines) and a [ opened
// inside another one ("[Nom asso [année]"), almost always a forgotten ].
// Names are trimmed and their inner spaces collapsed, so "[ Nom  asso ]"
// and "[Nom asso]" are the same variable.

// token is one special thing found in a text: a variable or an escape.
type token struct {
	start, end int    // bytes of s covered: "[name]" or `\[`
	name       string // "" for an escape
}

// scanError is a bracket mistake at byte offset off of the scanned text.
type scanError struct {
	off int
	msg string
}

// scan finds the variables and escapes of s. In strict mode it stops at the
// first bracket mistake; otherwise the faulty [ is kept as plain text.
func scan(s string, strict bool) ([]token, *scanError) {
	var toks []token
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], `[\`)
		if j < 0 {
			break
		}
		i += j
		if s[i] == '\\' {
			if i+1 < len(s) && s[i+1] == '[' {
				toks = append(toks, token{start: i, end: i + 2})
				i += 2
				continue
			}
			i++
			continue
		}
		end, err := closing(s, i)
		if err != nil {
			if strict {
				return toks, err
			}
			i++
			continue
		}
		if name, ok := varName(s, i, end); ok {
			toks = append(toks, token{start: i, end: end + 1, name: name})
		}
		i = end + 1
	}
	return toks, nil
}

// bracketError is scan in strict mode without collecting tokens: Parse
// runs it on every line of a block.
func bracketError(s string) *scanError {
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '[')
		if j < 0 {
			return nil
		}
		i += j
		if i > 0 && s[i-1] == '\\' {
			i++
			continue
		}
		end, err := closing(s, i)
		if err != nil {
			return err
		}
		i = end + 1
	}
	return nil
}

// closing returns the index of the ] closing the [ at open.
func closing(s string, open int) (int, *scanError) {
	for k := open + 1; k < len(s); k++ {
		switch s[k] {
		case ']':
			return k, nil
		case '\n':
			return 0, &scanError{open, msgUnclosed()}
		case '[':
			return 0, &scanError{open, i18n.T(
				"« [ » ouvert à l'intérieur d'un autre « [ » : il manque un « ] » (écrivez \\[ pour un crochet ordinaire)",
				"\"[\" opened inside another \"[\": a \"]\" is missing (write \\[ for a plain bracket)")}
		}
	}
	return 0, &scanError{open, msgUnclosed()}
}

func msgUnclosed() string {
	return i18n.T(
		"« [ » non fermé sur sa ligne : il manque « ] » (écrivez \\[ pour un crochet ordinaire)",
		"\"[\" not closed on its line: \"]\" is missing (write \\[ for a plain bracket)")
}

// varName tells whether s[open:end+1] is a variable, and its name.
func varName(s string, open, end int) (string, bool) {
	if end+1 < len(s) && s[end+1] == '(' { // Markdown link
		return "", false
	}
	name := canonName(s[open+1 : end])
	if name == "x" || name == "X" || !hasAlnum(name) { // check box, [ ], […]
		return "", false
	}
	return name, true
}

// canonName trims a name and collapses its inner runs of white space.
func canonName(s string) string {
	if isCanonSpaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isCanonSpaced is the allocation-free common case of canonName: ASCII
// spaces only, single, and not at either end.
func isCanonSpaced(s string) bool {
	prevSpace := true // no leading space
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
			prevSpace = false
		case c <= ' ': // tab, newline and other ASCII white space
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// VarNames returns the variables of text in first-seen order, each once.
// A bracket mistake is skipped (Parse reports it; VarNames never fails).
func VarNames(text string) []string {
	toks, _ := scan(text, false)
	return appendNames(nil, toks)
}

// appendNames adds the names of toks not already in names.
func appendNames(names []string, toks []token) []string {
	for _, t := range toks {
		if t.name != "" && !contains(names, t.name) {
			names = append(names, t.name)
		}
	}
	return names
}

// contains is a linear search: a template has a handful of variables, where
// a map would cost more than it saves.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
