package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"tamis/i18n"
)

// truncate cuts a one-line string to a display width, with an ellipsis.
func truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	return ansi.Truncate(s, width, "…")
}

// wrapText wraps plain text to a width, breaking long words too. The space
// of French punctuation (« : », « ? », guillemets) does not break: no line
// starts with an orphan « : »; the spaces are given back as they were.
func wrapText(s string, width int) string {
	if width < 4 {
		width = 4
	}
	return strings.ReplaceAll(ansi.Wrap(frenchSpaces.Replace(s), width, ""), "\u00a0", " ")
}

// frenchSpaces keeps a French punctuation mark with the word before it.
var frenchSpaces = strings.NewReplacer(" :", "\u00a0:", " ?", "\u00a0?", " !", "\u00a0!", " ;", "\u00a0;",
	" »", "\u00a0»", "« ", "«\u00a0")

// oneLine flattens a multi-line value for a one-line display.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// fitLines cuts or pads a block to exactly height lines. It does what a
// lipgloss Height and MaxHeight style would, without measuring and padding
// every line: the screen's frame pads the lines to the width once.
func fitLines(s string, height int) string {
	if height < 1 {
		return ""
	}
	n := strings.Count(s, "\n") + 1
	if n < height {
		return s + strings.Repeat("\n", height-n)
	}
	for ; n > height; n-- {
		s = s[:strings.LastIndexByte(s, '\n')]
	}
	return s
}

// cutLines keeps the first n lines of s, at least one.
func cutLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", max(n, 1)+1)
	if len(lines) > max(n, 1) {
		lines = lines[:max(n, 1)]
	}
	return strings.Join(lines, "\n")
}

// clamp keeps v within [lo, hi].
func clamp(v, lo, hi int) int {
	if v > hi {
		v = hi
	}
	if v < lo {
		v = lo
	}
	return v
}

// apostrophes sets a French text of the classifier (a finding's reason)
// with the typographic apostrophe used in every message; English is left
// as it is.
func apostrophes(s string) string {
	if i18n.English() {
		return s
	}
	return strings.ReplaceAll(s, "'", "’")
}

// colon is the French " : " (a space before the colon) or the English ": ".
func colon() string { return i18n.T(" : ", ": ") }

// quote puts a text between « » in French, “ ” in English.
func quote(s string) string { return i18n.T("« "+s+" »", "“"+s+"”") }

// wrapErr prefixes an error with a localized message, keeping it for errors.Is.
func wrapErr(fr, en string, err error) error {
	return fmt.Errorf("%s%s%w", i18n.T(fr, en), colon(), err)
}
