package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/glamour"
	gansi "github.com/charmbracelet/glamour/ansi"
	"github.com/charmbracelet/glamour/styles"
	"github.com/muesli/termenv"

	"tamis/i18n"
	"tamis/library"
)

// previewMsg carries a rendered preview back to the browse screen.
type previewMsg struct {
	key     string
	content string
}

// previewKey identifies a rendering: the same template at another width is
// another rendering.
func previewKey(id string, width int) string { return fmt.Sprintf("%s@%d", id, width) }

// renderPreviewCmd renders a template with glamour in the background: a
// glamour renderer costs milliseconds, far too much for Update.
func renderPreviewCmd(t library.Template, width int, style string) tea.Cmd {
	return func() tea.Msg {
		return previewMsg{key: previewKey(t.ID, width), content: renderPreview(t, width, style)}
	}
}

func renderPreview(t library.Template, width int, style string) string {
	if style == "" {
		style = "notty"
	}
	r, err := glamour.NewTermRenderer(
		glamour.WithStyles(previewStyle(style)),
		glamour.WithWordWrap(width),
		glamour.WithPreservedNewLines(),
	)
	if err != nil {
		return wrapText(templateMarkdown(t), width)
	}
	// glamour's word wrap breaks at a no-break space: the space of French
	// punctuation is held by a private-use rune of width one meanwhile.
	md := strings.ReplaceAll(frenchSpaces.Replace(templateMarkdown(t)), "\u00a0", glue)
	out, err := r.Render(md)
	if err != nil {
		return wrapText(templateMarkdown(t), width)
	}
	return strings.ReplaceAll(strings.Trim(out, "\n"), glue, " ")
}

// glue stands for a space that must not break a line while glamour wraps.
const glue = "\ue000"

// previewStyle is glamour's standard style without what reads as raw
// Markdown to a volunteer: no « ## » before the headings (without colours
// they are set in capitals instead, as the filled prompt's « CONTEXTE : »),
// and no spaces or backticks around the variables, which would leave double
// spaces around them and an orphan « . » after them.
func previewStyle(name string) gansi.StyleConfig {
	var c gansi.StyleConfig
	switch name {
	case "dark":
		c = styles.DarkStyleConfig
	case "light":
		c = styles.LightStyleConfig
	default:
		c = styles.NoTTYStyleConfig
	}
	upper := name != "dark" && name != "light"
	for _, h := range []*gansi.StyleBlock{&c.H1, &c.H2, &c.H3, &c.H4, &c.H5, &c.H6} {
		h.Prefix = ""
		if upper && h != &c.H1 {
			h.Upper = &upper
		}
	}
	c.Code.Prefix, c.Code.Suffix, c.Code.BlockPrefix, c.Code.BlockSuffix = "", "", "", ""
	return c
}

// templateMarkdown writes a template as Markdown, its variables as code
// spans so that glamour sets them apart from the text.
func templateMarkdown(t library.Template) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s · %s\n\n", t.ID, mdEscape(t.Title))
	if len(t.Tags) > 0 {
		fmt.Fprintf(&b, "%s%s%s\n\n", i18n.T("Mots-clés", "Tags"), colon(), mdEscape(strings.Join(t.Tags, ", ")))
	}
	names := variableNames(t)
	if strings.TrimSpace(t.Context) != "" {
		fmt.Fprintf(&b, "## %s\n\n%s\n\n", i18n.T("Contexte", "Context"), highlightVars(t.Context, names))
	}
	fmt.Fprintf(&b, "## %s\n\n%s\n", i18n.T("Prompt", "Prompt"), highlightVars(t.Prompt, names))
	if len(t.Variables) > 0 {
		fmt.Fprintf(&b, "\n## %s\n\n", i18n.T("Variables", "Variables"))
		for _, v := range t.Variables {
			fmt.Fprintf(&b, "- `[%s]`%s\n", v.Name, variableNote(v))
		}
	}
	return b.String()
}

func variableNames(t library.Template) []string {
	names := make([]string, len(t.Variables))
	for i, v := range t.Variables {
		names[i] = v.Name
	}
	return names
}

func variableNote(v library.Variable) string {
	var parts []string
	if v.Help != "" {
		parts = append(parts, mdEscape(v.Help))
	}
	if v.Default != "" {
		parts = append(parts, i18n.T("défaut : ", "default: ")+mdEscape(v.Default))
	}
	if len(v.Choices) > 0 {
		parts = append(parts, i18n.T("choix : ", "choices: ")+mdEscape(strings.Join(v.Choices, " | ")))
	}
	if len(parts) == 0 {
		return ""
	}
	return colon() + strings.Join(parts, i18n.T(" ; ", "; "))
}

// highlightVars escapes the text for Markdown and turns each known
// [variable] into a code span.
func highlightVars(text string, names []string) string {
	var b strings.Builder
	for len(text) > 0 {
		i := strings.IndexByte(text, '[')
		if i < 0 {
			b.WriteString(mdEscape(text))
			break
		}
		b.WriteString(mdEscape(text[:i]))
		text = text[i:]
		if n := matchVar(text, names); n > 0 {
			b.WriteString("`" + text[:n] + "`")
			text = text[n:]
			continue
		}
		b.WriteString(`\[`)
		text = text[1:]
	}
	return b.String()
}

// matchVar returns the length of "[name]" at the start of s for a known name.
func matchVar(s string, names []string) int {
	for _, n := range names {
		if strings.HasPrefix(s[1:], n+"]") {
			return len(n) + 2
		}
	}
	return 0
}

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "#", `\#`, "<", `\<`, ">", `\>`,
	"[", `\[`, "]", `\]`, "|", `\|`, "~", `\~`,
)

func mdEscape(s string) string { return mdEscaper.Replace(s) }

// markdownStyle picks the glamour style for the colour profile: "notty"
// without colours (NO_COLOR, dumb terminals), else dark or light. The
// background query is only made when colours are on.
func markdownStyle(p termenv.Profile, dark func() bool) string {
	switch {
	case p == termenv.Ascii:
		return "notty"
	case dark():
		return "dark"
	}
	return "light"
}
