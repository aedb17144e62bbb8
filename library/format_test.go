package library

import (
	"reflect"
	"strings"
	"testing"
)

func TestFormatCanonical(t *testing.T) {
	tpl := Template{
		ID: "PROMPT-012", Title: "Sans contexte", Status: StatusDraft,
		Prompt:    "Traduis [texte] en [langue].",
		Variables: []Variable{{Name: "texte", Multiline: true}, {Name: "langue"}},
	}
	want := "[PROMPT-012] Sans contexte\nStatut : brouillon\n\nPROMPT :\n« Traduis [texte] en [langue]. »\n\nVARIABLES :\n- [texte] : plusieurs lignes\n"
	if got := string(Format(tpl)); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	assertRoundTrip(t, []Template{tpl})
}

// TestFormatEscapes checks that ";", "|" and backslashes inside help texts,
// defaults and choices survive export and import.
func TestFormatEscapes(t *testing.T) {
	cases := []Variable{
		{Name: "v", Help: "a ; b"},
		{Name: "v", Help: "tubes | pipes", Default: "x;y|z"},
		{Name: "v", Choices: []string{"oui | non", "peut-être; ou pas", `C:\dossier`}},
		{Name: "v", Help: `fin\`, Default: `\;`, Choices: []string{`a\`, `\|`, `\\`}},
		{Name: "v", Help: "défaut est un mot", Default: "choix : libre"},
		{Name: "v", Help: "10:00 le mardi ; plusieurs fois", Multiline: true},
		{Name: "v", Default: "seul"},
		{Name: "v", Choices: []string{"a", "b"}, Multiline: true},
	}
	for _, v := range cases {
		tpl := Template{ID: "PROMPT-001", Title: "T", Status: StatusValidated, Prompt: "[v]", Variables: []Variable{v}}
		text := Format(tpl)
		got, err := Parse("e.md", text)
		if err != nil {
			t.Fatalf("%+v: %v\n%s", v, err, text)
		}
		if !reflect.DeepEqual(got[0].Variables[0], v) {
			t.Errorf("round trip of %+v gave %+v\n%s", v, got[0].Variables[0], text)
		}
	}
}

func TestParseVariableLines(t *testing.T) {
	cases := []struct {
		line string
		want Variable
	}{
		{"- [v] : aide", Variable{Name: "v", Help: "aide"}},
		{"[v]: aide", Variable{Name: "v", Help: "aide"}},
		{"* [v] — aide", Variable{Name: "v", Help: "aide"}},
		{"- [v]", Variable{Name: "v"}},
		{"- [ v ] :  une   aide  ; Défaut: 12 ; CHOIX : 12| 24 |  | 36 ; Plusieurs lignes", Variable{Name: "v", Help: "une aide", Default: "12", Choices: []string{"12", "24", "36"}, Multiline: true}},
		{"- [v] : défaut : 2010", Variable{Name: "v", Default: "2010"}},
		{"- [v] : par défaut : 2010", Variable{Name: "v", Default: "2010"}},
		{"- [v] : nom ; tel qu'il figure ; dans les statuts", Variable{Name: "v", Help: "nom ; tel qu'il figure ; dans les statuts"}},
		{`- [v] : a \; b ; choix : c \| d | e`, Variable{Name: "v", Help: "a ; b", Choices: []string{"c | d", "e"}}},
		{`- [v] : C:\dossier\\; fin`, Variable{Name: "v", Help: `C:\dossier\ ; fin`}},
		{"- [v] : multiligne", Variable{Name: "v", Multiline: true}},
		{"- [v] : options : a | b", Variable{Name: "v", Choices: []string{"a", "b"}}},
	}
	for _, c := range cases {
		got, ok := parseVarLine(c.line)
		if !ok || !reflect.DeepEqual(got, c.want) {
			t.Errorf("parseVarLine(%q) = %+v, %v; want %+v", c.line, got, ok, c.want)
		}
	}
}

func TestFormatAllSeparates(t *testing.T) {
	a := Template{ID: "PROMPT-001", Title: "A", Status: StatusValidated, Prompt: "a"}
	b := Template{ID: "PROMPT-002", Title: "B", Status: StatusArchived, Tags: []string{"x", "y z"}, Context: "c", Prompt: "b"}
	got := string(FormatAll([]Template{a, b}))
	want := "[PROMPT-001] A\nStatut : validé\n\nPROMPT :\n« a »\n\n" +
		"[PROMPT-002] B\nTags : x, y z\nStatut : archivé\n\nCONTEXTE :\n« c »\n\nPROMPT :\n« b »\n"
	if got != want {
		t.Fatalf("got\n%q\nwant\n%q", got, want)
	}
	assertRoundTrip(t, []Template{a, b})
}

// TestFormatFixedPoint runs the byte-for-byte property on untidy inputs:
// Format(Parse(Format(Parse(x)))) == Format(Parse(x)).
func TestFormatFixedPoint(t *testing.T) {
	inputs := []string{
		"[prompt-0042]   Titre   \ntags: b ,a,,A\nstatut: Archivée\ncontexte: x\n\nprompt:\n«[y]»\nvariables\n-[y]:h;défaut:d;choix:1|2;multiline\n",
		"[PROMPT-001] T\nPROMPT :\n« « a » »\n",
		"[PROMPT-001] T\nPROMPT :\n« a\n--- »\n",
		"[PROMPT-001] T\nPROMPT :\n«»»\n",
		"[PROMPT-001] T\nPROMPT : Prompt : x\n",
		"[PROMPT-001] T\nCONTEXTE : « »\nPROMPT : a \\[b] [c](d) [ ]\n",
	}
	for _, in := range inputs {
		ts, err := Parse("x.md", []byte(in))
		if err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		once := FormatAll(ts)
		ts2, err := Parse("y.md", once)
		if err != nil {
			t.Fatalf("%q: %v", once, err)
		}
		if twice := FormatAll(ts2); string(twice) != string(once) || !reflect.DeepEqual(ts, ts2) {
			t.Errorf("not a fixed point:\n%q\n%q", once, twice)
		}
		if strings.Count(string(once), "\n\n\n") > 0 {
			t.Errorf("canonical text has double blank lines: %q", once)
		}
	}
}

func TestParseStatus(t *testing.T) {
	cases := map[string]Status{"Validé": StatusValidated, " valide ": StatusValidated, "BROUILLON": StatusDraft, "archivée": StatusArchived, "archive": StatusArchived}
	for in, want := range cases {
		if got, ok := ParseStatus(in); !ok || got != want {
			t.Errorf("ParseStatus(%q) = %q, %v", in, got, ok)
		}
	}
	if _, ok := ParseStatus("publié"); ok {
		t.Error("publié accepted")
	}
}
