package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const badTemplate = `[PROMPT-960] Courrier
CONTEXTE :
« Mme Dupont est diabétique et vient le lundi. »

PROMPT :
« Écris à [nom du bénéficiaire] au sujet de [sujet]. »

VARIABLES :
- [nom du bénéficiaire] : son nom
`

func TestLintCommand(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	bad := filepath.Join(dir, "courrier.md")
	if err := os.WriteFile(bad, []byte(badTemplate), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := c.run("", "lint", bad)
	if code != exitError || errOut != "" {
		t.Fatalf("code %d, err %q", code, errOut)
	}
	for _, want := range []string{
		bad + ":1: info : 2 variable(s) : [nom du bénéficiaire], [sujet]",
		bad + ":3:3: erreur : texte fixe du bloc CONTEXTE : donnée personnelle",
		bad + ":3:18: erreur : texte fixe du bloc CONTEXTE : donnée sensible",
		bad + ":6:45: erreur : [sujet] est utilisée mais n’est décrite nulle part",
		bad + ":9: avertissement : [nom du bénéficiaire] invite à saisir une donnée personnelle",
		"3 erreur(s), 1 avertissement(s) : à corriger avant toute validation.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// The shipped library lints clean: exit 0.
	if code, out, _ := c.run("", "lint", "prompts"); code != exitOK || !strings.Contains(out, "Aucune erreur, aucun avertissement.") {
		t.Fatalf("prompts/: code %d\n%s", code, out)
	}
}

func TestLintJSONAndStdin(t *testing.T) {
	c := newCLI(t)
	code, out, _ := c.run(badTemplate, "lint", "-", "--json")
	var got lintJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != exitError {
		t.Fatalf("code %d, %v\n%s", code, err, out)
	}
	if got.Errors != 3 || got.Warnings != 1 || len(got.Files) != 1 || got.Files[0].File != "-" {
		t.Fatalf("%+v", got)
	}
	f := got.Files[0].Findings[len(got.Files[0].Findings)-1]
	if f.Line != 9 || f.Rule != "invites-personal" || f.Var != "nom du bénéficiaire" || f.Template != "PROMPT-960" {
		t.Fatalf("last finding %+v", f)
	}
	if !strings.Contains(out, `"severity": "warning"`) {
		t.Fatalf("severity not spelled:\n%s", out)
	}
}

func TestLintUsage(t *testing.T) {
	c := newCLI(t)
	if code, _, errOut := c.run("", "lint"); code != exitUsage || !strings.Contains(errOut, "indiquez un fichier") {
		t.Fatalf("no file: code %d, %q", code, errOut)
	}
	if code, _, errOut := c.run("", "lint", "absent.md"); code != exitError || !strings.Contains(errOut, "impossible de lire") {
		t.Fatalf("absent file: code %d, %q", code, errOut)
	}
}
