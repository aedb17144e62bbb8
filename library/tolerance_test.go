package library

import (
	"reflect"
	"strings"
	"testing"
)

// base is what every spelling in TestParseTolerance must mean.
var base = Template{
	ID: "PROMPT-007", Title: "Titre du modèle", Status: StatusValidated,
	Context: "[Nom asso] agit à [ville].",
	Prompt:  "Rédige un texte pour [usage].",
	Variables: []Variable{
		{Name: "Nom asso"}, {Name: "ville"}, {Name: "usage"},
	},
}

func TestParseTolerance(t *testing.T) {
	cases := []struct {
		name string
		src  string
		edit func(*Template)
	}{
		{"canonical", "[PROMPT-007] Titre du modèle\n\nCONTEXTE :\n« [Nom asso] agit à [ville]. »\n\nPROMPT :\n« Rédige un texte pour [usage]. »\n", nil},
		{"no quotes", "[PROMPT-007] Titre du modèle\nCONTEXTE :\n[Nom asso] agit à [ville].\nPROMPT :\nRédige un texte pour [usage].\n", nil},
		{"lower case labels", "[PROMPT-007] Titre du modèle\ncontexte :\n[Nom asso] agit à [ville].\nprompt :\nRédige un texte pour [usage].", nil},
		{"mixed case, no space before colon", "[PROMPT-007] Titre du modèle\nContexte:\n[Nom asso] agit à [ville].\nPrompt:\nRédige un texte pour [usage].", nil},
		{"accented label", "[PROMPT-007] Titre du modèle\nCONTÉXTE :\n[Nom asso] agit à [ville].\nPROMPT :\nRédige un texte pour [usage].", nil},
		{"label without colon", "[PROMPT-007] Titre du modèle\nCONTEXTE\n[Nom asso] agit à [ville].\nPROMPT\nRédige un texte pour [usage].", nil},
		{"text on the label line", "[PROMPT-007] Titre du modèle\nCONTEXTE : « [Nom asso] agit à [ville]. »\nPROMPT : « Rédige un texte pour [usage]. »", nil},
		{"extra spaces and blank lines", "\n\n   [PROMPT-007]    Titre   du  modèle   \n\n\n  CONTEXTE   :   \n\n   «  [Nom asso] agit à [ville].   »   \n\n\n PROMPT  :  \n  «   Rédige un texte pour [usage].  »  \n\n\n", nil},
		{"no-break spaces inside quotes", "[PROMPT-007] Titre du modèle\nCONTEXTE :\n«\u00a0[Nom asso] agit à [ville].\u00a0»\nPROMPT :\n«\u202fRédige un texte pour [usage].\u202f»", nil},
		{"CRLF line ends", strings.ReplaceAll("[PROMPT-007] Titre du modèle\nCONTEXTE :\n« [Nom asso] agit à [ville]. »\nPROMPT :\n« Rédige un texte pour [usage]. »\n", "\n", "\r\n"), nil},
		{"byte order mark", "\ufeff[PROMPT-007] Titre du modèle\nCONTEXTE :\n[Nom asso] agit à [ville].\nPROMPT :\nRédige un texte pour [usage].", nil},
		{"markdown headings", "## [PROMPT-007] Titre du modèle\n### Contexte\n[Nom asso] agit à [ville].\n**PROMPT :**\nRédige un texte pour [usage].", nil},
		{"lower case id", "[prompt-007] Titre du modèle\nCONTEXTE :\n[Nom asso] agit à [ville].\nPROMPT :\nRédige un texte pour [usage].", nil},
		{"document title before", "Bibliothèque de prompts\nVersion du 3 mars, relue par le référent.\n\n[PROMPT-007] Titre du modèle\nCONTEXTE :\n[Nom asso] agit à [ville].\nPROMPT :\nRédige un texte pour [usage].", nil},
		{"separator after", "[PROMPT-007] Titre du modèle\nCONTEXTE :\n[Nom asso] agit à [ville].\nPROMPT :\nRédige un texte pour [usage].\n\n---\n", nil},
		{"status and tags", "[PROMPT-007] Titre du modèle\nTags : com,  réseaux  sociaux ,, Com\nStatut : brouillon\nCONTEXTE :\n[Nom asso] agit à [ville].\nPROMPT :\nRédige un texte pour [usage].",
			func(t *Template) { t.Tags = []string{"com", "réseaux sociaux"}; t.Status = StatusDraft }},
		{"status without accent, any case", "[PROMPT-007] Titre du modèle\nstatut : ARCHIVE\nCONTEXTE :\n[Nom asso] agit à [ville].\nPROMPT :\nRédige un texte pour [usage].",
			func(t *Template) { t.Status = StatusArchived }},
		{"status valide", "[PROMPT-007] Titre du modèle\nSTATUT : Valide\nCONTEXTE :\n[Nom asso] agit à [ville].\nPROMPT :\nRédige un texte pour [usage].", nil},
		{"status validée", "[PROMPT-007] Titre du modèle\nStatut : validée\nCONTEXTE :\n[Nom asso] agit à [ville].\nPROMPT :\nRédige un texte pour [usage].", nil},
		{"tab indentation kept inside", "[PROMPT-007] Titre du modèle\nCONTEXTE :\n[Nom asso] agit à [ville].\nPROMPT :\nRédige un texte pour [usage].\n\t- en trois points",
			func(t *Template) { t.Prompt += "\n\t- en trois points" }},
		{"no context", "[PROMPT-007] Titre du modèle\nPROMPT :\nRédige un texte pour [usage].",
			func(t *Template) { t.Context = ""; t.Variables = []Variable{{Name: "usage"}} }},
		{"label words inside a block are text", "[PROMPT-007] Titre du modèle\nCONTEXTE :\n[Nom asso] agit à [ville].\nStatut : association\nPROMPT :\nRédige un texte pour [usage].\nContexte : public",
			func(t *Template) { t.Context += "\nStatut : association"; t.Prompt += "\nContexte : public" }},
		{"paragraphs kept", "[PROMPT-007] Titre du modèle\nCONTEXTE :\n« [Nom asso] agit à [ville].\n\nDeuxième paragraphe. »\nPROMPT :\nRédige un texte pour [usage].",
			func(t *Template) { t.Context += "\n\nDeuxième paragraphe." }},
		{"inner quotes kept", "[PROMPT-007] Titre du modèle\nCONTEXTE :\n[Nom asso] agit à [ville].\nPROMPT :\n« Rédige un texte pour [usage], titré « Bienvenue ». »",
			func(t *Template) { t.Prompt = "Rédige un texte pour [usage], titré « Bienvenue »." }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := base
			want.Variables = append([]Variable(nil), base.Variables...)
			if c.edit != nil {
				c.edit(&want)
			}
			got, err := Parse("t.md", []byte(c.src))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if !reflect.DeepEqual(got, []Template{want}) {
				t.Fatalf("got  %#v\nwant %#v", got, []Template{want})
			}
			assertRoundTrip(t, got)
		})
	}
}

