package tui

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"tamis/library"
	"tamis/prompts"
)

// shippedTemplates are the templates a fresh database is seeded with.
func shippedTemplates(t *testing.T) []library.Template {
	t.Helper()
	var out []library.Template
	names, _ := fs.Glob(prompts.FS, "*.md")
	for _, n := range names {
		b, err := fs.ReadFile(prompts.FS, n)
		if err != nil {
			t.Fatal(err)
		}
		ts, err := library.Parse(n, b)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		out = append(out, ts...)
	}
	if len(out) < 5 {
		t.Fatalf("%d shipped templates", len(out))
	}
	return out
}

var (
	doubleSpace = regexp.MustCompile(`\S  +\S`)
	orphanStart = regexp.MustCompile(`^\s*[.:;»]`)
)

// checkProse fails on what reads as a rendering fault: raw Markdown
// headings, two spaces between words, a line starting with « . » or « : ».
func checkProse(t *testing.T, what, text string) {
	t.Helper()
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.Contains(line, "## "), strings.HasPrefix(strings.TrimSpace(line), "# "):
			t.Errorf("%s: raw heading %q", what, line)
		case doubleSpace.MatchString(line):
			t.Errorf("%s: double space in %q", what, line)
		case orphanStart.MatchString(line):
			t.Errorf("%s: orphan punctuation in %q", what, line)
		}
	}
}

// The list's preview and the form's preview of every shipped template, at
// every width from 30 to 100 columns, read as text, not as Markdown.
func TestPreviewReadsAsText(t *testing.T) {
	for _, tpl := range shippedTemplates(t) {
		for w := 30; w <= 100; w += 7 {
			checkProse(t, tpl.ID+" list preview", renderPreview(tpl, w, "notty"))
			fields := make([]field, len(tpl.Variables))
			for i, v := range tpl.Variables {
				fields[i] = newField(v, "une valeur assez longue pour passer à la ligne, terminée par un point.", w)
				fields[i].check(fakeChecker{})
			}
			p := buildPreview(DefaultStyles(), tpl, fields, w)
			text := strings.Join(p.lines, "\n")
			checkProse(t, tpl.ID+" form preview", text)
			if strings.Contains(text, "..") {
				t.Errorf("%s: a value ending with a full stop got a second one:\n%s", tpl.ID, text)
			}
		}
	}
}
