package main

import (
	"io/fs"
	"testing"

	"tamis/library"
	"tamis/library/classify"
	"tamis/prompts"
)

// Every shipped template, filled with neutral values, passes the check: a
// template whose own wording the classifier blocks could never be copied,
// and the volunteer could not fix it.
func TestShippedTemplatesPassWithNeutralValues(t *testing.T) {
	files, err := fs.Glob(prompts.FS, "*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no embedded template: %v", err)
	}
	c := classify.New(classify.Rules{})
	for _, f := range files {
		data, err := fs.ReadFile(prompts.FS, f)
		if err != nil {
			t.Fatal(err)
		}
		ts, err := library.Parse(f, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, tp := range ts {
			values := map[string]string{}
			for _, v := range tp.Variables {
				values[v.Name] = "atelier vélo"
			}
			filled, err := tp.Fill(values)
			if err != nil {
				t.Fatal(err)
			}
			text := filled.Text()
			if r := c.Classify(text); r.Verdict != classify.OK {
				for _, fd := range r.Findings {
					t.Errorf("%s: %s %s on its own wording %q", tp.ID, fd.Rule, fd.Verdict, text[fd.Start:fd.End])
				}
			}
		}
	}
}
