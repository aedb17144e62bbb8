package settings

import (
	"errors"
	"testing"

	"tamis/library/classify"
)

// TestCheckAllow: a generic contact and a venue pass; a person's e-mail,
// a surname alone and an empty entry are refused, each with its reason.
func TestCheckAllow(t *testing.T) {
	c := AllowClassifier(classify.Rules{})
	for _, ok := range []string{"contact@amisduvelo.fr", "Salle Jean Moulin", "Les Amis du Vélo"} {
		if err := CheckAllow(c, ok); err != nil {
			t.Errorf("CheckAllow(%q) = %v, want nil", ok, err)
		}
	}
	var refused *AllowRefused
	if err := CheckAllow(c, "marie.dupont@gmail.com"); !errors.As(err, &refused) || refused.Result.Category < classify.Personal {
		t.Errorf("a person's e-mail: %v", err)
	}
	// a listed surname alone is a person's name by itself; a word that may
	// only be part of one is refused through the probe « Mme … »
	if err := CheckAllow(c, "Dupont"); !errors.As(err, &refused) || refused.Probe == "" && refused.Result.Category < classify.Personal {
		t.Errorf("a surname alone: %v", err)
	}
	if err := CheckAllow(c, "  "); !errors.Is(err, ErrEmptyEntry) {
		t.Errorf("an empty entry: %v", err)
	}
}

// TestCheckDeny: short entries and entries of common words only are
// refused; a project name passes.
func TestCheckDeny(t *testing.T) {
	for entry, ok := range map[string]bool{"Projet Horizon": true, "de": false, "pour les": false, "a.b": false, "": false, "fusion Hermès": true} {
		if err := CheckDeny(entry); (err == nil) != ok {
			t.Errorf("CheckDeny(%q) = %v, want ok=%v", entry, err, ok)
		}
	}
}

// TestCheckProfileValue: the profile itself does not vouch for a value.
func TestCheckProfileValue(t *testing.T) {
	c := ProfileClassifier(classify.Rules{Profile: []string{"marie.dupont@gmail.com"}})
	var refused *ValueRefused
	if err := CheckProfileValue(c, "contact", "marie.dupont@gmail.com"); !errors.As(err, &refused) || refused.Name != "contact" {
		t.Errorf("a person's e-mail in the profile: %v", err)
	}
	if err := CheckProfileValue(c, "mission", "Réparer des vélos avec les habitants du quartier"); err != nil {
		t.Errorf("a mission: %v", err)
	}
}

// TestBankDetailsTakeAnIBAN: the account published for donations takes an
// IBAN, and nothing else personal; another constant does not take one.
func TestBankDetailsTakeAnIBAN(t *testing.T) {
	c := ProfileClassifier(classify.Rules{})
	const iban = "IBAN FR76 3000 6000 0112 3456 7890 189"
	if err := CheckProfileValue(c, "Coordonnées bancaires", iban); err != nil {
		t.Errorf("the association's IBAN: %v", err)
	}
	for name, value := range map[string]string{
		"coordonnées bancaires": iban + ", compte de Mme Dupont",
		"contact":               iban,
	} {
		if err := CheckProfileValue(c, name, value); err == nil {
			t.Errorf("%s = %q was accepted", name, value)
		}
	}
	var refused *ValueRefused
	if err := CheckProfileValue(c, "coordonnées bancaires", iban+", compte de Mme Dupont"); errors.As(err, &refused) {
		for _, f := range refused.Result.Findings {
			if f.Rule == "iban" {
				t.Errorf("the refusal gives the IBAN as a reason, which the field accepts")
			}
		}
	}
}

// TestListsEdit: removals of an absent entry are refused; EditList adds
// once, ignoring case and accents, and removes.
func TestListsEdit(t *testing.T) {
	allow, deny := []string{"Salle des fêtes"}, []string{"Projet Horizon"}
	if err := CheckRemovals(allow, deny, []string{"projet horizon"}); err != nil {
		t.Errorf("present entry: %v", err)
	}
	var nl NotInLists
	if err := CheckRemovals(allow, deny, []string{"Projet Hermès"}); !errors.As(err, &nl) {
		t.Errorf("absent entry: %v", err)
	}
	got := EditList(allow, []string{"salle des fetes", " Mairie "}, []string{"SALLE DES FÊTES"})
	if len(got) != 1 || got[0] != "Mairie" {
		t.Errorf("EditList = %q", got)
	}
}
