package main

import (
	"io/fs"
	"strings"
	"testing"

	"tamis/library"
	"tamis/library/classify"
	"tamis/library/validation"
	"tamis/prompts"
)

func parseOne(t *testing.T, text string) library.Template {
	t.Helper()
	ts, err := library.Parse("test.md", []byte(text))
	if err != nil || len(ts) != 1 {
		t.Fatalf("parse: %v", err)
	}
	return ts[0]
}

// A shipped template could not be validated again if its own wording held
// personal data.
func TestShippedTemplatesHaveCleanFixedWording(t *testing.T) {
	files, _ := fs.Glob(prompts.FS, "*.md")
	for _, f := range files {
		data, _ := fs.ReadFile(prompts.FS, f)
		ts, err := library.Parse(f, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, tp := range ts {
			for _, fd := range validation.CheckFixedWording(classify.New(classify.Rules{}), tp) {
				t.Errorf("%s line %d: %s « %s »", tp.ID, fd.Line, fd.Rule, fd.Words)
			}
		}
	}
}

func TestFixedWordingSaysWhere(t *testing.T) {
	tp := parseOne(t, "[PROMPT-050] Suivi\n\nCONTEXTE :\n« Notre association accompagne des familles.\nMarie Dupont est diabétique depuis 2019. »\n\nPROMPT :\n« Rédige un courrier pour [destinataire]. »\n")
	got := validation.CheckFixedWording(classify.New(classify.Rules{}), tp)
	if len(got) == 0 {
		t.Fatal("no finding for a person's name and health in the context")
	}
	text := string(library.Format(tp))
	lines := strings.Split(text, "\n")
	for _, fd := range got {
		if fd.Part != "CONTEXTE" || fd.Line < 1 || fd.Line > len(lines) || !strings.Contains(lines[fd.Line-1], fd.Words) {
			t.Errorf("finding %+v does not point at its line in\n%s", fd, text)
		}
	}
	if !strings.Contains(lines[got[0].Line-1], "Marie Dupont") {
		t.Errorf("line %d is %q", got[0].Line, lines[got[0].Line-1])
	}
}

func TestFixedWordingLeavesVariablesOut(t *testing.T) {
	clean := parseOne(t, "[PROMPT-051] Courrier\n\nCONTEXTE :\n« [Nom asso] accompagne [public]. »\n\nPROMPT :\n« Rédige un courrier pour [prénom du bénéficiaire]. »\n")
	if got := validation.CheckFixedWording(classify.New(classify.Rules{}), clean); len(got) != 0 {
		t.Errorf("variables counted as fixed wording: %+v", got)
	}
	withDefault := parseOne(t, "[PROMPT-052] Courrier\n\nPROMPT :\n« Écris à [destinataire]. »\n\nVARIABLES :\n- [destinataire] : à qui ; défaut : Mme Martine Lefebvre\n")
	got := validation.CheckFixedWording(classify.New(classify.Rules{}), withDefault)
	if len(got) == 0 || got[0].Part != "VARIABLES" {
		t.Fatalf("a default value holding a name: %+v", got)
	}
	lines := strings.Split(string(library.Format(withDefault)), "\n")
	if !strings.Contains(lines[got[0].Line-1], "Mme Martine Lefebvre") {
		t.Errorf("line %d is %q", got[0].Line, lines[got[0].Line-1])
	}
}
