package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A campaign is public (« la campagne de Zemmour » in the news), and a
// generic word before a special-category word usually says so
// (special.go genericBefore). But what one person gives to it is their
// own political backing: « Merci à notre voisin pour son soutien à la
// campagne de Zemmour », « son don à la campagne de Mélenchon ».

var backingNouns = lexicon.Words(lexicon.Data, "backing_nouns")

// campaignLinks join the backing to the campaign (data/words/campaign_links.txt).
var campaignLinks = lexicon.Words(lexicon.Data, "campaign_links")

// campaignBacker returns the token of a possessive of one person before a
// backing noun before « campagne » or "campaign", which stands at most
// three words before the term at sp, or before the term itself when
// "campaign" follows it ("his support to the Labour campaign"): the one
// who backs it; -1 if none.
func (a *analysis) campaignBacker(sp span, t term) int {
	toks := a.s.Toks
	if t.rule != rulePolitics {
		return -1 // « son don à la campagne contre le cancer du sein » is a public campaign's
	}
	c := -1
	for k := sp.i - 1; k >= 0 && k >= sp.i-3; k-- {
		if toks[k].Norm == "campagne" || toks[k].Norm == "campaign" {
			c = k
			break
		}
	}
	if c < 0 {
		for k := sp.j; k < len(toks) && k <= sp.j+2; k++ {
			if toks[k].Norm == "campaign" || toks[k].Norm == "campaigns" {
				c = sp.i // "his support to the Reform UK campaign", "to Farage's campaign": the name before its campaign
				break
			}
		}
	}
	if c < 0 {
		return -1
	}
	k := c - 1
	for k >= 0 && c-k <= 3 && campaignLinks[toks[k].Norm] {
		k--
	}
	if k >= 1 && !backingNouns[toks[k].Norm] && !toks[k].Has(text.Cap) {
		k-- // one adjective: « son soutien actif à la campagne »
	}
	if k >= 1 && backingNouns[toks[k].Norm] && (singularPossessives[toks[k-1].Norm] || writerOwns[toks[k-1].Norm]) {
		return k - 1
	}
	return -1
}
