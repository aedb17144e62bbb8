package main

import (
	"encoding/json"
	"strings"
	"testing"

	"tamis/store"
)

// A template with a lint error (here a variable used but described
// nowhere, and a person in its fixed wording) is imported, but as a draft,
// and import says why; the others keep their status.
func TestImportDemotesTemplatesWithLintErrors(t *testing.T) {
	c := newCLI(t)
	lib := twoTemplates + `
[PROMPT-902] Sans description
PROMPT :
« Rédige une annonce pour [thème]. »

[PROMPT-903] Un nom dans le texte
Statut : validé
PROMPT :
« Rédige un mot pour Mme Dupont, notre trésorière. »
`
	code, out, errOut := c.run(lib, "import", "-")
	if code != exitOK || !strings.Contains(out, "4 modèle(s) ajouté(s)") {
		t.Fatalf("code %d, out %q, err %q", code, out, errOut)
	}
	for _, want := range []string{
		"2 modèle(s) importé(s) en brouillon",
		"-:25:27: [thème] est utilisée mais n’est décrite nulle part",
		"-:30:22: texte fixe du bloc PROMPT : donnée personnelle",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	_, listed, _ := c.run("", "list", "--all", "--json")
	var items []store.Summary
	if err := json.Unmarshal([]byte(listed), &items); err != nil {
		t.Fatal(err)
	}
	status := map[string]string{}
	for _, it := range items {
		status[it.ID] = string(it.Status)
	}
	want := map[string]string{"PROMPT-900": "validé", "PROMPT-901": "validé", "PROMPT-902": "brouillon", "PROMPT-903": "brouillon"}
	for id, st := range want {
		if status[id] != st {
			t.Errorf("%s: status %q, want %q", id, status[id], st)
		}
	}
}

// Only ten errors are printed; tamis lint shows the rest.
func TestImportLintOutputIsBounded(t *testing.T) {
	c := newCLI(t)
	code, _, errOut := c.run(textLibrary(100, 30), "import", "-")
	if code != exitOK || strings.Count(errOut, "décrite nulle part") != maxImportFindings ||
		!strings.Contains(errOut, "… et 50 autre(s) : tamis lint pour tout voir.") {
		t.Fatalf("code %d, err %q", code, errOut)
	}
}
