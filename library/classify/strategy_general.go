package classify

import "tamis/library/classify/lexicon"

// A word of the association's confidential matters asked about in
// general (« Quelle est la procédure de licenciement économique dans une
// petite association ? », « Qu'est-ce qu'une transaction pour mettre fin
// à un litige ? », « Explique ce qu'est une caisse noire », "How much
// notice must a charity give before making a post redundant?"): the
// sentence opens on a question or a request to explain, speaks of « un »,
// « une », "a" (any association, any employee), and holds nothing of its
// own — no name, no person pointed at, no amount, no « notre », « nous »,
// "our", "we" (« on » only after « si »: « que faire si on soupçonne… »).
// The matter is the topic of the question, not a matter of the
// association: findStrategy lets it pass. « Comment licencier la
// cuisinière ? », « Quelle stratégie pour racheter l'asso voisine ? » and
// « Comment annoncer notre fusion ? » point at the association's own.

// generalOpeners open such a question (data/words/general_openers.txt).
var generalOpeners = lexicon.Words(lexicon.Data, "general_openers")

// askedInGeneral: the sentence asks about a matter in general.
func (a *analysis) askedInGeneral() bool {
	toks := a.s.Toks
	if len(toks) == 0 || !generalOpeners[toks[0].Norm] || a.digits || len(a.names) > 0 {
		return false
	}
	for _, an := range a.anchors {
		if an.kind != anchorPerson || !isIndefinite(toks[an.k].Norm) {
			return false // « la cuisinière », « elle »: someone pointed at; « un salarié » is anyone
		}
	}
	indefinite := false
	for i, t := range toks {
		switch t.Norm {
		case "notre", "nos", "nous", "our", "ours", "we", "us":
			return false
		case "on":
			if i == 0 || toks[i-1].Norm != "si" {
				return false
			}
		case "un", "une", "a", "an", "any":
			indefinite = true
		}
	}
	return indefinite
}
