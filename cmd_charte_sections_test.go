package main

import (
	"strings"
	"testing"
)

// TestCharteEditNamesMissingSections: a charter without some of the
// method's sections is saved, and the sections it lacks are named.
func TestCharteEditNamesMissingSections(t *testing.T) {
	c := newCLI(t)
	code, out, errOut := c.run(laptopCharter, "charte", "--edit", "-")
	if code != exitOK || !strings.Contains(out, "Charte enregistrée (version 2)") ||
		!strings.Contains(errOut, "parties de la méthode sans titre dans cette charte : Principes, Données interdites") {
		t.Fatalf("code %d, out %q, stderr %q", code, out, errOut)
	}
	if _, _, errOut := c.run("", "charte", "--edit", "-"); strings.Contains(errOut, "sans titre") {
		t.Fatalf("the default charter lacks sections: %q", errOut)
	}
}
