package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/term"

	"tamis/i18n"
	"tamis/library/classify"
	"tamis/library/hidden"
)

// verdictLine is the verdict in words and a symbol, never colour alone.
func verdictLine(r classify.Result) string {
	switch r.Verdict {
	case classify.Blocked:
		return fmt.Sprintf(i18n.T("✗ BLOQUÉ — %s : ne pas donner à une IA publique", "✗ BLOCKED — %s: do not give to a public AI"), categoryName(r.Category))
	case classify.Doubt:
		return fmt.Sprintf(i18n.T("? DOUTE — %s : vérifiez avant de l’utiliser", "? DOUBT — %s: check before using it"), categoryName(r.Category))
	}
	return fmt.Sprintf(i18n.T("✓ OK — %s", "✓ OK — %s"), categoryName(r.Category))
}

func categoryName(c classify.Category) string {
	switch c {
	case classify.Published:
		return i18n.T("catégorie 1, publié par l’association", "category 1, published by the association")
	case classify.Public:
		return i18n.T("catégorie 2, public", "category 2, public")
	case classify.Personal:
		return i18n.T("catégorie 3, donnée personnelle", "category 3, personal data")
	}
	return i18n.T("catégorie 4, donnée sensible", "category 4, sensitive data")
}

// printReport writes the readable French report of `tamis classify`: the
// verdict, the text with its flagged spans marked, then one line a finding.
func printReport(w io.Writer, text string, r classify.Result) {
	fmt.Fprintln(w, verdictLine(r))
	if len(r.Findings) == 0 {
		return
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "  "+strings.ReplaceAll(markSpans(sanitize(text), r.Findings, useColor(w)), "\n", "\n  "))
	fmt.Fprintln(w)
	printFindings(w, text, r.Findings)
}

// printFindings lists findings, one a line, with the flagged text quoted.
func printFindings(w io.Writer, text string, fs []classify.Finding) {
	for _, f := range fs {
		mark := "✗"
		if f.Verdict == classify.Doubt {
			mark = "?"
		}
		fmt.Fprintf(w, i18n.T("  %s %s « %s » (%s, catégorie %d)\n", "  %s %s “%s” (%s, category %d)\n"),
			mark, f.Reason, excerpt(text[f.Start:f.End]), f.Rule, f.Category)
	}
}

// markSpans surrounds each flagged span with ⟦ ⟧ (and reverse video on a
// colour terminal) so the report reads the same with or without colour.
func markSpans(text string, fs []classify.Finding, color bool) string {
	open, close := "⟦", "⟧"
	if color {
		open, close = "\x1b[7m⟦", "⟧\x1b[27m"
	}
	var b strings.Builder
	pos := 0
	for _, f := range fs {
		if f.Start < pos { // overlapping findings: the first one already marks this text
			continue
		}
		b.WriteString(text[pos:f.Start])
		b.WriteString(open + text[f.Start:f.End] + close)
		pos = f.End
	}
	b.WriteString(text[pos:])
	return b.String()
}

// excerpt keeps a quoted span short and on one line.
func excerpt(s string) string {
	if len(s) > 512 { // a span may cover megabytes (rule too-many): only its start is shown
		end := 512
		for end > 0 && !utf8.RuneStart(s[end]) {
			end--
		}
		s = s[:end] + " …"
	}
	s = strings.Join(strings.Fields(sanitize(s)), " ")
	if r := []rune(s); len(r) > 60 {
		return string(r[:57]) + "…"
	}
	return s
}

// useColor reports whether w is a terminal that may show reverse video:
// not when NO_COLOR is set, nor for a pipe, a file or /dev/null.
func useColor(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// sanitize replaces control characters, escape sequences included,
// invisible characters (zero-width, tags, direction marks: package
// hidden) and invalid UTF-8 by visible marks, so that a value cannot drive the terminal
// that shows it. Each replacement has the byte length of what it replaces,
// so that the findings' offsets still point at the same text.
func sanitize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteByte('?')
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			b.WriteByte('?')
		case r >= 0x80 && r <= 0x9f:
			b.WriteString("??") // a C1 control is two bytes in UTF-8
		case r >= utf8.RuneSelf && invisibleAt(s, i):
			b.WriteString(strings.Repeat("?", size)) // shown, where it hides
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func invisibleAt(s string, i int) bool {
	k, _ := hidden.At(s, i)
	return k == hidden.Invisible
}
