package tui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
	"tamis/library/classify"
)

// fieldsView renders the window of fields that keeps the focused one
// visible within height lines.
func (m fillModel) fieldsView(height int) string {
	if len(m.fields) == 0 {
		return m.c.Styles.Subtle.Render(i18n.T("Ce modèle n’a aucune variable : il est prêt à copier.",
			"This template has no variable: it is ready to copy."))
	}
	blocks := make([]string, len(m.fields))
	for i := range m.fields {
		blocks[i] = m.fieldView(i)
	}
	start, end := m.window(blocks, height)
	if end < len(blocks) { // a long form: make room to say what is below
		for heightOf(blocks[start:end])+1 > height && end-start > 1 {
			if end-1 > m.focus {
				end-- // a field after the focused one joins the count below
			} else if start < m.focus {
				start++ // a field above goes off the top
			} else {
				break // the focused field alone: it is shown whole
			}
		}
	}
	out := slices.Clone(blocks[start:end])
	if end < len(blocks) {
		out = append(out, m.c.Styles.Subtle.Render(moreFields(len(blocks)-end)))
	}
	return fitLines(strings.Join(out, "\n"), height)
}

// window is the range of field blocks shown within height lines: as many
// as fit before the focused one, then those after it that fit.
func (m fillModel) window(blocks []string, height int) (start, end int) {
	start = m.focus
	used := lipgloss.Height(blocks[start])
	for start > 0 && used+lipgloss.Height(blocks[start-1]) <= height {
		start--
		used += lipgloss.Height(blocks[start])
	}
	used = 0
	for end = start; end < len(blocks); end++ {
		h := lipgloss.Height(blocks[end])
		if used+h > height && end != m.focus {
			break
		}
		used += h
	}
	return start, end
}

// heightOf is the number of lines of blocks stacked.
func heightOf(blocks []string) int {
	n := 0
	for _, b := range blocks {
		n += lipgloss.Height(b)
	}
	return n
}

// moreFields is the marker under a form cut by the screen's height.
func moreFields(n int) string {
	if n == 1 {
		return "  ↓ " + i18n.T("1 autre champ", "1 more field")
	}
	return "  ↓ " + fmt.Sprintf(i18n.T("%d autres champs", "%d more fields"), n)
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
	b := badge(s, lvl)
	if f.misfit != "" {
		b = s.Personal.Render(misfitBadge(f.v.Kind))
	}
	head := marker + label.Render(f.v.Name) + "  " + b
	lines := []string{truncate(head, m.c.Width), "  " + m.inputView(i)}
	if f.misfit != "" {
		lines = append(lines, "  "+s.Personal.Render(truncate("✗ "+f.misfit, m.c.Width-2)))
	}
	if f.wider != "" {
		lines = append(lines, "  "+f.widerLevel.style(s).Render(truncate(f.widerLevel.symbol()+" "+f.wider, m.c.Width-2)))
	}
	if w, ok := worst(f.result.Findings); ok && lvl > levelPublic {
		reason := lvl.symbol() + " " + explain(f.value(), w)
		if n := flaggedCount(f.result.Findings); n > 1 {
			reason += others(n - 1)
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

// previewView shows the filled prompt as it will be copied, from the
// preview built in Update (see fillPreview); the window follows the focused
// field's value.
func (m fillModel) previewView(height int) string {
	lines := m.preview.lines
	body := max(height-1, 1)
	start := 0
	if len(m.fields) > 0 && m.focus < len(m.preview.at) && len(lines) > body {
		if at := m.preview.at[m.focus]; at >= 0 {
			start = clamp(at-body/2, 0, len(lines)-body)
		}
	}
	lines = lines[start:min(start+body, len(lines))]
	head := m.c.Styles.Subtle.Render("── " + i18n.T("Aperçu du texte à copier", "Preview of the text to copy") + " ──")
	return fitLines(head+"\n"+strings.Join(lines, "\n"), height)
}

// others is « et 1 autre », « et 2 autres »: the findings of a value not
// explained on its line.
func others(n int) string {
	if n == 1 {
		return i18n.T(" et 1 autre", " and 1 more")
	}
	return fmt.Sprintf(i18n.T(" et %d autres", " and %d more"), n)
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
