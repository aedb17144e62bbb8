package classify

import "tamis/library/classify/lexicon"

// « Rédige un mot pour remercier la Région pour la subvention accordée »,
// "draft a thank-you note to the Fondation de France for the grant": a
// grant the association thanks a funder for is obtained, no application
// being prepared (findGrantIntent). The thanks must be for the funding
// itself: « remercier la Fondation pour son accueil et préparer le dossier
// de mars » still prepares one.

// gratitudeWords thank (data/words/gratitude_words.txt).
var gratitudeWords = lexicon.Words(lexicon.Data, "gratitude_words")

// thankedForFunding: a word of gratitude, then « pour » or "for" followed
// within four words by a word of funding.
func (a *analysis) thankedForFunding() bool {
	toks := a.s.Toks
	thanked := false
	for k := range toks {
		if gratitudeWords[toks[k].Norm] {
			thanked = true
			continue
		}
		if !thanked || toks[k].Norm != "pour" && toks[k].Norm != "for" {
			continue
		}
		for _, h := range a.hits {
			if h.dict == dFunding && h.i > k && h.i <= k+4 {
				return true
			}
		}
	}
	return false
}