func TestParseSeveralTemplates(t *testing.T) {
	src := `# Nos prompts

[PROMPT-001] Un
PROMPT : « [a] »
---
[PROMPT-002] Deux
Statut : brouillon
PROMPT :
« b »
VARIABLES :
***
[PROMPT-010] Trois
CONTEXTE : c
PROMPT : [d] et [a]
VARIABLES :
- [d] : aide
`
	ts, err := Parse("lib.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) != 3 || ts[0].Prompt != "[a]" || ts[1].Status != StatusDraft || ts[1].Prompt != "b" || ts[2].Variables[0].Help != "aide" {
		t.Fatalf("got %#v", ts)
	}
	assertRoundTrip(t, ts)
	ls, err := ParseAll([]Source{{Name: "lib.md", Data: []byte(src)}})
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range []int{3, 6, 12} {
		if ls[i].Line != line || ls[i].File != "lib.md" {
			t.Errorf("template %d at %s:%d, want line %d", i, ls[i].File, ls[i].Line, line)
		}
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name string
		src  string
		line int
		msg  string // part of the French message
	}{
		{"empty file", "", 0, "aucun modèle"},
		{"only a title", "Mes prompts\n", 0, "aucun modèle"},
		{"short id", "[PROMPT-01] Titre\nPROMPT : x\n", 1, "en-tête de modèle mal formé"},
		{"no id", "[PROMPT] Titre\nPROMPT : x\n", 1, "en-tête de modèle mal formé"},
		{"letter in id", "[PROMPT-001a] Titre\nPROMPT : x\n", 1, "en-tête de modèle mal formé"},
		{"letter in id after a template", "[PROMPT-001] A\nPROMPT : a\n[PROMPT-002b] B\nPROMPT : b\n", 3, "en-tête de modèle mal formé"},
		{"space in id", "[PROMPT 002] B\nPROMPT : b\n", 1, "en-tête de modèle mal formé"},
		{"block before heading", "Intro\nPROMPT :\nx\n[PROMPT-001] T\nPROMPT : y", 2, "sans en-tête"},
		{"missing title", "[PROMPT-001]\nPROMPT : x\n", 1, "titre manquant"},
		{"missing prompt", "[PROMPT-001] T\nCONTEXTE : x\n", 1, "PROMPT manquant"},
		{"empty prompt", "[PROMPT-001] T\nPROMPT :\n« »\n", 1, "PROMPT vide"},
		{"unknown status", "[PROMPT-001] T\nStatut : publié\nPROMPT : x\n", 2, "statut inconnu"},
		{"duplicate status", "[PROMPT-001] T\nStatut : validé\nStatut : brouillon\nPROMPT : x\n", 3, "Statut en double"},
		{"duplicate tags", "[PROMPT-001] T\nTags : a\nTags : b\nPROMPT : x\n", 3, "Tags en double"},
		{"stray header line", "[PROMPT-001] T\nAuteur : Marie\nPROMPT : x\n", 2, "ligne inattendue avant CONTEXTE"},
		{"stray variables line", "[PROMPT-001] T\nPROMPT : [a]\nVARIABLES :\nle reste\n", 4, "ligne inattendue dans VARIABLES"},
		{"described twice", "[PROMPT-001] T\nPROMPT : [a]\nVARIABLES :\n- [a] : x\n- [a] : y\n", 5, "décrite deux fois"},
		{"described but absent", "[PROMPT-001] T\nPROMPT : [a]\nVARIABLES :\n- [b] : x\n", 4, "absente"},
		{"check box described", "[PROMPT-001] T\nPROMPT : [a]\nVARIABLES :\n- [x] : x\n", 4, "nom de variable invalide"},
		{"variables before prompt", "[PROMPT-001] T\nCONTEXTE : [a]\nVARIABLES :\n- [a] : x\nPROMPT : y\n", 3, "après PROMPT"},
		{"unclosed in variables", "[PROMPT-001] T\nPROMPT : [a]\nVARIABLES :\n- [a : x\n", 4, "non fermé"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ts, err := Parse("e.md", []byte(c.src))
			if ts != nil {
				t.Errorf("templates returned with an error: %v", ts)
			}
			pe := onlyParseError(t, err)
			if pe.Line != c.line || pe.File != "e.md" || !strings.Contains(pe.Msg, c.msg) {
				t.Errorf("got %v, want line %d and %q", err, c.line, c.msg)
			}
		})
	}
}

