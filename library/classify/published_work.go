package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A work whose title the sentence quotes and that it says published or
// awarded (« Le prix des lecteurs revient à « Les Échappées » de Claire
// Fontan », "\"The Long Field\" by Anna Kerrigan, published in the
// anthology") is public, and so is its author's name as its author:
// quotedWorkAuthor takes that frame as it takes a word of works. Its
// guards still keep a member or a child (an age, a relation, news), and
// the quoted title must head no document of a person: « le dossier
// « Impayés » de Paul Martin, publié sur l'intranet » is a file about him.

// publishedWorkWords say a work is published or awarded
// (data/words/published_work_words.txt).
var publishedWorkWords = lexicon.Words(lexicon.Data, "published_work_words")

// publishedWork: a word of the sentence says a work is published or
// awarded; « prix » that is a price (« prix 5 € », « au prix de 12 € »)
// awards nothing.
func (a *analysis) publishedWork() bool {
	toks := a.s.Toks
	for k, t := range toks {
		if publishedWorkWords[t.Norm] && !(t.Norm == "prix" && a.priceAt(k)) {
			return true
		}
	}
	return false
}

// priceAt: the word « prix » at k is a price: « au prix », or a number
// within the three words after it.
func (a *analysis) priceAt(k int) bool {
	toks := a.s.Toks
	if k > 0 && (toks[k-1].Norm == "au" || toks[k-1].Norm == "a") {
		return true
	}
	for n := k + 1; n < min(len(toks), k+4); n++ {
		if toks[n].Has(text.Digit) {
			return true
		}
	}
	return false
}

// titleLinks may stand right before a quoted title that is a work's:
// « revient à « … » », "went to \"…\"", « lecture de « … » ».
var titleLinks = map[string]bool{"a": true, "est": true, "sont": true, "is": true, "was": true, "are": true, "to": true,
	"de": true, "d": true, "du": true, "des": true}

// workTitleHead: the word before the quoted title that closes right
// before the link at token k (« de », "by") is a link or a word of works,
// or the title opens the sentence.
func (a *analysis) workTitleHead(k int) bool {
	toks := a.s.Toks
	closing := strings.LastIndexAny(a.text[:toks[k].Start], "»”\"")
	if closing < 0 {
		return false
	}
	open := strings.LastIndexAny(a.text[:closing], "«“\"")
	if open < 0 {
		return false
	}
	for n := k - 1; n >= 0; n-- {
		if int(toks[n].End) <= open {
			w := toks[n].Norm
			return titleLinks[w] || culturalWorks[w] || toks[n].Is(cWork) || famousLists().context[w]
		}
	}
	return true // the title opens the sentence
}
