package classify

import "testing"

// The association's IBAN, given in its profile for donations, is its own:
// quoted in a prompt it passes; another IBAN in the same sentence, or the
// same one beside a person's health, does not.
func TestProfileIBANPassesInAPrompt(t *testing.T) {
	const own = "FR76 3000 6000 0112 3456 7890 189"
	c := New(Rules{Profile: []string{"IBAN : " + own + " (BIC AGRIFRPP)"}})
	appeal := "Termine le courrier par nos coordonnées : IBAN " + own + "."
	if r := c.Classify(appeal); r.Verdict != OK {
		t.Errorf("the profile's IBAN in an appeal: %v %v", r.Verdict, ruleNames(r))
	}
	if r := New(Rules{}).Classify(appeal); r.Verdict != Blocked {
		t.Errorf("without the profile the IBAN must stay blocked: %v", r.Verdict)
	}
	other := "Virement sur le compte FR76 1660 6100 1400 2365 4781 229, celui de Mme Dupont"
	if r := c.Classify(other); r.Verdict != Blocked {
		t.Errorf("another IBAN passed: %v", r.Verdict)
	}
	health := "Mme Dupont, diabétique, rembourse sur le compte " + own
	if r := c.Classify(health); r.Category != Sensitive || r.Verdict != Blocked {
		t.Errorf("a person's health beside the IBAN: %v %v", r.Category, r.Verdict)
	}
}
