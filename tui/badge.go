package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
	"tamis/library/classify"
)

// level is what a volunteer reads beside a value: a word, a symbol and a
// colour, never the colour alone (NO_COLOR, colour blindness).
type level int

const (
	levelEmpty level = iota
	levelPublic
	levelDoubt
	levelPersonal
	levelSensitive
)

// levelOf turns a classification into the level shown on screen.
func levelOf(r classify.Result) level {
	switch {
	case r.Verdict == classify.Blocked && r.Category >= classify.Sensitive:
		return levelSensitive
	case r.Verdict == classify.Blocked:
		return levelPersonal
	case r.Verdict == classify.Doubt:
		return levelDoubt
	}
	return levelPublic
}

func (l level) symbol() string {
	return [...]string{"·", "✓", "?", "✗", "⛔"}[l]
}

func (l level) word() string {
	switch l {
	case levelPublic:
		return i18n.T("public", "public")
	case levelDoubt:
		return i18n.T("doute", "doubt")
	case levelPersonal:
		return i18n.T("personnel", "personal")
	case levelSensitive:
		return i18n.T("sensible", "sensitive")
	}
	return i18n.T("à remplir", "to fill")
}

func (l level) style(s Styles) lipgloss.Style {
	switch l {
	case levelPublic:
		return s.Public
	case levelDoubt:
		return s.Doubt
	case levelPersonal:
		return s.Personal
	case levelSensitive:
		return s.Sensitive
	}
	return s.Subtle
}

// badge renders "✓ public", "✗ personnel"…
func badge(s Styles, l level) string { return l.style(s).Render(l.symbol() + " " + l.word()) }

// worst returns the most severe finding: the one whose reason is shown.
func worst(fs []classify.Finding) (classify.Finding, bool) {
	if len(fs) == 0 {
		return classify.Finding{}, false
	}
	w := fs[0]
	for _, f := range fs[1:] {
		if f.Verdict > w.Verdict || (f.Verdict == w.Verdict && f.Category > w.Category) {
			w = f
		}
	}
	return w, true
}

// explain is the reason of a finding followed by the flagged words quoted,
// so the offending part is named even without colour.
func explain(value string, f classify.Finding) string {
	return apostrophes(f.Reason) + colon() + quote(oneLine(span(value, f)))
}

// span returns the flagged bytes of value, guarding against bad offsets.
func span(value string, f classify.Finding) string {
	if f.Start < 0 || f.End > len(value) || f.Start >= f.End {
		return ""
	}
	return value[f.Start:f.End]
}

// highlight renders a value with the span of every finding that is not ok
// marked. Classify returns the findings sorted by start; one that overlaps
// the previous marked span is skipped.
func highlight(s Styles, value string, fs []classify.Finding) string {
	var b strings.Builder
	pos := 0
	for _, f := range fs {
		if f.Verdict == classify.OK || f.Start < pos || f.End > len(value) || f.Start >= f.End {
			continue
		}
		b.WriteString(value[pos:f.Start])
		b.WriteString(s.Offending.Render(value[f.Start:f.End]))
		pos = f.End
	}
	b.WriteString(value[pos:])
	return b.String()
}
