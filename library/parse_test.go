package library

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// assertRoundTrip checks that Format is lossless and a fixed point.
func assertRoundTrip(t *testing.T, ts []Template) {
	t.Helper()
	text := FormatAll(ts)
	back, err := Parse("roundtrip.md", text)
	if err != nil {
		t.Fatalf("Parse(FormatAll): %v\n%s", err, text)
	}
	if !reflect.DeepEqual(back, ts) {
		t.Fatalf("Parse(FormatAll(ts)) differs:\n got %#v\nwant %#v\ntext:\n%s", back, ts, text)
	}
	if again := FormatAll(back); string(again) != string(text) {
		t.Fatalf("FormatAll not stable:\n%s\n---\n%s", text, again)
	}
}

func TestParseDefaultPrompts(t *testing.T) {
	files, _ := filepath.Glob("../prompts/*.md")
	if len(files) == 0 {
		t.Skip("no prompts yet")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ts, err := Parse(f, data)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		assertRoundTrip(t, ts)
	}
}

func TestParseBriefExample(t *testing.T) {
	src := `[PROMPT-001] Présentation de l'association (courte)
Tags : communication, présentation
Statut : validé

CONTEXTE :
« [Nom asso] est une association loi 1901 créée en [année]. Notre mission : [mission]. »

PROMPT :
« En te basant sur ce contexte, rédige une présentation de [X mots] pour [usage]. »

VARIABLES :
- [Nom asso] : nom de l'association tel qu'il figure dans les statuts
- [année] : année de création ; défaut : 2010
- [usage] : support visé ; choix : site web | plaquette | réseaux sociaux
- [mission] : la mission en une ou deux phrases ; plusieurs lignes
`
	ts, err := Parse("a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []Template{{
		ID: "PROMPT-001", Title: "Présentation de l'association (courte)",
		Tags: []string{"communication", "présentation"}, Status: StatusValidated,
		Context: "[Nom asso] est une association loi 1901 créée en [année]. Notre mission : [mission].",
		Prompt:  "En te basant sur ce contexte, rédige une présentation de [X mots] pour [usage].",
		Variables: []Variable{
			{Name: "Nom asso", Help: "nom de l'association tel qu'il figure dans les statuts"},
			{Name: "année", Help: "année de création", Default: "2010"},
			{Name: "mission", Help: "la mission en une ou deux phrases", Multiline: true},
			{Name: "X mots"},
			{Name: "usage", Help: "support visé", Choices: []string{"site web", "plaquette", "réseaux sociaux"}},
		},
	}}
	if !reflect.DeepEqual(ts, want) {
		t.Fatalf("got  %#v\nwant %#v", ts, want)
	}
	// Canonical VARIABLES lines follow the variables' first-seen order.
	usage := "- [usage] : support visé ; choix : site web | plaquette | réseaux sociaux\n"
	canonical := strings.Replace(src, usage, "", 1) + usage
	if got := string(Format(ts[0])); got != canonical {
		t.Errorf("Format is not the canonical input:\n%s", got)
	}
	assertRoundTrip(t, ts)
}

func TestMethodLibraryDuplicate(t *testing.T) {
	data, err := os.ReadFile("testdata/method.md")
	if err != nil {
		t.Fatal(err)
	}
	ts, err := Parse("testdata/method.md", data)
	if err != nil {
		t.Fatalf("the method's text must parse: %v", err)
	}
	var ids []string
	for _, x := range ts {
		ids = append(ids, x.ID)
	}
	if strings.Join(ids, " ") != "PROMPT-001 PROMPT-002 PROMPT-002" {
		t.Fatalf("ids = %v", ids)
	}
	assertRoundTrip(t, ts)
	golden, err := os.ReadFile("testdata/method.golden")
	if err != nil {
		t.Fatal(err)
	}
	if got := FormatAll(ts); string(got) != string(golden) {
		t.Errorf("canonical text differs from testdata/method.golden:\n%s", got)
	}
	_, err = ParseAll([]Source{{Name: "method.md", Data: data}})
	var dup *DuplicateError
	if !errors.As(err, &dup) {
		t.Fatalf("ParseAll: want a DuplicateError, got %v", err)
	}
	if dup.ID != "PROMPT-002" || dup.FirstFile != "method.md" || dup.File != "method.md" || dup.FirstLine >= dup.Line || dup.FirstLine == 0 {
		t.Fatalf("bad duplicate: %+v", dup)
	}
	msg := err.Error()
	for _, want := range []string{"method.md:" + itoa(dup.Line), "method.md:" + itoa(dup.FirstLine), "PROMPT-002"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
}
