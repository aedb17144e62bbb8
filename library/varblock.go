package library

import "strings"

// A VARIABLES line describes one variable, in a form that still reads as
// plain text:
//
//	- [année] : année de création ; défaut : 2010
//	- [usage] : support visé ; choix : site web | plaquette | réseaux sociaux
//	- [mission] : la mission en une ou deux phrases ; plusieurs lignes
//	- [date] : date de l'atelier ; type : date
//
// Parts are separated by ";". A part "défaut : X" gives the default, "choix :
// a | b" the choices, "type : date" the kind (see kind.go), "plusieurs
// lignes" makes the variable multi-line; any
// other part is help text (several such parts are joined with " ; ", so a
// help text may hold a plain semicolon). To put ";" or "|" inside a value
// write \; or \| (and \\ for a backslash before one of them); Format does so.

// parseVarLine reads one VARIABLES line. ok is false when the line is not a
// variable line at all.
func parseVarLine(line string) (v Variable, ok bool) {
	v, ok, _ = parseVarLineKind(line)
	return v, ok
}

// parseVarLineKind is parseVarLine that also returns a "type :" value that
// names no kind (badKind), which is an error: a misspelt kind must not
// silently leave a field unchecked.
func parseVarLineKind(line string) (v Variable, ok bool, badKind string) {
	name, rest, ok := splitVarLine(line)
	if !ok {
		return v, false, ""
	}
	v.Name = canonName(name)
	var help []string
	for _, part := range splitUnescaped(rest, ';') {
		part = strings.TrimSpace(part)
		switch key, value := metaPart(part); key {
		case metaDefault:
			v.Default = collapseSpaces(unescape(value))
		case metaChoices:
			v.Choices = parseChoices(value)
		case metaMultiline:
			v.Multiline = true
		case metaKind:
			k, known := ParseKind(unescape(value))
			if !known {
				badKind = collapseSpaces(unescape(value))
			}
			v.Kind = k
		default:
			if h := collapseSpaces(unescape(part)); h != "" {
				help = append(help, h)
			}
		}
	}
	v.Help = strings.Join(help, " ; ")
	return v, true, badKind
}

// splitVarLine cuts "- [name] : rest": the bullet (-, * or •) is optional,
// and the ":" may be a dash. (A hand-written cut: a regexp here was half of
// the parse time, help texts being long.)
func splitVarLine(line string) (name, rest string, ok bool) {
	t := strings.TrimLeft(line, " \t")
	for _, bullet := range []string{"-", "*", "•"} {
		if strings.HasPrefix(t, bullet) {
			t = strings.TrimLeft(t[len(bullet):], " \t")
			break
		}
	}
	if t == "" || t[0] != '[' {
		return "", "", false
	}
	end := strings.IndexAny(t[1:], "[]") + 1
	if end == 0 || t[end] != ']' {
		return "", "", false
	}
	name, after := t[1:end], strings.TrimLeft(t[end+1:], " \t")
	if after == "" {
		return name, "", true
	}
	for _, sep := range []string{":", "–", "—", "-"} {
		if strings.HasPrefix(after, sep) {
			return name, after[len(sep):], true
		}
	}
	return "", "", false
}

type metaKey int

const (
	metaHelp metaKey = iota
	metaDefault
	metaChoices
	metaMultiline
	metaKind
)

// metaLabels are the normalized labels of a part, before its ":".
var metaLabels = map[string]metaKey{
	"defaut":     metaDefault,
	"par defaut": metaDefault,
	"default":    metaDefault,
	"choix":      metaChoices,
	"choices":    metaChoices,
	"options":    metaChoices,
	"type":       metaKind,
	"kind":       metaKind,
}

// multilineWords are the normalized parts that make a variable multi-line.
var multilineWords = map[string]bool{
	"plusieurs lignes":     true,
	"sur plusieurs lignes": true,
	"multiligne":           true,
	"multi-ligne":          true,
	"multilignes":          true,
	"multiline":            true,
}

// metaPart tells what a (raw, trimmed) part of a VARIABLES line is.
func metaPart(part string) (metaKey, string) {
	if label, value, ok := strings.Cut(part, ":"); ok && len(label) <= 16 {
		if key, ok := metaLabels[Normalize(collapseSpaces(label))]; ok {
			return key, value
		}
	}
	if len(part) <= 24 && multilineWords[Normalize(collapseSpaces(part))] {
		return metaMultiline, ""
	}
	return metaHelp, part
}

// parseChoices splits a raw "a | b | c" list, dropping empty choices.
func parseChoices(raw string) []string {
	var out []string
	for _, c := range splitUnescaped(raw, '|') {
		if c = collapseSpaces(unescape(c)); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// isEscapable lists the bytes a backslash escapes in VARIABLES lines.
func isEscapable(c byte) bool { return c == ';' || c == '|' || c == '\\' }

// splitUnescaped splits s on sep, except where sep is escaped.
func splitUnescaped(s string, sep byte) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && isEscapable(s[i+1]):
			i++
		case s[i] == sep:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

// unescape removes the backslash of \; \| and \\. Other backslashes stay.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && isEscapable(s[i+1]) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// escape is the inverse of unescape for a value of a VARIABLES line: ";"
// always, "|" inside choices, and a backslash only where it would otherwise
// be read as an escape.
func escape(s string, inChoices bool) string {
	if !strings.ContainsAny(s, `;|\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ';', c == '|' && inChoices:
			b.WriteByte('\\')
		case c == '\\' && i+1 < len(s) && isEscapable(s[i+1]):
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// hasMeta reports whether a variable needs a VARIABLES line.
func (v Variable) hasMeta() bool {
	return v.Help != "" || v.Kind != KindNone || v.Default != "" || len(v.Choices) > 0 || v.Multiline
}

// formatVarLine writes the canonical VARIABLES line of v.
func formatVarLine(b *strings.Builder, v Variable) {
	b.WriteString("- [")
	b.WriteString(v.Name)
	b.WriteString("] :")
	sep := " "
	if v.Help != "" {
		b.WriteString(sep + escape(v.Help, false))
		sep = " ; "
	}
	if v.Kind != KindNone {
		b.WriteString(sep + "type : " + escape(string(v.Kind), false))
		sep = " ; "
	}
	if v.Default != "" {
		b.WriteString(sep + "défaut : " + escape(v.Default, false))
		sep = " ; "
	}
	if len(v.Choices) > 0 {
		b.WriteString(sep + "choix : ")
		for i, c := range v.Choices {
			if i > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(escape(c, true))
		}
		sep = " ; "
	}
	if v.Multiline {
		b.WriteString(sep + "plusieurs lignes")
	}
	b.WriteByte('\n')
}
