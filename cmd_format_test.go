package main

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"tamis/library"
	"tamis/library/classify"
	"tamis/library/lint"
)

// The documented example is one complete template: it parses, lints clean
// (no error, no warning), survives export then import, uses every type, and
// the README shows it as `tamis format` does.
func TestFormatExample(t *testing.T) {
	ts, err := library.Parse("exemple.md", []byte(formatExample))
	if err != nil || len(ts) != 1 {
		t.Fatalf("%d templates, %v", len(ts), err)
	}
	tpl := ts[0]
	if tpl.ID != "PROMPT-020" || tpl.Status != library.StatusDraft || len(tpl.Tags) != 2 || tpl.Context == "" {
		t.Fatalf("%+v", tpl)
	}
	kinds := map[library.Kind]bool{}
	var multi, def, choices bool
	for _, v := range tpl.Variables {
		kinds[v.Kind] = true
		multi, def, choices = multi || v.Multiline, def || v.Default != "", choices || len(v.Choices) > 0
	}
	for _, k := range library.Kinds() {
		if !kinds[k] {
			t.Errorf("the example has no variable of type %s", k)
		}
	}
	if !multi || !def || !choices || !strings.Contains(tpl.Variables[len(tpl.Variables)-1].Help, ";") {
		t.Errorf("the example lacks a part of a VARIABLES line: %+v", tpl.Variables)
	}
	back, err := library.Parse("export.md", library.Format(tpl))
	if err != nil || !reflect.DeepEqual(back[0], tpl) {
		t.Fatalf("round trip: %v\n%+v", err, back)
	}
	r := lint.File("exemple.md", []byte(formatExample), lint.Options{Classifier: classify.New(classify.Rules{})})
	if r.Count(lint.Error)+r.Count(lint.Warning) > 0 {
		t.Fatalf("the example does not lint clean: %+v", r.Findings)
	}
	readme, err := os.ReadFile("README.md")
	if err != nil || !strings.Contains(string(readme), "```text\n"+formatExample+"```") {
		t.Fatalf("README.md does not show the example as `tamis format` does (%v)", err)
	}
}

func TestFormatCommand(t *testing.T) {
	c := newCLI(t)
	for _, args := range [][]string{{"format"}, {"help", "format"}, {"aide", "format"}} {
		code, out, errOut := c.run("", args...)
		if code != exitOK || !strings.Contains(out, "LE FORMAT TEXTE DES MODÈLES") || !strings.Contains(out, formatExample) {
			t.Errorf("%v: code %d, err %q", args, code, errOut)
		}
	}
	if code, _, _ := c.run("", "format", "en-trop"); code != exitUsage {
		t.Errorf("an argument: code %d", code)
	}
}
