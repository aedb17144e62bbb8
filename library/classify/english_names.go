package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// An English word capitalised in a title or an organisation's name
// ("The Welcome Desk", "Friends of the Earth", "Helping Hands Périgord")
// is no surname: unknownCapWord leaves the English lexicon's words out.
// The same word is a surname where only a person can stand: right after
// a word that addresses a person written in lower case or opening the
// sentence ("Relancer Hands", "ask Hands"), after « merci à », "thanks
// to", or before a role in apposition ("Hands, our treasurer"), when no
// capitalised word follows it to make a title of the run.

// englishWordAsSurname: token i is a capitalised English word that
// stands where only a person can.
func (a *analysis) englishWordAsSurname(i int) bool {
	toks := a.s.Toks
	if !lexicon.IsEnglishWord(toks[i].Norm) || a.titleRunGoesOn(i+1) || !a.capWordOutsideLexicons(i, false) {
		return false
	}
	if i == 0 {
		return a.roleInApposition(i + 1)
	}
	prev := toks[i-1]
	switch {
	case prev.Is(cSurnameCtx) && !prev.Has(text.Upper):
		return !prev.Has(text.Cap) || i == 1
	case (prev.Norm == "a" || prev.Norm == "to") && i > 1:
		return toks[i-2].Is(cAddressVerbs) || thanksWords[toks[i-2].Norm]
	}
	return a.roleInApposition(i + 1)
}

// titleRunGoesOn: token k is a capitalised word right after the previous
// one, so that both are words of a title ("Ask Hands Team").
func (a *analysis) titleRunGoesOn(k int) bool {
	toks := a.s.Toks
	return k < len(toks) && toks[k].Sep == 0 && toks[k].Has(text.Cap) && toks[k].Has(text.Letter)
}
