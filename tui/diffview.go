package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tamis/library/linediff"
)

// sideBySideWidth is the width from which two texts are drawn side by
// side; below it, one above the other.
const sideBySideWidth = 100

// diffText is two texts compared: names and texts, old then new.
type diffText struct {
	oldName, newName string
	oldText, newText string
}

// render draws the texts with their differences, as lines to scroll:
// removed lines marked - (red), added ones + (green), so that the marks
// say it without colour (NO_COLOR). The edit script is the one of `tamis
// history --diff`.
func (d diffText) render(c *Common) []string {
	ops := linediff.Lines(linediff.SplitLines(d.oldText), linediff.SplitLines(d.newText))
	if c.Width >= sideBySideWidth {
		return d.sideBySide(c, linediff.Rows(ops))
	}
	return d.stacked(c, ops)
}

// sideBySide is one row a line: the old text on the left, the new one on
// the right, a changed line beside what replaced it.
func (d diffText) sideBySide(c *Common, rows []linediff.Row) []string {
	col := (c.Width - 3) / 2
	sep := c.Styles.Subtle.Render(" │ ")
	head := c.Styles.Title.Render(pad(truncate(d.oldName, col), col)) + sep + c.Styles.Title.Render(truncate(d.newName, col))
	out := []string{head}
	for _, r := range rows {
		left := strings.Split(diffCell(c, r.LeftKind, r.Left, col), "\n")
		right := strings.Split(diffCell(c, r.RightKind, r.Right, col), "\n")
		for i := range max(len(left), len(right)) {
			l, rr := "", ""
			if i < len(left) {
				l = left[i]
			}
			if i < len(right) {
				rr = right[i]
			}
			out = append(out, pad(l, col)+sep+rr)
		}
	}
	return out
}

// stacked is the old text above the new one, each under its name.
func (d diffText) stacked(c *Common, ops []linediff.Op) []string {
	out := []string{c.Styles.Title.Render(truncate(d.oldName, c.Width))}
	for _, op := range ops {
		if op.Kind != '+' {
			out = append(out, strings.Split(diffCell(c, op.Kind, op.Line, c.Width), "\n")...)
		}
	}
	out = append(out, "", c.Styles.Title.Render(truncate(d.newName, c.Width)))
	for _, op := range ops {
		if op.Kind != '-' {
			out = append(out, strings.Split(diffCell(c, op.Kind, op.Line, c.Width), "\n")...)
		}
	}
	return out
}

// diffCell is one line of a text, wrapped to width, each piece behind the
// line's mark and in its colour; "" for no line (kind 0).
func diffCell(c *Common, kind byte, line string, width int) string {
	if kind == 0 {
		return ""
	}
	mark := string(kind) + " "
	style := lipgloss.NewStyle()
	switch kind {
	case '-':
		style = c.Styles.Error
	case '+':
		style = c.Styles.Notice
	}
	pieces := strings.Split(wrapText(line, max(width-2, 4)), "\n")
	for i, p := range pieces {
		pieces[i] = style.Render(mark + p)
	}
	return strings.Join(pieces, "\n")
}

// pad fills a rendered line with spaces up to width.
func pad(s string, width int) string {
	if w := ansi.StringWidth(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}
