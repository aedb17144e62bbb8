package tui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/library"
)

// templateItem is one template in the browse list. Its filter text is
// normalised once, so that a keystroke in the filter only compares strings
// (10,000 templates under 16 ms). It holds four parts, one per line, in
// the order they rank: id, title, tags, body (see filterTemplates). The
// first frame only indexes id, title and tags (quickItem); the body is
// indexed by indexCmd in the background, which keeps the first frame fast
// on a large library.
type templateItem struct {
	t      library.Template
	filter string
}

// quickItem indexes the id, title and tags only.
func quickItem(t library.Template) templateItem {
	return templateItem{t: t, filter: headPart(t) + "\n"}
}

// headPart is the id, title and tags parts of the filter text. A line
// break in a title would shift the parts: it is folded into a space.
func headPart(t library.Template) string {
	var b strings.Builder
	b.Grow(len(t.ID) + len(t.Title) + 16*len(t.Tags) + 2)
	flat := func(s string) { b.WriteString(strings.ReplaceAll(s, "\n", " ")) } // no copy without a break
	flat(t.ID)
	b.WriteByte('\n')
	flat(t.Title)
	b.WriteByte('\n')
	for i, tag := range t.Tags {
		if i > 0 {
			b.WriteByte(' ')
		}
		flat(tag)
	}
	return library.Normalize(b.String())
}

func newTemplateItem(t library.Template) templateItem { return indexItem(t, map[string]bool{}) }

// indexItem indexes the whole text; seen is scratch space, reused across
// templates to spare the allocations.
func indexItem(t library.Template, seen map[string]bool) templateItem {
	body := distinctWords(library.Normalize(t.Context+"\n"+t.Prompt), seen)
	return templateItem{t: t, filter: headPart(t) + "\n" + body}
}

// distinctWords keeps each word of s once, in first-seen order, separated
// by spaces (a line break separates the parts of the filter text). A filter
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
			b.WriteByte(' ')
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
// "Bénévoles"). Matches are ranked by where the words are found: id, then
// title, then tags, then body, a word found at the start of a word before
// one found inside; ties keep the list order (sorted by id). No fuzzy
// matching, because fuzzy hits on long prompt texts would match almost
// anything.
func filterTemplates(term string, targets []string) []list.Rank {
	words := strings.Fields(library.Normalize(term))
	type scored struct{ score, index int }
	hits := make([]scored, 0, len(targets))
	for i, t := range targets {
		if s, ok := score(t, words); ok {
			hits = append(hits, scored{s, i})
		}
	}
	slices.SortStableFunc(hits, func(a, b scored) int { return a.score - b.score })
	ranks := make([]list.Rank, len(hits))
	for i, h := range hits {
		ranks[i] = list.Rank{Index: h.index}
	}
	return ranks
}

// score sums, over the words, the rank of the best place each is found in
// (lower is better); ok is false when a word is missing.
func score(target string, words []string) (int, bool) {
	total := 0
	for _, w := range words {
		r := wordRank(target, w)
		if r < 0 {
			return 0, false
		}
		total += r
	}
	return total, true
}

// wordRank is 2×part for a word found at the start of a word of that part
// (0 id, 1 title, 2 tags, 3 body), 2×part+1 when found inside a word only,
// -1 when not found.
func wordRank(target, w string) int {
	rest := target
	for part := 0; part < 4; part++ {
		end := len(rest) // the body holds no line break: not searched
		if part < 3 {
			if i := strings.IndexByte(rest, '\n'); i >= 0 {
				end = i
			}
		}
		if p := partRank(rest[:end], w); p >= 0 {
			return 2*part + p
		}
		if end == len(rest) {
			return -1
		}
		rest = rest[end+1:]
	}
	return -1
}

// partRank is 0 when w starts a word of s, 1 when it is only inside one,
// -1 when absent.
func partRank(s, w string) int {
	best := -1
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return best
		}
		if startsWord(s, off+i) {
			return 0
		}
		best, off = 1, off+i+1
	}
}

// startsWord reports whether byte i of a normalised text begins a word.
func startsWord(s string, i int) bool {
	if i == 0 {
		return true
	}
	c := s[i-1]
	return !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c >= 0x80)
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

// bestMatch is the template the filter ranks first among items, computed
// at once: what enter opens when the list's own matches lag behind.
func bestMatch(items []list.Item, words []string) (library.Template, bool) {
	var best library.Template
	bestScore, found := 0, false
	for _, li := range items {
		it, ok := li.(templateItem)
		if !ok {
			continue
		}
		if s, ok := score(it.filter, words); ok && (!found || s < bestScore) {
			best, bestScore, found = it.t, s, true
		}
	}
	return best, found
}
