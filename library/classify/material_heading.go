package classify

import "tamis/library/classify/text"

// materialHeadings are the headings of public material about a topic
// (data/phrases/material_headings.txt), by first word.
var materialHeadings = byFirstWord(phraseWords(wholeWordPhrases("material_headings")))

// materialHeading: the sentence is titled as public material about a
// topic, the material's name opening it before its first colon
// (« Fiche pratique : la libération conditionnelle ») or opening what
// follows that colon (« Diabète : fiche pratique », "Substance use in
// prison: general fact sheet on …").
func (a *analysis) materialHeading() bool {
	toks := a.s.Toks
	colon := firstColon(toks)
	if colon < 0 {
		return false
	}
	return headingHolds(toks, colon, materialHeadings, true) || headingHolds(toks[colon:], len(toks)-colon, materialHeadings, true)
}

// firstColon is the index of the first token after a colon, or -1.
func firstColon(toks []text.Token) int {
	for k := 1; k < len(toks); k++ {
		if toks[k].Sep == ':' {
			return k
		}
	}
	return -1
}

// namesNothing: the sentence states nothing of anyone: no word of a
// person, no verb « être » or « avoir » (« karim est séropositif », "a
// volunteer has cancer"), no number (an age, a file's number), no
// first name typed in lower case and no word that may be a surname.
func (a *analysis) namesNothing() bool {
	toks := a.s.Toks
	if personWordIn(toks) {
		return false
	}
	for k := range toks {
		w := toks[k].Norm
		if copulas[w] || avoirForms[w] || pluralBe[w] || toks[k].Has(text.Digit) || a.lowerNameLike(k) || a.surnameLike(k) {
			return false
		}
	}
	return true
}

// surnameLike: a capitalised word inside the sentence that a surname
// list holds or no lexicon knows (« Fiche pratique : Benali, cancer »).
func (a *analysis) surnameLike(k int) bool {
	t := &a.s.Toks[k]
	return k > 0 && t.Has(text.Cap) && !t.Has(text.Upper) && (t.Is(cLast) || a.unknownCapWord(k)) && !a.specialTermAt(k)
}

// pluralBe are the plural forms of « être », "be" that copulas leaves out.
var pluralBe = map[string]bool{"sont": true, "etaient": true, "seront": true, "are": true, "were": true}

// lowerNameLike: token k, not capitalised, is a first name of the lists
// (« karim », « julie »): typed in lower case, it may name someone.
// Unknown words are no evidence: the English word list leaves out the
// grammar words ("has", "with").
func (a *analysis) lowerNameLike(k int) bool {
	t := &a.s.Toks[k]
	return !t.Has(text.Cap) && t.Is(cFirst)
}
