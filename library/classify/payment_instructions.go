package classify

import "tamis/library/classify/lexicon"

// How to pay is public (issue 7, section 4): « Les dons se font par
// virement sur le compte de l'association », « réglez la cotisation par
// virement sur le compte du club ». The finance phrase « sur le compte »
// there says where to pay, not what the account holds. It stays finance
// when the account is a person's (« sur le compte de Mme … », « sur son
// compte ») or when no word of paying or giving comes before it (« il
// reste 300 € sur le compte »).

var (
	paymentWords = lexicon.Words(lexicon.Data, "payment_words")   // virement, réglez, dons
	ownBodyWords = lexicon.Words(lexicon.Data, "own_body_words")  // association, club
	paidInto     = lexicon.Words(lexicon.Data, "paid_into_words") // compte, account
	ownerLinks   = lexicon.Words(lexicon.Data, "owner_links")     // de, of: an account's owner
	ownDets      = lexicon.Words(lexicon.Data, "own_dets")        // notre, our
)

// paymentInstruction: the finance phrase at tokens [i, j) is where a
// payment or a gift goes, to the association's own account.
func (a *analysis) paymentInstruction(i, j int) bool {
	toks := a.s.Toks
	into := false
	for k := i; k < j && !into; k++ {
		into = paidInto[toks[k].Norm]
	}
	paying := false
	for k := i - 1; k >= max(0, i-8) && !paying; k-- {
		paying = paymentWords[toks[k].Norm]
	}
	if !into || !paying {
		return false // « on ne les déclare pas », « au black »: no account to pay into
	}
	for k := i; k < j; k++ {
		if ownDets[toks[k].Norm] {
			return true // « sur notre compte »
		}
	}
	if j >= len(toks) || isClauseSep(toks[j].Sep) {
		return true // « … par virement sur le compte. »
	}
	for k := j; k < min(len(toks), j+4); k++ {
		switch {
		case ownBodyWords[toks[k].Norm]:
			return true
		case !ownerLinks[toks[k].Norm] && !ownDets[toks[k].Norm]:
			return false
		}
	}
	return false
}
