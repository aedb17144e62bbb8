package tui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"tamis/i18n"
)

// TestNoColor: NO_COLOR gives the Ascii profile (lipgloss reads it through
// termenv), the preview then uses glamour's "notty" style, and the screens
// carry no escape code while still saying the verdict in words and symbols.
func TestNoColor(t *testing.T) {
	t.Setenv("TERM", "xterm-256color")
	t.Setenv("NO_COLOR", "1")
	r := lipgloss.NewRenderer(&bytes.Buffer{}, termenv.WithTTY(true))
	if p := r.ColorProfile(); p != termenv.Ascii {
		t.Fatalf("NO_COLOR: profile %v, want Ascii", p)
	}
	if s := markdownStyle(r.ColorProfile(), func() bool { return true }); s != "notty" {
		t.Fatalf("NO_COLOR: markdown style %q", s)
	}
	h := newHarness(t, 80, 24).openFirst().typeText("écrire à jean.dupont@exemple.fr").keys("tab")
	v := h.view()
	if strings.Contains(v, "\x1b[") {
		t.Fatalf("escape codes without colours:\n%q", v)
	}
	h.mustSee("✗ personnel", "« jean.dupont@exemple.fr »")

	lipgloss.SetColorProfile(termenv.TrueColor) // the same screen in colour does use colours
	defer lipgloss.SetColorProfile(termenv.Ascii)
	if v := h.view(); !strings.Contains(v, "\x1b[") {
		t.Fatal("no colour at all with a colour profile: the test above proves nothing")
	}
}

func TestMarkdownStyle(t *testing.T) {
	cases := []struct {
		p    termenv.Profile
		dark bool
		want string
	}{
		{termenv.Ascii, true, "notty"},
		{termenv.ANSI256, true, "dark"},
		{termenv.TrueColor, false, "light"},
	}
	for _, c := range cases {
		if got := markdownStyle(c.p, func() bool { return c.dark }); got != c.want {
			t.Errorf("markdownStyle(%v, %v) = %q, want %q", c.p, c.dark, got, c.want)
		}
	}
}

func TestEnglish(t *testing.T) {
	i18n.SetEnglish(true)
	defer i18n.SetEnglish(false)
	h := newHarness(t, 80, 24)
	h.mustSee("Never put personal or sensitive data into a public AI", "3 templates", "filter")
	h.openFirst().typeText("écrire à jean.dupont@exemple.fr").keys("ctrl+y")
	h.mustSee("Blocked: nothing was copied", "personal", "e-mail d'une personne: “jean.dupont@exemple.fr”")
}

// TestResize: every screen fits the terminal, from 80×24 up and after a
// resize, and a too small terminal does not crash.
func TestResize(t *testing.T) {
	sizes := [][2]int{{80, 24}, {120, 40}, {100, 30}, {40, 10}, {80, 24}}
	screens := map[string][]string{
		"browse":  nil,
		"help":    {"?"},
		"fill":    {"enter"},
		"blocked": {"enter", "@x", "ctrl+y"},
	}
	for name, keys := range screens {
		h := newHarness(t, 80, 24)
		for _, k := range keys {
			if k == "@x" {
				h.typeText("jean@exemple.fr")
				continue
			}
			h.keys(k)
		}
		for _, s := range sizes {
			h.send(teaSize(s[0], s[1]))
			lines := strings.Split(h.view(), "\n")
			if len(lines) > s[1] {
				t.Errorf("%s at %dx%d: %d lines", name, s[0], s[1], len(lines))
			}
			for _, l := range lines {
				if w := lipgloss.Width(l); w > s[0] {
					t.Errorf("%s at %dx%d: line of width %d: %q", name, s[0], s[1], w, l)
					break
				}
			}
		}
	}
}
