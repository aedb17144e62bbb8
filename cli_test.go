package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fillPROMPT002 are right values for every variable of PROMPT-002 without
// a default.
var fillPROMPT002 = []string{"fill", "PROMPT-002",
	"--set", "Nom asso=Les Amis du Vélo", "--set", "mission=faire découvrir le vélo en ville",
	"--set", "événement=atelier de réparation de vélos", "--set", "date=samedi 14 juin",
	"--set", "horaires=de 14 h à 18 h", "--set", "lieu=salle polyvalente de la mairie"}

// A --set for a variable the template does not have is a usage error that
// names it and lists the template's variables; nothing is printed on stdout.
func TestFillUnknownVariable(t *testing.T) {
	c := newCLI(t)
	code, out, errOut := c.run("", append(fillPROMPT002, "--set", "thème=atelier vélo")...)
	if code != exitUsage || out != "" || !strings.Contains(errOut, "pas de variable « thème »") ||
		!strings.Contains(errOut, "« mission », « événement »") {
		t.Fatalf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
	file := filepath.Join(t.TempDir(), "valeurs.txt")
	os.WriteFile(file, []byte("theme=x\n"), 0o600)
	if code, _, errOut := c.run("", append(fillPROMPT002, "--values", file)...); code != exitUsage || !strings.Contains(errOut, "pas de variable") {
		t.Fatalf("unknown name in a values file: code %d, stderr %q", code, errOut)
	}
}

// A choice variable takes one of its choices (any case, any accents); any
// other value is a usage error that lists them without repeating the value.
func TestFillChoiceOutsideList(t *testing.T) {
	c := newCLI(t)
	code, out, errOut := c.run("", append(fillPROMPT002, "--set", "ton=rigolo")...)
	if code != exitUsage || out != "" || !strings.Contains(errOut, "« ton »") ||
		!strings.Contains(errOut, "« chaleureux », « dynamique », « informatif », « festif »") || strings.Contains(errOut, "rigolo") {
		t.Fatalf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, out, errOut = c.run("", append(fillPROMPT002, "--set", "ton=FESTIF", "--set", "réseau social=mastodon")...)
	if code != exitOK || !strings.Contains(out, "sur un ton festif") || !strings.Contains(out, "pour Mastodon") {
		t.Fatalf("choices in another case: code %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// --db and TAMIS_DB name a file in an existing folder: a typo in the folder
// creates nothing. The default location is created on demand (store tests).
func TestDBFolderMustExist(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "Documments", "tamis.db")
	var out, errb bytes.Buffer
	code := run([]string{"list", "--db", missing}, streams{strings.NewReader(""), &out, &errb})
	if code != exitError || !strings.Contains(errb.String(), "ce dossier n'existe pas") {
		t.Fatalf("--db in a missing folder: code %d, stderr %q", code, errb.String())
	}
	t.Setenv("TAMIS_DB", missing)
	errb.Reset()
	if code := run([]string{"list"}, streams{strings.NewReader(""), &out, &errb}); code != exitError {
		t.Fatalf("TAMIS_DB in a missing folder: code %d, stderr %q", code, errb.String())
	}
	if _, err := os.Stat(filepath.Dir(missing)); !os.IsNotExist(err) {
		t.Fatalf("the missing folder was created: %v", err)
	}
}

// Flags are English and answer to their French names; messages name the
// flag as it was typed.
func TestFlagAliasesAndTypedNames(t *testing.T) {
	c := newCLI(t)
	for _, flag := range []string{"--garder", "--keep"} {
		code, _, errOut := c.run("", "sauvegardes", flag, "0")
		if code != exitUsage || !strings.HasPrefix(errOut, "tamis sauvegardes : "+flag+" : ") {
			t.Errorf("%s 0: code %d, stderr %q", flag, code, errOut)
		}
		code, _, errOut = c.run("", "sauvegardes", flag, "trois")
		if code != exitUsage || !strings.Contains(errOut, "valeur refusée pour "+flag+" : un nombre est attendu") {
			t.Errorf("%s trois: code %d, stderr %q", flag, code, errOut)
		}
	}
	if code, out, errOut := c.run("", "list", "--tous", "--json"); code != exitOK || !strings.HasPrefix(out, "[") {
		t.Errorf("list --tous: code %d, stderr %q", code, errOut)
	}
	code, _, errOut := c.run("", "fill", "PROMPT-001", "-set", "x=y")
	if code != exitUsage || !strings.Contains(errOut, "option inconnue -set : une option longue s’écrit avec deux tirets (--set)") {
		t.Errorf("-set: code %d, stderr %q", code, errOut)
	}
	code, _, errOut = c.run("", "fill", "PROMPT-001", "--set")
	if code != exitUsage || !strings.Contains(errOut, "l’option --set attend une valeur") {
		t.Errorf("--set without a value: code %d, stderr %q", code, errOut)
	}
}

// `tamis --db X COMMAND`, `tamis help COMMAND` and `tamis aide COMMAND`.
func TestGlobalFlagAndHelpCommand(t *testing.T) {
	c := newCLI(t)
	var out, errb bytes.Buffer
	if code := run([]string{"--db", c.db, "list"}, streams{strings.NewReader(""), &out, &errb}); code != exitOK || !strings.HasPrefix(out.String(), "PROMPT-001\t") {
		t.Fatalf("--db before the command: code %d, out %q, err %q", code, out.String(), errb.String())
	}
	for _, help := range []string{"help", "aide"} {
		out.Reset()
		if code := run([]string{help, "fill"}, streams{strings.NewReader(""), &out, &errb}); code != exitOK || !strings.HasPrefix(out.String(), "Utilisation : tamis fill ID") {
			t.Errorf("%s fill: code %d, out %q", help, code, out.String())
		}
	}
	errb.Reset()
	if code := run([]string{"aide", "frobnicate"}, streams{strings.NewReader(""), &out, &errb}); code != exitUsage || !strings.Contains(errb.String(), "commande inconnue « frobnicate »") {
		t.Errorf("aide frobnicate: code %d, err %q", code, errb.String())
	}
	errb.Reset()
	if code := run([]string{"list", "--db", ""}, streams{strings.NewReader(""), &out, &errb}); code != exitUsage || !strings.Contains(errb.String(), "--db est vide") {
		t.Errorf("--db empty: code %d, err %q", code, errb.String())
	}
}
