package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseValues(t *testing.T) {
	in := "\ufeff# valeurs de l'atelier\r\n\r\nNom asso = Les Amis du Vélo\r\n  # commentaire\natelier=réparation\\nle samedi, C:\\Vélos\\\\2026\n"
	got, err := parseValues("v.txt", []byte(in))
	want := map[string]string{"Nom asso": "Les Amis du Vélo", "atelier": "réparation\nle samedi, C:\\Vélos\\2026"}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("parseValues = %q, %v\nwant %q", got, err, want)
	}
	for _, c := range []struct{ in, want string }{
		{"a=1\nsans égal secret-1234\n", "« v.txt », ligne 2 : attendu NOM=VALEUR"},
		{"=secret-1234\n", "« v.txt », ligne 1 : attendu NOM=VALEUR"},
		{"atelier=a\n\nAtelier=secret-1234\n", "« v.txt », ligne 3 : « Atelier » est déjà donné ligne 1"},
		{"atelier=secret-1234\x1b]52;c;x\x07\n", "« v.txt », ligne 1 : "},
		{"atelier=secret-1234\xff\n", "« v.txt », ligne 1 : "},
	} {
		_, err := parseValues("v.txt", []byte(c.in))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) || strings.Contains(err.Error(), "secret-1234") {
			t.Errorf("parseValues(%q) = %v, want %q… without the value", c.in, err, c.want)
		}
	}
}

// fill --valeurs reads the values from a file or stdin; --set wins; a
// canary value of the file never reaches the database, and an error about
// the file does not print its content.
func TestFillValuesFile(t *testing.T) {
	c := newCLI(t)
	c.run(twoTemplates, "import", "-")
	file := filepath.Join(t.TempDir(), "valeurs.txt")
	os.WriteFile(file, []byte("# atelier du samedi\nNom asso=Les Amis du Vélo\natelier=réparation de vélos canari-7f3a\n"), 0o600)
	code, out, errOut := c.run("", "fill", "PROMPT-900", "--valeurs", file)
	if code != exitOK || !strings.Contains(out, "réparation de vélos canari-7f3a") || errOut != "" {
		t.Fatalf("fill --valeurs FILE: code %d, out %q, err %q", code, out, errOut)
	}
	code, out, _ = c.run("Nom asso=Les Amis du Vélo\natelier=canari-7f3a\\nsur deux lignes\n", "fill", "PROMPT-900", "--valeurs", "-")
	if code != exitOK || !strings.Contains(out, "canari-7f3a\nsur deux lignes") {
		t.Fatalf("fill --valeurs -: code %d, out %q", code, out)
	}
	code, out, _ = c.run("", "fill", "PROMPT-900", "--valeurs", file, "--set", "atelier=cours de couture")
	if code != exitOK || !strings.Contains(out, "cours de couture") || strings.Contains(out, "canari") {
		t.Fatalf("--set must win over the file: code %d, out %q", code, out)
	}
	code, _, errOut = c.run("Nom asso=Les Amis du Vélo\ncanari-7f3a sans égal\n", "fill", "PROMPT-900", "--valeurs", "-")
	if code != exitError || !strings.Contains(errOut, "ligne 2") || strings.Contains(errOut, "canari") {
		t.Fatalf("bad line: code %d, err %q", code, errOut)
	}
	code, _, errOut = c.run("", "fill", "PROMPT-900", "--valeurs", filepath.Join(t.TempDir(), "absent.txt"))
	if code != exitError || !strings.Contains(errOut, "introuvable") {
		t.Fatalf("missing file: code %d, err %q", code, errOut)
	}
	if db, _ := os.ReadFile(c.db); bytes.Contains(db, []byte("canari")) {
		t.Fatal("a value of the --valeurs file reached the database")
	}
}
