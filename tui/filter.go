package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/library"
)

// templateItem is one template in the browse list. Its filter text is
// normalised once, so that a keystroke in the filter only compares strings
// (10,000 templates under 16 ms). The first frame only indexes id, title
// and tags (quickItem); the full text is indexed by indexCmd in the
// background, which keeps the first frame fast on a large library.
type templateItem struct {
	t      library.Template
	filter string
}

// quickItem indexes the id, title and tags only.
func quickItem(t library.Template) templateItem {
	return templateItem{t: t, filter: library.Normalize(t.ID + "\n" + t.Title + "\n" + strings.Join(t.Tags, "\n"))}
}

func newTemplateItem(t library.Template) templateItem { return indexItem(t, map[string]bool{}) }

// indexItem indexes the whole text; seen is scratch space, reused across
// templates to spare the allocations.
func indexItem(t library.Template, seen map[string]bool) templateItem {
	var b strings.Builder
	b.Grow(len(t.ID) + len(t.Title) + len(t.Context) + len(t.Prompt) + 16*len(t.Tags) + 8)
	b.WriteString(t.ID)
	b.WriteByte('\n')
	b.WriteString(t.Title)
	for _, tag := range t.Tags {
		b.WriteByte('\n')
		b.WriteString(tag)
	}
	b.WriteByte('\n')
	b.WriteString(t.Context)
	b.WriteByte('\n')
	b.WriteString(t.Prompt)
	return templateItem{t: t, filter: distinctWords(library.Normalize(b.String()), seen)}
}

// distinctWords keeps each word of s once, in first-seen order. A filter
// word holds no space, so it is found in s exactly when it is found in one
// of its words: the shorter text gives the same matches, faster.
func distinctWords(s string, seen map[string]bool) string {
	clear(seen)
	var b strings.Builder
	b.Grow(len(s))
	for w := range strings.FieldsSeq(s) {
		if !seen[w] {
			seen[w] = true
			b.WriteString(w)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func (i templateItem) Title() string { return i.t.ID + "  " + i.t.Title }

func (i templateItem) Description() string {
	if len(i.t.Tags) == 0 {
		return "—"
	}
	return strings.Join(i.t.Tags, ", ")
}

func (i templateItem) FilterValue() string { return i.filter }

// filterTemplates is the list's FilterFunc: every word of the term must
// appear in the target, ignoring case and accents ("benevole" finds
// "Bénévoles"). Results keep the list order (sorted by id), which is what a
// volunteer who knows the numbering expects; no fuzzy matching, because
// fuzzy hits on long prompt texts would match almost anything.
func filterTemplates(term string, targets []string) []list.Rank {
	words := strings.Fields(library.Normalize(term))
	ranks := make([]list.Rank, 0, len(targets))
	for i, t := range targets {
		if matchesAll(t, words) {
			ranks = append(ranks, list.Rank{Index: i})
		}
	}
	return ranks
}

func matchesAll(target string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(target, w) {
			return false
		}
	}
	return true
}

// indexMsg carries the fully indexed items.
type indexMsg []list.Item

// indexCmd normalises every template's whole text off the UI loop.
func indexCmd(ts []library.Template) tea.Cmd {
	return func() tea.Msg {
		items := make([]list.Item, len(ts))
		seen := map[string]bool{}
		for i, t := range ts {
			items[i] = indexItem(t, seen)
		}
		return indexMsg(items)
	}
}
