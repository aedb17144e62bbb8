package library

import (
	"reflect"
	"strings"
	"testing"
)

func TestCanonical(t *testing.T) {
	in := Template{
		ID: "PROMPT-003", Title: "  Un   titre ", Tags: []string{" a ", "b"},
		Context: "  [lieu] et [date]  ", Prompt: "« Écris pour [public]. »",
		Variables: []Variable{
			{Name: "public", Help: "qui lira ; et pourquoi", Choices: []string{"tous | enfants", "adultes"}},
			{Name: "ancienne", Help: "plus dans le texte"},
		},
	}
	got, err := in.Canonical()
	if err != nil {
		t.Fatal(err)
	}
	want := Template{
		ID: "PROMPT-003", Title: "Un titre", Tags: []string{"a", "b"}, Status: StatusValidated,
		Context: "[lieu] et [date]", Prompt: "« Écris pour [public]. »",
		Variables: []Variable{
			{Name: "lieu"}, {Name: "date"},
			{Name: "public", Help: "qui lira ; et pourquoi", Choices: []string{"tous | enfants", "adultes"}},
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got  %#v\nwant %#v", got, want)
	}
	again, err := got.Canonical()
	if err != nil || !reflect.DeepEqual(again, got) {
		t.Fatalf("Canonical is not idempotent: %v %#v", err, again)
	}
}

func TestCanonicalErrors(t *testing.T) {
	ok := Template{ID: "PROMPT-001", Title: "T", Prompt: "p"}
	cases := []struct {
		name string
		edit func(*Template)
		msg  string
	}{
		{"bad id", func(t *Template) { t.ID = "PROMPT-1" }, "identifiant"},
		{"no title", func(t *Template) { t.Title = " " }, "titre manquant"},
		{"two-line title", func(t *Template) { t.Title = "a\nb" }, "une ligne"},
		{"bad status", func(t *Template) { t.Status = "publié" }, "statut inconnu"},
		{"comma in tag", func(t *Template) { t.Tags = []string{"a,b"} }, "étiquette"},
		{"multi-line help", func(t *Template) { t.Prompt = "[v]"; t.Variables = []Variable{{Name: "v", Help: "a\nb"}} }, "une ligne"},
		{"empty prompt", func(t *Template) { t.Prompt = "  " }, "PROMPT vide"},
		{"escape sequence", func(t *Template) { t.Prompt = "\x1b[2J" }, "U+001B"},
		{"unclosed bracket", func(t *Template) { t.Context = "[lieu" }, "non fermé"},
		{"heading inside", func(t *Template) { t.Prompt = "a\n[PROMPT-002] B\nPROMPT : c" }, "autre en-tête"},
		{"label inside the context", func(t *Template) { t.Context = "a\nPROMPT : b" }, "étiquette"},
		{"label inside the prompt", func(t *Template) { t.Prompt = "a\nVARIABLES :\nb" }, "VARIABLES"},
		{"too big", func(t *Template) { t.Prompt = strings.Repeat("a", MaxTemplateSize) }, "trop volumineux"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tpl := ok
			c.edit(&tpl)
			_, err := tpl.Canonical()
			if err == nil || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("got %v, want %q", err, c.msg)
			}
		})
	}
}
