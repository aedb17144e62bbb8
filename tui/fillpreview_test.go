package tui

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/bubbles/cursor"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/library"
)

// checkedFields builds the form's fields with their values, checked by the
// fake classifier.
func checkedFields(vars []library.Variable, values ...string) []field {
	fs := make([]field, len(vars))
	for i, v := range vars {
		fs[i] = newField(v, values[i], 60)
		fs[i].check(fakeChecker{})
	}
	return fs
}

// TestPreviewHighlightsValuesOnly: a flagged word is highlighted where a
// value put it, never where the template's own text has it, at every place
// of the value, and however the lines are cut.
func TestPreviewHighlightsValuesOnly(t *testing.T) {
	tpl := library.Template{
		Context:   "Atelier cuisine pour diabétique : [qui] viendra.",
		Prompt:    "Écris à [qui] et à [mail] (rappel : [qui]).",
		Variables: []library.Variable{{Name: "qui"}, {Name: "mail"}},
	}
	cases := []struct {
		name      string
		qui, mail string
		width     int
		want      []string // the highlighted parts, in order
	}{
		{"template word stays plain", "Paul", "", 78, nil},
		{"value word, every place", "Paul diabétique", "", 78,
			[]string{"diabétique", "diabétique", "diabétique"}},
		{"leading spaces trimmed", "Paul", "   jean@exemple.fr", 78, []string{"jean@exemple.fr"}},
		{"multi-line value", "Paul\ndiabétique", "", 78, []string{"diabétique", "diabétique", "diabétique"}},
		{"empty stays [name]", "", "", 78, nil},
		{"cut by wrapping", "Paul", "jean.martin.du.quartier@exemple.fr", 12,
			[]string{"jean.martin.", "du.quartier@", "exemple.fr"}},
	}
	for _, c := range cases {
		p := buildPreview(markedStyles(), tpl, checkedFields(tpl.Variables, c.qui, c.mail), c.width)
		got := marked(strings.Join(p.lines, "\n"))
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: highlighted %q, want %q\n%s", c.name, got, c.want, strings.Join(p.lines, "\n"))
		}
	}
}

// marked returns the parts between ⟦ and ⟧.
func marked(s string) []string {
	var out []string
	for {
		i := strings.Index(s, "⟦")
		if i < 0 {
			return out
		}
		j := strings.Index(s[i:], "⟧")
		out = append(out, s[i+len("⟦"):i+j])
		s = s[i+j:]
	}
}

// TestPreviewFocusLine: the preview knows where each value starts, so the
// window can follow the focused field without searching the text.
func TestPreviewFocusLine(t *testing.T) {
	tpl := library.Template{
		Context:   "Un.\nDeux.\nTrois : [a].",
		Prompt:    "[b] puis [a].",
		Variables: []library.Variable{{Name: "a"}, {Name: "b"}, {Name: "absent"}},
	}
	p := buildPreview(DefaultStyles(), tpl, checkedFields(tpl.Variables, "x", "", "z"), 78)
	// 0 CONTEXTE : / 1 Un. / 2 Deux. / 3 Trois : x. / 4 / 5 PROMPT : / 6 [b] puis x.
	if want := []int{3, 6, -1}; !slices.Equal(p.at, want) {
		t.Fatalf("at = %v, want %v\n%s", p.at, want, strings.Join(p.lines, "\n"))
	}
}

// TestAlignWrapped: every byte that is not a space keeps its place through
// wrapping, for the texts that wrapping changes most.
func TestAlignWrapped(t *testing.T) {
	texts := []string{
		"",
		"court",
		"des mots assez nombreux pour passer à la ligne plusieurs fois de suite",
		"espaces    multiples   entre\tles mots  et   à la fin   ",
		"lignes\n\nvides\n  et retraits\n",
		"unmotbeaucouptroplongpourtenirsurunelignequelleque soit la largeur",
		"accents é è ê à ç œ — et espace\u2003cadratin",
	}
	for _, text := range texts {
		for _, w := range []int{4, 9, 20} {
			wrapped := wrapText(text, w)
			pos := alignWrapped(text, wrapped)
			if pos == nil {
				t.Errorf("%q at %d: not aligned with %q", text, w, wrapped)
				continue
			}
			for i, r := range text {
				if !unicode.IsSpace(r) && !strings.HasPrefix(wrapped[pos[i]:], string(r)) {
					t.Errorf("%q at %d: byte %d (%q) maps to %q", text, w, i, r, wrapped[pos[i]:])
				}
			}
		}
	}
	if alignWrapped("abc", "abd") != nil {
		t.Error("a changed letter was aligned")
	}
}

// TestPreviewRebuiltOnlyOnChange: focus moves and cursor blinks reuse the
// preview; typing and resizing rebuild it.
func TestPreviewRebuiltOnlyOnChange(t *testing.T) {
	cases := []struct {
		name    string
		msg     tea.Msg
		rebuilt bool
	}{
		{"next field", keyMsg("tab"), false},
		{"cursor blink", cursor.BlinkMsg{}, false},
		{"arrow inside the value", keyMsg("left"), false},
		{"a letter", keyMsg("z"), true},
		{"resize", teaSize(70, 24), true},
	}
	for _, c := range cases {
		h := newHarness(t, 80, 24).openFirst()
		before := &h.m.fill.preview.lines[0]
		h.send(c.msg)
		if got := &h.m.fill.preview.lines[0] != before; got != c.rebuilt {
			t.Errorf("%s: rebuilt %v, want %v", c.name, got, c.rebuilt)
		}
	}
}
