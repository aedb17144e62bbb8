package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
	"tamis/library/classify"
)

// fieldsView renders the window of fields that keeps the focused one
// visible within height lines.
func (m fillModel) fieldsView(height int) string {
	if len(m.fields) == 0 {
		return m.c.Styles.Subtle.Render(i18n.T("Ce modèle n'a aucune variable : il est prêt à copier.",
			"This template has no variable: it is ready to copy."))
	}
	blocks := make([]string, len(m.fields))
	for i := range m.fields {
		blocks[i] = m.fieldView(i)
	}
	start := m.focus
	used := lipgloss.Height(blocks[start])
	for start > 0 && used+lipgloss.Height(blocks[start-1]) <= height {
		start--
		used += lipgloss.Height(blocks[start])
	}
	var out []string
	used = 0
	for i := start; i < len(blocks); i++ {
		h := lipgloss.Height(blocks[i])
		if used+h > height && i != m.focus {
			break
		}
		out = append(out, blocks[i])
		used += h
	}
	return lipgloss.NewStyle().Height(height).MaxHeight(height).Render(strings.Join(out, "\n"))
}

// fieldView is a label line with the badge, the input, and the reason when
// the value is flagged.
func (m fillModel) fieldView(i int) string {
	s := m.c.Styles
	f := m.fields[i]
	marker, label := "  ", s.Label
	if i == m.focus {
		marker, label = "▸ ", s.LabelFocus
	}
	lvl := f.level()
	head := marker + label.Render(f.v.Name) + "  " + badge(s, lvl)
	lines := []string{truncate(head, m.c.Width), "  " + m.inputView(i)}
	if w, ok := worst(f.result.Findings); ok && lvl > levelPublic {
		reason := lvl.symbol() + " " + explain(f.value(), w)
		if n := flaggedCount(f.result.Findings); n > 1 {
			reason += fmt.Sprintf(i18n.T(" (+%d autre(s))", " (+%d more)"), n-1)
		}
		lines = append(lines, "  "+lvl.style(s).Render(truncate(reason, m.c.Width-2)))
	}
	return strings.Join(lines, "\n")
}

// inputView shows the live input of the focused field, and the value with
// its flagged parts highlighted for the others.
func (m fillModel) inputView(i int) string {
	s := m.c.Styles
	f := m.fields[i]
	w := m.inputWidth()
	switch {
	case f.kind == kindChoice:
		c := fmt.Sprintf("◀ %s ▶  (%d/%d)", f.v.Choices[f.choice], f.choice+1, len(f.v.Choices))
		if i == m.focus {
			c += "  " + i18n.T("←/→ pour changer", "←/→ to change")
		}
		if i == m.focus {
			return s.Selected.Render(truncate(c, w))
		}
		return truncate(c, w)
	case i == m.focus && f.kind == kindArea:
		return strings.ReplaceAll(f.area.View(), "\n", "\n  ")
	case i == m.focus:
		return f.input.View()
	case strings.TrimSpace(f.value()) == "":
		return s.Subtle.Render(truncate(f.v.Help, w))
	}
	return truncate(highlight(s, oneLine(f.value()), oneLineFindings(f)), w)
}

// oneLineFindings keeps the spans usable on the flattened value: only when
// flattening changed nothing.
func oneLineFindings(f field) []classify.Finding {
	if oneLine(f.value()) != f.value() {
		return nil
	}
	return f.result.Findings
}

// previewView shows the filled prompt as it will be copied; empty variables
// stay as [name], flagged words are highlighted, and the window follows the
// focused field's value.
func (m fillModel) previewView(height int) string {
	s := m.c.Styles
	text, focusAt := m.previewText()
	w := m.c.Width - 2
	lines := strings.Split(wrapText(text, w), "\n")
	start := 0
	if body := height - 1; len(lines) > body && focusAt > 0 {
		at := strings.Count(wrapText(text[:focusAt], w), "\n")
		start = clamp(at-body/2, 0, len(lines)-body)
	}
	head := s.Subtle.Render("── " + i18n.T("Aperçu du texte à copier", "Preview of the text to copy") + " ──")
	body := m.flagged().Replace(strings.Join(lines[start:], "\n"))
	return lipgloss.NewStyle().Height(height).MaxHeight(height).Render(head + "\n" + body)
}

// previewText fills the template, empty variables as [name], and returns
// where the focused field's value starts in it (-1 when unknown).
func (m fillModel) previewText() (string, int) {
	vals := m.values()
	for k, v := range vals {
		if strings.TrimSpace(v) == "" {
			vals[k] = "[" + k + "]"
		}
	}
	f, err := m.t.Fill(vals)
	if err != nil {
		return m.t.Context + "\n\n" + m.t.Prompt, -1
	}
	text := f.Text()
	if len(m.fields) == 0 {
		return text, -1
	}
	return text, strings.Index(text, strings.TrimSpace(vals[m.fields[m.focus].v.Name]))
}

// flagged highlights, in one pass, every flagged span of the fields.
func (m fillModel) flagged() *strings.Replacer {
	var pairs []string
	for _, f := range m.fields {
		for _, fd := range f.result.Findings {
			if sp := oneLine(span(f.value(), fd)); sp != "" && fd.Verdict > classify.OK {
				pairs = append(pairs, sp, m.c.Styles.Offending.Render(sp))
			}
		}
	}
	return strings.NewReplacer(pairs...)
}

// flaggedCount counts the findings that are not ok.
func flaggedCount(fs []classify.Finding) int {
	n := 0
	for _, f := range fs {
		if f.Verdict > classify.OK {
			n++
		}
	}
	return n
}
