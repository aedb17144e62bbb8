package library

import (
	"errors"
	"strings"
	"testing"

	"tamis/i18n"
)

func TestParseAll(t *testing.T) {
	a := Source{Name: "a.md", Data: []byte("[PROMPT-001] A\nPROMPT : a\n")}
	b := Source{Name: "b.md", Data: []byte("\n[PROMPT-002] B\nPROMPT : b\n")}
	ls, err := ParseAll([]Source{a, b})
	if err != nil {
		t.Fatal(err)
	}
	if len(ls) != 2 || ls[0].File != "a.md" || ls[0].Line != 1 || ls[1].File != "b.md" || ls[1].Line != 2 || ls[1].Prompt != "b" {
		t.Fatalf("got %+v", ls)
	}
}

func TestParseAllReportsEverything(t *testing.T) {
	srcs := []Source{
		{Name: "a.md", Data: []byte("[PROMPT-001] A\nPROMPT : a\n")},
		{Name: "b.md", Data: []byte("[PROMPT-002] B\nPROMPT : [b\n")},
		{Name: "c.md", Data: []byte("Titre\n\n[PROMPT-001] A bis\nPROMPT : a\n")},
		{Name: "d.md", Data: []byte("\x1b[31m")},
	}
	ls, err := ParseAll(srcs)
	if ls != nil {
		t.Errorf("templates returned with an error")
	}
	var dup *DuplicateError
	if !errors.As(err, &dup) || dup.File != "c.md" || dup.Line != 3 || dup.FirstFile != "a.md" || dup.FirstLine != 1 {
		t.Fatalf("duplicate: %+v in %v", dup, err)
	}
	msg := err.Error()
	for _, want := range []string{"b.md:2:10: ", "c.md:3: identifiant PROMPT-001 en double (déjà défini en a.md:1)", "d.md:1:1: "} {
		if !strings.Contains(msg, want) {
			t.Errorf("%q lacks %q", msg, want)
		}
	}
}

func TestMessagesInEnglish(t *testing.T) {
	i18n.SetEnglish(true)
	defer i18n.SetEnglish(false)
	_, err := ParseAll([]Source{{Name: "a.md", Data: []byte("[PROMPT-001] A\nPROMPT : [x\n[PROMPT-001] B\nPROMPT : y\n")}})
	if msg := err.Error(); !strings.Contains(msg, "a.md:2:10: \"[\" not closed on its line") {
		t.Fatalf("got %q", msg)
	}
	_, err = (Template{Prompt: "[a]"}).Fill(nil)
	if err.Error() != "variable to fill in: [a]" {
		t.Fatalf("got %q", err)
	}
}
