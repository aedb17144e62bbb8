package tui

import (
	"fmt"
	"strings"
	"testing"

	"tamis/library"
)

// The list takes what its longest title needs, up to half the width; a
// title that does not fit wraps to two lines instead of being cut.
func TestListWidthFollowsTitles(t *testing.T) {
	h := newHarness(t, 200, 30)
	lw, _, _ := h.m.browse.sizes()
	want := h.m.browse.longest + listChrome
	if lw != want {
		t.Fatalf("list width %d at 200 columns, want %d (the longest title)", lw, want)
	}
	h.send(teaSize(80, 24))
	if lw, _, _ = h.m.browse.sizes(); lw != 40 {
		t.Fatalf("list width %d at 80 columns, want half: 40", lw)
	}
	v := h.view()
	if strings.Contains(v, "Présentation de l'a…") || !strings.Contains(v, "(courte)") {
		t.Fatalf("the title is cut instead of wrapped:\n%s", v)
	}
}

// A form taller than the screen says how many fields are below it.
func TestMoreFieldsMarker(t *testing.T) {
	env := newTestEnv()
	tpl := library.Template{ID: "PROMPT-050", Title: "Long formulaire", Prompt: ""}
	for i := range 8 {
		name := fmt.Sprintf("champ%d", i+1)
		tpl.Variables = append(tpl.Variables, library.Variable{Name: name, Help: "aide"})
		tpl.Prompt += "[" + name + "] "
	}
	env.deps.Templates = []library.Template{tpl}
	h := &harness{t: t, m: New(env.deps), env: env}
	h.send(teaSize(60, 16))
	h.keys("enter")
	h.mustSee("▸ champ1", "↓ 5 autres champs")
	h.keys("tab", "tab", "tab", "tab", "tab", "tab", "tab")
	h.mustSee("▸ champ8")
	if strings.Contains(h.view(), "autres champs") {
		t.Fatalf("marker on the last field:\n%s", h.view())
	}
}
