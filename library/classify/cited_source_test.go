package classify

import "testing"

// A sentence that cites a newspaper or a public body as its source tells
// published news: its doubts go.
func TestASentenceCitingAPublicSourceLosesItsDoubts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Dans La Dépêche du 4 juin, la mairie dit qu'elle rénoverait le gymnase l'an prochain.", OK, 0, ""},
		{"Selon l'INSEE, un enfant sur cinq vit sous le seuil de pauvreté dans notre région.", OK, 0, ""},
		{"D'après Santé publique France, les personnes âgées isolées sont plus souvent hospitalisées l'hiver.", OK, 0, ""},
		{"According to the ONS, one in five adults over 65 lives alone.", OK, 0, ""},
		{"The mayor told the BBC on Monday that she would back a new night shelter.", OK, 0, ""},
	})
}

// The association's kinds of matters (a negotiation, tensions, a trial)
// told of public bodies by a public source are news in the paper.
func TestPublicNewsCitedFromThePressIsNoConfidentialMatter(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les négociations entre les syndicats et le patronat ont échoué, titre Libération.", OK, 0, ""},
		{"Les négociations entre l'État et les médecins sont dans l'impasse, selon les médias.", OK, 0, ""},
		{"Tensions between the government and the unions are rising, according to the BBC.", OK, 0, ""},
		{"Le tribunal administratif a suspendu l'arrêté anti-mendicité de la ville, selon l'AFP.", OK, 0, ""},
		// a person of ours as the source, a person in the news, a matter left open
		{"Les négociations avec la mairie sont dans l'impasse, selon notre président.", Blocked, Sensitive, "negotiation"},
		{"Selon Ouest-France, le trésorier du club a détourné 3 000 euros.", Blocked, Sensitive, "criminal"},
		{"Les négociations avec la mairie avancent, peut-être un article dans Ouest-France.", Blocked, Sensitive, "negotiation"},
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

// A source named at the end of the news, after a verb of saying or
// before one in English, cites it too; a matter left open stays a doubt.
func TestSourceClosingTheNews(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le gouvernement n'a pas obtenu la majorité sur le budget, rappelle franceinfo.", OK, 0, ""},
		{"Many charities have less money this year, the Charity Commission reports.", OK, 0, ""},
		{"The food bank is moving to a bigger warehouse next spring, its manager told the local paper.", OK, 0, ""},
		{"Notre subvention baisserait, a dit le maire.", Doubt, Personal, "internal"},
		{"Le CA hésite encore sur la fusion, écrit la presse locale.", Doubt, Personal, "internal"},
		{"Notre entraîneur a giflé un enfant, écrit la presse locale.", Doubt, Personal, "single-role"},
		{"Last month, the paper said our coach hit a child at training.", Doubt, Personal, "single-role"},
	})
}
