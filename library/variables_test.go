package library

import (
	"reflect"
	"testing"
)

func TestVarNames(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"empty", "", nil},
		{"plain text", "pas de variable ici", nil},
		{"one", "Bonjour [prénom] !", []string{"prénom"}},
		{"spaces and accents", "[Nom asso] en [X caractères]", []string{"Nom asso", "X caractères"}},
		{"first seen order, once", "[b] [a] [b] [c] [a]", []string{"b", "a", "c"}},
		{"spaces collapsed", "[ Nom   asso ] et [Nom asso]", []string{"Nom asso"}},
		{"no-break spaces collapsed", "[Nom\u00a0asso]", []string{"Nom asso"}},
		{"markdown link", "voir [le site](https://exemple.org) et [lieu]", []string{"lieu"}},
		{"link with space is a variable", "[a] (b)", []string{"a"}},
		{"check boxes", "[ ] à faire [x] fait [X] fait", nil},
		{"spaced check box", "[ x ]", nil},
		{"x in a longer name", "[X mots]", []string{"X mots"}},
		{"escaped", `\[pas une variable] mais [une]`, []string{"une"}},
		{"ellipsis", "une citation […] coupée [...] ici", nil},
		{"empty brackets", "[] et [  ]", nil},
		{"digits only", "[1]", []string{"1"}},
		{"lone closing bracket", "a ] b [c]", []string{"c"}},
		{"adjacent", "[a][b]", []string{"a", "b"}},
		{"unclosed skipped", "[a et [b]", []string{"b"}},
		{"newline inside skipped", "[a\nb] [c]", []string{"c"}},
		{"name with colon", "[date : jj/mm]", []string{"date : jj/mm"}},
		{"backslash alone", `a \ b [c]`, []string{"c"}},
		{"tab in name", "[a\tb]", []string{"a b"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := VarNames(c.text); !reflect.DeepEqual(got, c.want) {
				t.Errorf("VarNames(%q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
}

func TestBracketErrors(t *testing.T) {
	cases := []struct {
		name      string
		prompt    string // placed on line 3 after "PROMPT :"
		line, col int
	}{
		{"unclosed", "Rédige [X mots pour [usage]", 3, 8},
		{"unclosed at end", "Écris pour [usage", 3, 12},
		{"newline inside", "pour [us\nage]", 3, 6},
		{"nested", "[Nom [asso]]", 3, 1},
		{"second line", "ok [a]\n  é [b", 4, 5},
		{"escaped inside", `[a \[b]`, 3, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := "[PROMPT-001] T\nPROMPT :\n" + c.prompt + "\n"
			_, err := Parse("f.md", []byte(src))
			pe := onlyParseError(t, err)
			if pe.Line != c.line || pe.Col != c.col {
				t.Errorf("error at %d:%d, want %d:%d (%v)", pe.Line, pe.Col, c.line, c.col, err)
			}
		})
	}
}

// TestBracketErrorColumnOnLabelLine checks the column counts the label and
// the quote when the text starts on the label line.
func TestBracketErrorColumnOnLabelLine(t *testing.T) {
	_, err := Parse("f.md", []byte("[PROMPT-001] T\nPROMPT : « é [a\n"))
	pe := onlyParseError(t, err)
	if pe.Line != 2 || pe.Col != 14 {
		t.Fatalf("got %d:%d, want 2:14", pe.Line, pe.Col)
	}
}
