package library

import (
	"errors"
	"reflect"
	"testing"

	"tamis/i18n"
)

var fillTpl = Template{
	ID: "PROMPT-001", Title: "T", Status: StatusValidated,
	Context: "[Nom asso] agit depuis [année]. Liste : [ ] à faire, \\[note], [lien](https://a.fr).",
	Prompt:  "Présente [Nom asso] en [X mots].",
	Variables: []Variable{
		{Name: "Nom asso"}, {Name: "année", Default: "2010"}, {Name: "X mots"},
	},
}

func TestFill(t *testing.T) {
	f, err := fillTpl.Fill(map[string]string{"Nom asso": "  Les Amis [année] ", "année": "2012", "X mots": "[x] mots", "inutile": "?"})
	if err != nil {
		t.Fatal(err)
	}
	want := Filled{
		Context: "Les Amis [année] agit depuis 2012. Liste : [ ] à faire, [note], [lien](https://a.fr).",
		Prompt:  "Présente Les Amis [année] en [x] mots.",
	}
	if f != want {
		t.Fatalf("got  %#v\nwant %#v", f, want)
	}
	text := "CONTEXTE :\n" + want.Context + "\n\nPROMPT :\n" + want.Prompt
	if f.Text() != text {
		t.Errorf("Text() = %q", f.Text())
	}
	if got := (Filled{Prompt: "p"}).Text(); got != "PROMPT :\np" {
		t.Errorf("Text() without context = %q", got)
	}
}

func TestFillMissing(t *testing.T) {
	cases := []struct {
		values map[string]string
		want   []string
	}{
		{nil, []string{"Nom asso", "année", "X mots"}},
		{map[string]string{"Nom asso": "A", "année": " \t\n "}, []string{"année", "X mots"}},
		{map[string]string{"X mots": "100", "année": "2010"}, []string{"Nom asso"}},
	}
	for _, c := range cases {
		_, err := fillTpl.Fill(c.values)
		var me *MissingError
		if !errors.As(err, &me) || !reflect.DeepEqual(me.Names, c.want) {
			t.Errorf("Fill(%v): got %v, want missing %v", c.values, err, c.want)
		}
	}
}

func TestMissingErrorMessage(t *testing.T) {
	i18n.SetEnglish(false)
	cases := []struct {
		names []string
		want  string
	}{
		{[]string{"année"}, "variable à remplir : [année]"},
		{[]string{"Nom asso", "X mots"}, "variables à remplir : [Nom asso], [X mots]"},
	}
	for _, c := range cases {
		if got := (&MissingError{Names: c.names}).Error(); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

func TestDefaults(t *testing.T) {
	if got := fillTpl.Defaults(); !reflect.DeepEqual(got, map[string]string{"année": "2010"}) {
		t.Fatalf("Defaults() = %v", got)
	}
}

// TestFillUsesTheText checks that Fill trusts the text, not a stale
// Variables list of a hand-built template.
func TestFillUsesTheText(t *testing.T) {
	tpl := Template{Prompt: "[a] et [b]", Variables: []Variable{{Name: "a"}}}
	_, err := tpl.Fill(map[string]string{"a": "1"})
	var me *MissingError
	if !errors.As(err, &me) || !reflect.DeepEqual(me.Names, []string{"b"}) {
		t.Fatalf("got %v", err)
	}
}

// A value that already ends a sentence gets no second full stop from the
// template; an ellipsis in the template and other punctuation stay.
func TestFillOneFullStop(t *testing.T) {
	tpl := Template{ID: "PROMPT-070", Context: "Notre mission : [mission].", Prompt: "Sujet : [sujet]... puis [fin], merci.",
		Variables: []Variable{{Name: "mission"}, {Name: "sujet"}, {Name: "fin"}}}
	cases := []struct{ mission, sujet, fin, context, prompt string }{
		{"Aider les gens.", "vélo.", "fin", "Notre mission : Aider les gens.", "Sujet : vélo.... puis fin, merci."},
		{"Aider les gens", "vélo", "fin.", "Notre mission : Aider les gens.", "Sujet : vélo... puis fin., merci."},
		{"Pourquoi pas ?", "x", "y", "Notre mission : Pourquoi pas ?", "Sujet : x... puis y, merci."},
		{"Et ainsi de suite…", "x", "y", "Notre mission : Et ainsi de suite…", "Sujet : x... puis y, merci."},
	}
	for _, c := range cases {
		f, err := tpl.Fill(map[string]string{"mission": c.mission, "sujet": c.sujet, "fin": c.fin})
		if err != nil {
			t.Fatal(err)
		}
		if f.Context != c.context || f.Prompt != c.prompt {
			t.Errorf("%q: got %q / %q, want %q / %q", c.mission, f.Context, f.Prompt, c.context, c.prompt)
		}
	}
}
