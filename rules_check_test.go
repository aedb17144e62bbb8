package main

import (
	"strings"
	"testing"
)

// An allowlisted text is never flagged again: an entry that holds personal
// or sensitive data is refused, and nothing is saved.
func TestAllowEntriesAreChecked(t *testing.T) {
	c := newCLI(t)
	for _, e := range []string{"marie.dupont@gmail.com", "06 12 34 56 78", "Marie Dupont", "la trésorière", "Mme Nguyen est diabétique", "Dupont", "Vandenberghe"} {
		code, _, errOut := c.run("", "rules", "--allow", e)
		if code != exitBlocked || !strings.Contains(errOut, "n’a pas été ajouté à la liste autorisée") || strings.Contains(errOut, "phrase de passe") {
			t.Errorf("--allow %q: code %d, err %q", e, code, errOut)
		}
	}
	if code, out, _ := c.run("", "rules"); code != exitOK || strings.Contains(out, "dupont") || strings.Contains(out, "trésorière") {
		t.Fatalf("a refused entry was saved: code %d\n%s", code, out)
	}
	// the association's generic contact and its venue pass, and then stay quiet
	for _, e := range []string{"contact@amisduvelo.fr", "Salle Jean Moulin", "Les Amis du Vélo", "Fondation Abbé Pierre"} {
		if code, _, errOut := c.run("", "rules", "--allow", e); code != exitOK {
			t.Errorf("--allow %q: code %d, err %q", e, code, errOut)
		}
	}
	// a personal e-mail and a name still blocked after the allowlist changed
	for _, v := range []string{"écrire à marie.dupont@gmail.com", "Mme Dupont viendra"} {
		if code, _, _ := c.run("", "classify", v); code != exitBlocked {
			t.Fatalf("%q: code %d after the allowlist changed", v, code)
		}
	}
}

// A deny entry that would block almost every text is refused with the
// reason; an empty entry is a usage error; removing an absent entry is
// said, not ignored.
func TestDenyEntriesAndRemovalsAreChecked(t *testing.T) {
	c := newCLI(t)
	cases := []struct {
		args []string
		code int
		says string
	}{
		{[]string{"--deny", "de"}, exitUsage, "trop court"},
		{[]string{"--deny", "RN"}, exitUsage, "trop court"},
		{[]string{"--deny", "pour les"}, exitUsage, "mots courants"},
		{[]string{"--deny", "of the"}, exitUsage, "mots courants"},
		{[]string{"--allow", "  "}, exitUsage, "entrée vide"},
		{[]string{"--remove", "Projet Horizon"}, exitError, "ni dans la liste autorisée ni dans la liste interdite"},
	}
	for _, tc := range cases {
		code, _, errOut := c.run("", append([]string{"rules"}, tc.args...)...)
		if code != tc.code || !strings.Contains(errOut, tc.says) {
			t.Errorf("rules %q: code %d, err %q; want %d and %q", tc.args, code, errOut, tc.code, tc.says)
		}
	}
	if code, _, errOut := c.run("", "rules", "--deny", "Projet Horizon"); code != exitOK {
		t.Fatalf("--deny Projet Horizon: code %d, err %q", code, errOut)
	}
	if code, _, _ := c.run("", "classify", "salle de la mairie"); code != exitOK {
		t.Fatalf("a public venue is flagged after a deny entry: code %d", code)
	}
	if code, _, errOut := c.run("", "rules", "--remove", "projet horizon"); code != exitOK {
		t.Fatalf("--remove projet horizon: code %d, err %q", code, errOut)
	}
}

// The account the association publishes for donations takes its IBAN in
// the profile, and a prompt quoting that IBAN then passes; another
// constant refuses an IBAN, and another IBAN stays blocked.
func TestProfileBankDetailsIBAN(t *testing.T) {
	c := newCLI(t)
	const iban = "FR76 3000 6000 0112 3456 7890 189"
	text := "Termine le courrier par nos coordonnées : IBAN " + iban + "."
	if code, _, _ := c.run("", "classify", text); code != exitBlocked {
		t.Fatalf("before the profile, the IBAN must be blocked: code %d", code)
	}
	if code, _, errOut := c.run("", "profile", "--set", "contact=IBAN "+iban); code == exitOK {
		t.Errorf("an IBAN as the contact was accepted: %s", errOut)
	}
	if code, _, errOut := c.run("", "profile", "--set", "coordonnées bancaires=IBAN "+iban); code != exitOK {
		t.Fatalf("the bank details for donations: code %d, %s", code, errOut)
	}
	if code, out, _ := c.run("", "classify", text); code != exitOK {
		t.Errorf("the profile's IBAN in a prompt: code %d, %s", code, out)
	}
	other := "Termine le courrier par nos coordonnées : IBAN FR76 1660 6100 1400 2365 4781 229."
	if code, _, _ := c.run("", "classify", other); code != exitBlocked {
		t.Errorf("another IBAN passed: code %d", code)
	}
}
