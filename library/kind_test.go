package library

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseKindLine(t *testing.T) {
	cases := []struct {
		line string
		want Variable
	}{
		{"- [d] : date de l'atelier ; type : date", Variable{Name: "d", Help: "date de l'atelier", Kind: KindDate}},
		{"- [d] : Type : Durée", Variable{Name: "d", Kind: KindDuration}},
		{"- [d] : type: DUREE ; défaut : 2 heures", Variable{Name: "d", Kind: KindDuration, Default: "2 heures"}},
		{"- [l] : type : lien (URL)", Variable{Name: "l", Kind: KindURL}},
		{"- [l] : kind : url", Variable{Name: "l", Kind: KindURL}},
		{"- [e] : type : e-mail de l’association", Variable{Name: "e", Kind: KindAssocEmail}},
		{"- [e] : type : Courriel de l'association", Variable{Name: "e", Kind: KindAssocEmail}},
		{"- [t] : type : texte libre ; plusieurs lignes", Variable{Name: "t", Kind: KindFreeText, Multiline: true}},
		{"- [t] : type : texte   court", Variable{Name: "t", Kind: KindShortText}},
		{"- [n] : type : number", Variable{Name: "n", Kind: KindNumber}},
		{"- [h] : type : horaire", Variable{Name: "h", Kind: KindTime}},
		{"- [p] : type : lieu public", Variable{Name: "p", Kind: KindPublicPlace}},
		{"- [c] : type : choix ; choix : a | b", Variable{Name: "c", Kind: KindChoice, Choices: []string{"a", "b"}}},
		{"- [c] : le type de salle", Variable{Name: "c", Help: "le type de salle"}},
	}
	for _, c := range cases {
		got, ok, bad := parseVarLineKind(c.line)
		if !ok || bad != "" || !reflect.DeepEqual(got, c.want) {
			t.Errorf("parseVarLineKind(%q) = %+v, %v, %q; want %+v", c.line, got, ok, bad, c.want)
		}
	}
}

func TestKindErrors(t *testing.T) {
	cases := map[string]string{
		"- [d] : type : jour férié":              "type inconnu « jour férié » pour [d]",
		"- [c] : type : choix":                   "[c] est de type choix",
		"- [d] : type : date ; plusieurs lignes": "[d] est de type date, sur une seule ligne",
	}
	for line, want := range cases {
		_, err := Parse("k.md", []byte("[PROMPT-001] T\nPROMPT : [d] [c]\nVARIABLES :\n"+line+"\n"))
		pe := onlyParseError(t, err)
		if pe.Line != 4 || !strings.Contains(pe.Msg, want) {
			t.Errorf("%q: got %v, want line 4 and %q", line, pe, want)
		}
	}
}

// Every kind is written back as it was read: export then import keeps it.
func TestKindRoundTrip(t *testing.T) {
	for _, k := range Kinds() {
		v := Variable{Name: "v", Help: "aide", Kind: k}
		if k == KindChoice {
			v.Choices = []string{"a", "b"}
		}
		tpl := Template{ID: "PROMPT-001", Title: "T", Status: StatusValidated, Prompt: "[v]", Variables: []Variable{v}}
		text := Format(tpl)
		if !strings.Contains(string(text), "type : "+string(k)) {
			t.Errorf("%s: not written: %s", k, text)
		}
		got, err := Parse("k.md", text)
		if err != nil || !reflect.DeepEqual(got[0], tpl) {
			t.Errorf("%s: round trip gave %+v, %v\n%s", k, got, err, text)
		}
		if back, _ := ParseKind(string(k)); back != k {
			t.Errorf("ParseKind(%q) = %q", k, back)
		}
	}
}
