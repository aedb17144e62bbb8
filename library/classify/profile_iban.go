package classify

import "tamis/library/classify/direct"

// allowProfileIBANs puts on the allow list the IBANs of the association's
// profile. The account it publishes for donations belongs to the
// association, a legal person, not to a volunteer or a beneficiary: a
// prompt quoting it (« faites un don sur le compte … ») passes, as the
// profile text itself does. Only the IBAN is allowed, not the text around
// it, and only in the spelling the profile gives.
func (c *Classifier) allowProfileIBANs(profile []string) {
	for _, p := range profile {
		t := prepare(p).text
		for _, f := range direct.Find(t) {
			if f.Rule == ruleIBAN.String() {
				c.lists.Add(t[f.Start:f.End], listAllow)
			}
		}
	}
}
