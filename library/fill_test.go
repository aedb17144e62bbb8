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
