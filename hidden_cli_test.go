package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// rawHidden reports a byte or character that would drive the terminal or
// hide text if printed as it is.
func rawHidden(s string) bool {
	return strings.ContainsAny(s, "\x1b\x07\x00\u009b\u200b\u202e") || strings.ContainsRune(s, 0xe0049)
}

// What hides in a text is reported blocked and never reaches the terminal
// raw: neither in the readable report, nor in what anonymize prints.
func TestClassifyReportsHiddenCharacters(t *testing.T) {
	c := newCLI(t)
	text := "Atelier \x1b]52;c;ZXZpbA==\x07 du samedi\u200b, \u202eadroit\x1b[2J, fin\U000E0049"
	code, out, errOut := c.run(text, "classify")
	if code != exitBlocked || rawHidden(out) || rawHidden(errOut) {
		t.Fatalf("classify: code %d, out %q, err %q", code, out, errOut)
	}
	for _, want := range []string{"caractère invisible U+200B", "U+001B", "piloter le terminal", "U+202E", "U+E0049"} {
		if !strings.Contains(out, want) {
			t.Errorf("classify report lacks %q:\n%s", want, out)
		}
	}
	code, out, errOut = c.run(text, "anonymize")
	if code != exitBlocked || out != "" || rawHidden(errOut) || !strings.Contains(errOut, "invisible") {
		t.Fatalf("anonymize: code %d, out %q, err %q", code, out, errOut)
	}
}

// --json gives byte offsets into the text as read, hidden characters
// included, so that a tool can highlight them.
func TestClassifyJSONOffsetsPointIntoTheOriginal(t *testing.T) {
	c := newCLI(t)
	text := "NIR : 1\u00a085\u00a005\u00a078\u00a0006\u00a0084\u00a036 et diabé\u200btique"
	code, out, _ := c.run(text, "classify", "--json")
	var res struct {
		Findings []struct {
			Rule       string
			Start, End int
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || code != exitBlocked {
		t.Fatalf("code %d, %v: %s", code, err, out)
	}
	got := map[string]string{}
	for _, f := range res.Findings {
		got[f.Rule] = text[f.Start:f.End]
	}
	if got["nir"] != "1\u00a085\u00a005\u00a078\u00a0006\u00a0084\u00a036" || got["invisible"] != "\u200b" {
		t.Errorf("findings %q", got)
	}
}
