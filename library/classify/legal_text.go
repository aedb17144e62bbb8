package classify

import "tamis/library/classify/text"

// The text of a law (issue 7, section 4, public text flagged as a doubt):
// « L'article 17 de la loi du 6 juillet 1989 encadre la hausse du loyer
// lors du renouvellement du bail », « Selon le décret, l'aide est
// supprimée faute de crédits », "Under the Housing Act, a landlord must
// give two months' notice". What a law provides is the state's rule: the
// gray cues in it (a rent increase, an end, a lack) lose their doubt. A
// word of ours, a person of ours, a time of ours or « pas encore »
// (world_question.go nothingOfOurs) keep it; blocks stay.

// dropLegalTextGray removes the gray doubts of a sentence that says what
// a law provides.
func (a *analysis) dropLegalTextGray() {
	a.dropWorldDoubts(func() bool { return a.citesLaw() && a.nothingOfOurs() }) // general_advice.go
}

// citesLaw: the sentence names a text of the law (legal_texts.txt):
// « article » before a number, « code » and "act" with a capital.
func (a *analysis) citesLaw() bool {
	toks := a.s.Toks
	for k, t := range toks {
		if !t.Is(cLegalTexts) {
			continue
		}
		switch t.Norm {
		case "article", "articles":
			if k+1 < len(toks) && toks[k+1].Has(text.Digit) {
				return true
			}
		case "code", "act":
			if k > 0 && a.capitalAt(k) {
				return true
			}
		default:
			return true
		}
	}
	return false
}
