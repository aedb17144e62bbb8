package main

import (
	"strings"
	"testing"
)

const typedTemplate = `[PROMPT-950] Annonce d'un atelier
Tags : test

PROMPT :
« Rédige une annonce de l'atelier [thème] du [date] à [heure], à [lieu]. Inscriptions : [e-mail]. »

VARIABLES :
- [thème] : thème de l'atelier
- [date] : date de l'atelier ; type : date
- [heure] : heure de début ; type : heure
- [lieu] : salle ou adresse des locaux ; type : lieu public
- [e-mail] : adresse d'inscription ; type : e-mail de l'association
`

// A value that misfits its kind is refused before any classification:
// exit 2, the variable named, the value never repeated, nothing printed.
func TestFillRefusesMisfitKinds(t *testing.T) {
	c := newCLI(t)
	if code, _, errOut := c.run(typedTemplate, "import", "-"); code != exitOK {
		t.Fatalf("import: %d %s", code, errOut)
	}
	if code, _, errOut := c.run("", "profile", "--set", "contact=contact@amisduvelo.fr"); code != exitOK {
		t.Fatalf("profile: %d %s", code, errOut)
	}
	good := []string{"fill", "PROMPT-950", "--set", "thème=réparation de vélos", "--set", "date=samedi 14 juin",
		"--set", "heure=14h30", "--set", "lieu=salle des fêtes", "--set", "e-mail=inscriptions@amisduvelo.fr"}
	if code, out, errOut := c.run("", good...); code != exitOK || !strings.Contains(out, "samedi 14 juin") {
		t.Fatalf("good values: code %d, out %q, err %q", code, out, errOut)
	}
	cases := map[string]string{
		"date=Mme Dupont, diabétique":    "[date] : une date est attendue",
		"heure=après le repas":           "[heure] : une heure est attendue",
		"lieu=chez Mme Dupont":           "[lieu] : un lieu public est attendu",
		"e-mail=marie.dupont@gmail.com":  "[e-mail] : seule une adresse de l’association",
		"e-mail=marie@amisduvelo.fr.com": "[e-mail] :",
	}
	for set, want := range cases {
		args := append(append([]string{}, good...), "--set", set)
		code, out, errOut := c.run("", args...)
		value := set[strings.Index(set, "=")+1:]
		if code != exitUsage || out != "" || !strings.Contains(strings.ReplaceAll(errOut, "'", "’"), want) || strings.Contains(errOut, value) {
			t.Errorf("%s: code %d, out %q, err %q", set, code, out, errOut)
		}
	}
}

// The default library types its dates, times, places and years: a date
// field of PROMPT-002 cannot carry « Mme Dupont, diabétique ».
func TestDefaultLibraryIsTyped(t *testing.T) {
	c := newCLI(t)
	args := []string{"fill", "PROMPT-002", "--set", "Nom asso=Les Amis du Vélo", "--set", "mission=faire découvrir le vélo en ville",
		"--set", "événement=atelier de réparation de vélos", "--set", "horaires=de 14 h à 18 h",
		"--set", "lieu=salle polyvalente de la mairie"}
	if code, out, errOut := c.run("", append(args, "--set", "date=samedi 14 juin")...); code != exitOK || !strings.Contains(out, "samedi 14 juin") {
		t.Fatalf("a date: code %d, err %q", code, errOut)
	}
	code, out, errOut := c.run("", append(args, "--set", "date=Mme Dupont, diabétique")...)
	if code != exitUsage || out != "" || !strings.Contains(errOut, "[date] : une date est attendue") || strings.Contains(errOut, "Dupont") {
		t.Fatalf("not a date: code %d, out %q, err %q", code, out, errOut)
	}
}
