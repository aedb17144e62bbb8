package classify

import "testing"

// A sentence that cites a newspaper or a public body as its source tells
// published news: its doubts go.
func TestASentenceCitingAPublicSourceLosesItsDoubts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le maire a déclaré dans La Dépêche du 12 avril qu'il soutiendrait la réouverture de la piscine.", OK, 0, ""},
		{"Selon l'INSEE, un enfant sur cinq vit sous le seuil de pauvreté dans notre région.", OK, 0, ""},
		{"D'après Santé publique France, les personnes âgées isolées sont plus souvent hospitalisées l'hiver.", OK, 0, ""},
		{"According to the ONS, one in five adults over 65 lives alone.", OK, 0, ""},
		{"The mayor told the BBC on Monday that she would back a new night shelter.", OK, 0, ""},
	})
}

// A person of the association is no public source, a sentence that
// leaves its matter open tells no published news, and what is blocked
// stays blocked.
func TestACitedSourceKeepsBlocksAndOpenMatters(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Selon la trésorière, la subvention du département pourrait baisser de moitié.", Doubt, 0, ""},
		{"Peut-être un reportage sur notre atelier dans Ouest-France, à confirmer.", Doubt, 0, ""},
		{"Dans Le Parisien, notre bénévole Jean Martin raconte son cancer.", Blocked, Sensitive, ""},
		{"According to the BBC, our volunteer Mary Hughes has been diagnosed with HIV.", Blocked, Sensitive, ""},
	})
}
