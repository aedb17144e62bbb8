package library

import (
	"strings"
	"testing"
)

func TestHostileInput(t *testing.T) {
	const head = "[PROMPT-001] Titre\nPROMPT :\n"
	cases := []struct {
		name      string
		src       string
		line, col int
		msg       string
	}{
		{"escape sequence", head + "Texte \x1b[31mrouge\x1b[0m\n", 3, 7, "U+001B"},
		{"OSC title", head + "ok\n\x1b]0;titre\x07\n", 4, 1, "U+001B"},
		{"C1 CSI", head + "a\u009b31m\n", 3, 2, "U+009B"},
		{"C1 OSC", head + "a\u009d0;x\n", 3, 2, "U+009D"},
		{"NUL", head + "a\x00b\n", 3, 2, "U+0000"},
		{"bell in title", "[PROMPT-001] T\x07\nPROMPT : x\n", 1, 15, "U+0007"},
		{"DEL", head + "a\x7f\n", 3, 2, "U+007F"},
		{"lone carriage return", head + "a\rb\n", 3, 2, "U+000D"},
		{"vertical tab", head + "\v\n", 3, 1, "U+000B"},
		{"bidi override", head + "é\u202eabc\n", 3, 2, "U+202E"},
		{"bidi isolate", head + "\u2066x\u2069\n", 3, 1, "U+2066"},
		{"line separator", head + "a\u2028b\n", 3, 2, "U+2028"},
		{"invalid UTF-8", head + "caf\xe9\n", 3, 4, "UTF-8"},
		{"truncated UTF-8", head + "ok \xc3", 3, 4, "UTF-8"},
		{"before the first heading", "Titre \x1b[2J\n" + head + "x", 1, 7, "U+001B"},
		// invisible characters: a hidden instruction to the AI
		{"tag characters", head + "Résume\U000E0049\U000E0067\U000E006E ce texte\n", 3, 7, "U+E0049"},
		{"zero-width space", head + "diabé\u200btique\n", 3, 6, "caractère invisible interdit U+200B"},
		{"zero-width non-joiner", head + "a\u200cb\n", 3, 2, "U+200C"},
		{"zero-width joiner between letters", head + "a\u200db\n", 3, 2, "U+200D"},
		{"word joiner", head + "a\u2060b\n", 3, 2, "U+2060"},
		{"byte order mark inside", head + "a\ufeffb\n", 3, 2, "U+FEFF"},
		{"left-to-right mark", head + "a\u200eb\n", 3, 2, "U+200E"},
		{"right-to-left mark in title", "[PROMPT-001] T\u200f\nPROMPT : x\n", 1, 15, "U+200F"},
		{"invisible times", head + "2\u20623\n", 3, 2, "U+2062"},
		{"Mongolian vowel separator", head + "a\u180eb\n", 3, 2, "U+180E"},
		{"soft hyphen", head + "diabé\u00adtique\n", 3, 6, "U+00AD"},
		{"variation selector supplement", head + "😀\U000E0100\n", 3, 2, "U+E0100"},
		{"Hangul filler", head + "a\u3164b\n", 3, 2, "U+3164"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("h.md", []byte(c.src))
			pe := onlyParseError(t, err)
			if pe.Line != c.line || pe.Col != c.col || !strings.Contains(pe.Msg, c.msg) {
				t.Errorf("got %v, want %d:%d %q", err, c.line, c.col, c.msg)
			}
		})
	}
}

// The legitimate uses of invisible characters stay allowed: a byte order
// mark at the start, emoji sequences.
func TestAllowedInvisibleUses(t *testing.T) {
	for _, src := range []string{
		"\ufeff[PROMPT-001] Titre\nPROMPT : x\n",
		"[PROMPT-001] Titre\nPROMPT : la famille 👨\u200d👩\u200d👧 et ❤\ufe0f, touche 1\ufe0f\u20e3\n",
		"[PROMPT-001] Titre\nPROMPT : ❤\ufe0f\u200d🔥 et 👍🏽\n",
	} {
		if _, err := Parse("e.md", []byte(src)); err != nil {
			t.Errorf("Parse(%q): %v", src, err)
		}
	}
}

func TestAllowedWhiteSpace(t *testing.T) {
	src := "[PROMPT-001] Titre\r\nPROMPT :\r\n\tcolonne\tà\u00a0droite\r\n"
	ts, err := Parse("w.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if ts[0].Prompt != "colonne\tà\u00a0droite" {
		t.Fatalf("prompt %q", ts[0].Prompt)
	}
}

func TestTemplateSize(t *testing.T) {
	big := strings.Repeat("Une phrase de remplissage assez longue pour grossir.\n", MaxTemplateSize/50)
	src := "[PROMPT-001] Petit\nPROMPT : x\n\n[PROMPT-002] Gros\nPROMPT :\n" + big + "[PROMPT-003] Petit\nPROMPT : y\n"
	_, err := Parse("big.md", []byte(src))
	pe := onlyParseError(t, err)
	if pe.Line != 4 || !strings.Contains(pe.Msg, "PROMPT-002 trop volumineux") {
		t.Fatalf("got %v", err)
	}
	if !strings.HasPrefix(err.Error(), "big.md:4: ") {
		t.Fatalf("message %q does not name file:line", err)
	}
	// Just under the limit is fine, and stays fine once formatted.
	fits := "[PROMPT-001] T\nPROMPT :\n" + strings.Repeat("a", MaxTemplateSize-64) + "\n"
	ts, err := Parse("fits.md", []byte(fits))
	if err != nil {
		t.Fatal(err)
	}
	assertRoundTrip(t, ts)
}

// TestFormattedSizeCounts checks that a template whose export would pass the
// limit is refused at once, so that every export can be imported again.
func TestFormattedSizeCounts(t *testing.T) {
	// Each ";" of a help text is exported as " \; ": four bytes for one.
	help := strings.Repeat("a;", 20000)
	src := "[PROMPT-001] T\nPROMPT : [v]\nVARIABLES :\n- [v] : " + help + "\n"
	if len(src) > MaxTemplateSize {
		t.Fatal("test source too big")
	}
	_, err := Parse("s.md", []byte(src))
	pe := onlyParseError(t, err)
	if !strings.Contains(pe.Msg, "trop volumineux") {
		t.Fatalf("got %v", err)
	}
}

// TestSizeAtTheLimit checks a template of exactly MaxTemplateSize bytes once
// formatted: accepted, and accepted again inside a formatted library.
func TestSizeAtTheLimit(t *testing.T) {
	tpl := Template{ID: "PROMPT-001", Title: "T", Status: StatusValidated}
	tpl.Prompt = strings.Repeat("a", MaxTemplateSize-len(Format(tpl)))
	if n := len(Format(tpl)); n != MaxTemplateSize {
		t.Fatalf("setup: %d bytes", n)
	}
	other := Template{ID: "PROMPT-002", Title: "U", Status: StatusValidated, Prompt: "b"}
	assertRoundTrip(t, []Template{tpl, other})
	tpl.Prompt += "a"
	if _, err := Parse("x.md", Format(tpl)); err == nil {
		t.Fatal("one byte over the limit was accepted")
	}
}

func TestCheckValue(t *testing.T) {
	if err := CheckValue("mission", "Réparer des vélos,\n\tensemble"); err != nil {
		t.Fatalf("clean value refused: %v", err)
	}
	for _, bad := range []string{"a\x1b]52;c;ZXZpbA==\x07", "a\xffb", "a\u202eb", "a\x00b"} {
		if err := CheckValue("mission", bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
