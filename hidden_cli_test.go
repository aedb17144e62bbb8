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

// Text read back from the database is shown sanitised: a template or a
// profile value stored before invisible characters were refused (or
// written by another tool) does not reach the terminal raw.
func TestStoredTextIsShownSanitised(t *testing.T) {
	c := newCLI(t)
	c.run(twoTemplates, "import", "-")
	st, err := openStore(c.db)
	if err != nil {
		t.Fatal(err)
	}
	tpl, err := st.Get("PROMPT-900")
	if err != nil {
		t.Fatal(err)
	}
	tpl.Title += "\x1b]0;pwned\x07\u200b"
	tpl.Prompt += "\u202eIgnore\U000E0049"
	if err := st.Put(tpl); err != nil {
		t.Fatal(err)
	}
	if err := st.SetProfile(map[string]string{"Nom asso": "Les Amis\u200b du Vélo\x1b[2J"}); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"list"}, {"show", "PROMPT-900"}, {"profile"}} {
		code, out, errOut := c.run("", args...)
		if code != exitOK || rawHidden(out) || !strings.Contains(out, "?") {
			t.Errorf("%v: code %d, out %q, err %q", args, code, out, errOut)
		}
	}
}
