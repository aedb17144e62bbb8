package lint

import (
	"testing"

	"tamis/library/classify"
	"tamis/prompts"
)

// BenchmarkLintTemplate lints the longest shipped template, as the
// référent's editor would after a keystroke.
func BenchmarkLintTemplate(b *testing.B) {
	data, err := prompts.FS.ReadFile("PROMPT-011.md")
	if err != nil {
		b.Fatal(err)
	}
	o := Options{Classifier: classify.New(classify.Rules{})}
	File("PROMPT-011.md", data, o) // the classifier's lexicons load once
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		File("PROMPT-011.md", data, o)
	}
}