// TestParseReportsEveryTemplate checks that one broken template does not
// hide the errors of the next ones.
func TestParseReportsEveryTemplate(t *testing.T) {
	src := "[PROMPT-001] A\nPROMPT : [x\n[PROMPT-002] B\nStatut : ?\nPROMPT : y\n[PROMPT-003] C\nPROMPT : ok\n"
	_, err := Parse("m.md", []byte(src))
	leaves := err.(interface{ Unwrap() []error }).Unwrap()
	if len(leaves) != 2 || !strings.HasPrefix(leaves[0].Error(), "m.md:2:10: ") || !strings.HasPrefix(leaves[1].Error(), "m.md:4: ") {
		t.Fatalf("got %v", err)
	}
}

func TestParseErrorsAreBounded(t *testing.T) {
	src := strings.Repeat("[PROMPT-001] T\n", 100)
	_, err := Parse("m.md", []byte(src))
	leaves := err.(interface{ Unwrap() []error }).Unwrap()
	if len(leaves) != maxErrors+1 || !strings.Contains(leaves[maxErrors].Error(), "80 autres erreurs") {
		t.Fatalf("got %d errors, last %v", len(leaves), leaves[len(leaves)-1])
	}
}

// TestBadHeadingInsideBlock checks that a mistyped heading after a good
// template is not swallowed as text of its prompt.
func TestBadHeadingInsideBlock(t *testing.T) {
	src := "[PROMPT-001] A\nPROMPT : a\n\n[PROMPT-02] B\nPROMPT : b\n"
	_, err := Parse("b.md", []byte(src))
	pe := onlyParseError(t, err)
	if pe.Line != 4 || !strings.Contains(pe.Msg, "mal formé") {
		t.Fatalf("got %v", err)
	}
	// A variable that happens to be called Prompt stays a variable.
	ts, err := Parse("b.md", []byte("[PROMPT-001] A\nPROMPT :\n[Prompt] à reformuler\n"))
	if err != nil || ts[0].Variables[0].Name != "Prompt" {
		t.Fatalf("got %v, %v", ts, err)
	}
}

func TestKeywordLine(t *testing.T) {
	cases := []struct {
		line string
		kw   keyword
		rest string
	}{
		{"CONTEXTE :", kwContext, ""},
		{"  contexte:  « a »", kwContext, "« a »"},
		{"## Variables", kwVariables, ""},
		{"**PROMPT :**", kwPrompt, ""},
		{"**Statut :** brouillon", kwStatus, "brouillon"},
		{"**Statut** : brouillon", kwStatus, "brouillon"},
		{"_Tags_ : a, b", kwTags, "a, b"},
		{"Tags : *", kwTags, "*"},
		{"Tags : **x", kwTags, "**x"},
		{"Étiquettes : a", kwTags, "a"},
		{"Prompt précédent : x", kwNone, ""},
		{"Notre mission : aider", kwNone, ""},
		{"Mission : aider", kwNone, ""},
		{"Prompt-ing", kwNone, ""},
		{"«Prompt : x»", kwNone, ""},
	}
	for _, c := range cases {
		kw, rest := keywordLine(c.line)
		if kw != c.kw || rest != c.rest {
			t.Errorf("keywordLine(%q) = %v, %q; want %v, %q", c.line, kw, rest, c.kw, c.rest)
		}
	}
}
