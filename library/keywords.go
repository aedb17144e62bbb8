package library

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// keyword is a section or metadata label of the format.
type keyword int

const (
	kwNone keyword = iota
	kwContext
	kwPrompt
	kwVariables
	kwTags
	kwStatus
)

// keywords maps a normalized label (Normalize: lower case, no accents) to
// its keyword, so that "CONTEXTE", "Contexte" and "contexte" are the same,
// as are "Statut" and "statut", "Étiquettes" and "etiquettes". The English
// labels cost nothing and help a bilingual référent.
var keywords = map[string]keyword{
	"contexte":   kwContext,
	"context":    kwContext,
	"prompt":     kwPrompt,
	"variables":  kwVariables,
	"variable":   kwVariables,
	"tags":       kwTags,
	"tag":        kwTags,
	"etiquettes": kwTags,
	"statut":     kwStatus,
	"status":     kwStatus,
}

// maxKeywordLen skips normalizing words that cannot be a keyword.
const maxKeywordLen = 12

// keywordLine recognizes a label line: "CONTEXTE :", "Prompt: text",
// "## Variables", "**Statut :** brouillon". Spaces around ":" are free and
// Markdown heading or bold marks around the label are ignored. Text after
// the ":" is returned in rest. A label without ":" must stand alone.
func keywordLine(line string) (kw keyword, rest string) {
	t := strings.TrimLeft(line, " \t#")
	marks := t[:len(t)-len(strings.TrimLeft(t, "*_"))] // bold or italic label
	t = t[len(marks):]
	n := 0
	for n < len(t) {
		r, size := utf8.DecodeRuneInString(t[n:])
		if !unicode.IsLetter(r) {
			break
		}
		n += size
	}
	if n == 0 || n > maxKeywordLen+4 {
		return kwNone, ""
	}
	word, after := t[:n], strings.TrimLeft(t[n:], " \t")
	after = strings.TrimLeft(strings.TrimPrefix(after, marks), " \t") // "**Statut** :"
	switch {
	case after == "":
	case after[0] == ':':
		rest = strings.TrimSpace(after[1:])
		if marks != "" && strings.HasPrefix(rest, marks) { // "**Statut :** brouillon"
			rest = strings.TrimSpace(rest[len(marks):])
		}
	case after == marks:
	default:
		return kwNone, ""
	}
	kw = keywords[Normalize(word)]
	if kw == kwNone {
		return kwNone, ""
	}
	return kw, rest
}

// headingRe matches "[PROMPT-001] Title", the line that starts a template,
// optionally as a Markdown heading. The id is PROMPT- and 3 or more digits.
var headingRe = regexp.MustCompile(`^[ \t]*(?:#+[ \t]*)?\[[ \t]*(?i:prompt)-([0-9]{3,})[ \t]*\](.*)$`)

// badHeadingRe matches what was meant as a heading but is not one:
// "[PROMPT-01]", "[Prompt 1]", "[PROMPT-001a]", "[PROMPT]".
var badHeadingRe = regexp.MustCompile(`^[ \t]*(?:#+[ \t]*)?\[[ \t]*(?i:prompt)[ \t]*(?:[-_–][^\]]*|[0-9][^\]]*)?\]`)

// badHeadingInBodyRe is the narrower form checked inside a block, where
// "[Prompt]" at the start of a line may well be a variable: it needs a dash
// or a digit ("[PROMPT-01]", "[Prompt 12]", "[PROMPT-001a]").
var badHeadingInBodyRe = regexp.MustCompile(`^[ \t]*(?:#+[ \t]*)?\[[ \t]*(?i:prompt)[ \t]*(?:[-_–][^\]]*|[0-9][^\]]*)\]`)

// mayBeHeading is the cheap test run before the heading regexps: the line
// starts with "[" or "#".
func mayBeHeading(line string) bool {
	t := strings.TrimLeft(line, " \t")
	return t != "" && (t[0] == '[' || t[0] == '#')
}

// heading returns the id and title of a heading line.
func heading(line string) (id, title string, ok bool) {
	if !mayBeHeading(line) {
		return "", "", false
	}
	m := headingRe.FindStringSubmatch(line)
	if m == nil {
		return "", "", false
	}
	return "PROMPT-" + m[1], collapseSpaces(m[2]), true
}

// statuses maps a normalized status word to its status, so that "validé",
// "Valide", "validée" and "VALIDÉ" all mean validated.
var statuses = map[string]Status{
	"brouillon": StatusDraft,
	"draft":     StatusDraft,
	"valide":    StatusValidated,
	"validee":   StatusValidated,
	"validated": StatusValidated,
	"archive":   StatusArchived,
	"archivee":  StatusArchived,
	"archived":  StatusArchived,
}

// parseStatus reads the value of a Statut line.
func parseStatus(s string) (Status, bool) {
	st, ok := statuses[Normalize(collapseSpaces(s))]
	return st, ok
}

// parseTags splits a Tags line on commas (or semicolons), trims and
// collapses each tag, and drops empty ones and repeats (compared with
// Normalize, first spelling kept).
func parseTags(s string) []string {
	var tags, seen []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
		tag := collapseSpaces(f)
		if tag == "" {
			continue
		}
		if key := Normalize(tag); !contains(seen, key) {
			seen = append(seen, key)
			tags = append(tags, tag)
		}
	}
	return tags
}

// collapseSpaces trims s and reduces its inner white space to single spaces.
func collapseSpaces(s string) string { return canonName(s) }

// isSeparator reports a decoration line such as "---", "***" or "====",
// which a shared document often puts between two templates.
func isSeparator(line string) bool {
	t := strings.TrimSpace(line)
	if len(t) < 3 {
		return false
	}
	return strings.Trim(t, "-_*=~ \t") == ""
}

// ParseStatus reads a status as a référent may type it ("Validé", "valide",
// "brouillon", "ARCHIVÉE"…); ok is false for anything else.
func ParseStatus(s string) (st Status, ok bool) { return parseStatus(s) }
