package tui

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tamis/library"
)

// itemDelegate draws a template of the list like list.DefaultDelegate,
// with two differences: the selection stays visible while the filter is
// typed, because enter opens it; and the letters that match the filter are
// highlighted in the id and title, found again here on the words as
// displayed (accents and case folded), since the filter works on a
// normalised text whose letters do not line up with the title's.
//
// When the list is too narrow for its longest title, titles wrap to two
// lines (wrap, with a delegate of height 3) rather than being cut.
type itemDelegate struct {
	list.DefaultDelegate
	wrap bool
}

func newItemDelegate() itemDelegate { return itemDelegate{DefaultDelegate: list.NewDefaultDelegate()} }

// Render draws one item: title line and tags line.
func (d itemDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	it, ok := item.(templateItem)
	if !ok || m.Width() <= 0 {
		return
	}
	s := &d.Styles
	textwidth := m.Width() - s.NormalTitle.GetPaddingLeft() - s.NormalTitle.GetPaddingRight()
	title := it.Title()
	if !d.wrap {
		title = ansi.Truncate(title, textwidth, "…")
	}
	desc := ansi.Truncate(it.Description(), textwidth, "…")
	term := m.FilterValue()
	filtering := m.FilterState() != list.Unfiltered
	titleSt, descSt := s.NormalTitle, s.NormalDesc
	switch {
	case m.FilterState() == list.Filtering && term == "":
		titleSt, descSt = s.DimmedTitle, s.DimmedDesc
	case index == m.Index():
		titleSt, descSt = s.SelectedTitle, s.SelectedDesc
	}
	if filtering && term != "" {
		unmatched := titleSt.Inline(true)
		matched := unmatched.Inherit(s.FilterMatch)
		title = lipgloss.StyleRunes(title, matchedRunes(title, strings.Fields(library.Normalize(term))), matched, unmatched)
	}
	if d.wrap {
		title = twoLines(title, textwidth)
	}
	fmt.Fprintf(w, "%s\n%s", titleSt.Render(title), descSt.Render(desc)) //nolint:errcheck // a strings.Builder
}

// twoLines wraps a title to a width on at most two lines, the second cut
// with an ellipsis if need be; a short title keeps a blank second line, so
// every item has the same height.
func twoLines(title string, width int) string {
	lines := strings.SplitN(ansi.Wrap(title, width, ""), "\n", 3)
	switch len(lines) {
	case 1:
		return lines[0] + "\n"
	case 3:
		lines[1] = ansi.Truncate(lines[1]+" "+lines[2], width, "…")
	}
	return lines[0] + "\n" + strings.TrimRight(lines[1], " ")
}

// matchedRunes returns the indexes of the runes of display that the words
// match, each word at its first place starting a word, else its first
// place. Matching is on the normalised text; each normalised byte remembers
// the rune of display it comes from.
func matchedRunes(display string, words []string) []int {
	var norm strings.Builder
	var owner []int
	ri := 0
	for _, r := range display {
		n := library.Normalize(string(r))
		norm.WriteString(n)
		for range len(n) {
			owner = append(owner, ri)
		}
		ri++
	}
	text := norm.String()
	seen := map[int]bool{}
	var out []int
	for _, w := range words {
		at := firstPlace(text, w)
		if at < 0 {
			continue
		}
		for b := at; b < at+len(w); b++ {
			if r := owner[b]; !seen[r] {
				seen[r] = true
				out = append(out, r)
			}
		}
	}
	slices.Sort(out)
	return out
}

// firstPlace is where w starts a word of s, else where it first occurs.
func firstPlace(s, w string) int {
	first := -1
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return first
		}
		if startsWord(s, off+i) {
			return off + i
		}
		if first < 0 {
			first = off + i
		}
		off += i + 1
	}
}
