package classify

import "tamis/library/classify/lexicon"

// The association's own bank account is public (issue 7, section 4): it
// belongs to a legal person and is printed on every leaflet that asks for
// gifts. A sentence that says so — « virement sur le compte de
// l'association : IBAN … », "IBAN … (association account)", "to the
// club's account, IBAN …" — publishes it, even without a word such as
// « pour nous soutenir » (published_markers). A person's account stays
// blocked: a name in the sentence, a possessive (« son compte », "her
// account"), a private word (« compte perso »), or an account nearer to
// the IBAN that is someone else's (« vers le compte du trésorier »).

// privateAccountWords say the account is a person's own (data/words/private_account_words.txt).
var privateAccountWords = lexicon.Words(lexicon.Data, "private_account_words")

// ownAccountNamed: the sentence gives an IBAN of the scanner as the
// association's own account.
func (a *analysis) ownAccountNamed() bool {
	start, end := -1, -1
	for _, f := range a.sdirect {
		if f.Rule == ruleIBAN.String() {
			start, end = f.Start, f.End
			break
		}
	}
	if start < 0 || a.privateNames() {
		return false
	}
	toks := a.s.Toks
	at, after := len(toks), len(toks) // the first token of the IBAN, the first after it
	for k, t := range toks {
		if personPossessives[t.Norm] || ownerDets[t.Norm] || privateAccountWords[t.Norm] {
			return false
		}
		if paidInto[t.Norm] && a.ownedByOther(k) {
			return false // « … vers IBAN … (compte du trésorier) »
		}
		if int(t.Start) >= start && at == len(toks) {
			at = k
		}
		if int(t.Start) >= end && after == len(toks) {
			after = k
		}
	}
	return a.ownAccountBefore(at) || a.ownAccountAfter(after)
}

// ownAccountBefore: the nearest account word before the IBAN at token at
// is the association's (« compte de l'association », "our account"); a
// bare label right before it (« IBAN : ») is passed over.
func (a *analysis) ownAccountBefore(at int) bool {
	toks := a.s.Toks
	for k := at - 1; k >= 0; k-- {
		if !paidInto[toks[k].Norm] {
			continue
		}
		if a.ownedByBody(k) {
			return true
		}
		if k+1 < at { // « compte du trésorier … IBAN »: another owner said
			return false
		}
	}
	return false
}

// ownAccountAfter: "IBAN … (association account)", an owner given in the
// few words after the number, from the token after.
func (a *analysis) ownAccountAfter(after int) bool {
	toks := a.s.Toks
	for k := after; k < min(len(toks), after+10); k++ {
		if paidInto[toks[k].Norm] && a.ownedByBody(k) {
			return true
		}
	}
	return false
}

// ownedByBody: the account word at k belongs to the association: « notre
// compte », "association account", "the club's account", « compte de
// l'association », "account of the charity".
func (a *analysis) ownedByBody(k int) bool {
	toks := a.s.Toks
	if k > 0 && (ownDets[toks[k-1].Norm] || ownBodyWords[toks[k-1].Norm]) {
		return true
	}
	if k > 1 && toks[k-1].Norm == "s" && ownBodyWords[toks[k-2].Norm] {
		return true // "the association's account"
	}
	for n := k + 1; n < min(len(toks), k+5); n++ {
		switch w := toks[n].Norm; {
		case ownBodyWords[w] || ownDets[w]:
			return true
		case !ownerLinks[w]:
			return false
		}
	}
	return false
}

// ownedByOther: the account word at k is followed by an owner who is not
// the association (« compte du trésorier », "account of the chair").
func (a *analysis) ownedByOther(k int) bool {
	toks := a.s.Toks
	linked := false
	for n := k + 1; n < min(len(toks), k+5); n++ {
		switch w := toks[n].Norm; {
		case ownBodyWords[w] || ownDets[w]:
			return false
		case ownerLinks[w]:
			linked = true
		default:
			return linked
		}
	}
	return false
}
