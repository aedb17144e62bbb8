package classify

import "tamis/library/classify/text"

// The words of an e-mail address or a web address name a mailbox or a
// page, not a fact: « accueil.cada@asso-horizon.fr » is the reception
// of a reception centre for asylum seekers, no one's status.

// addressGlue are the marks that join the words of such an address.
func addressGlue(sep byte) bool {
	return sep == '.' || sep == '@' || sep == '-' || sep == '_' || sep == '/'
}

// addressRun returns the run of tokens glued by the marks of an address
// around [i, j).
func addressRun(toks []text.Token, i, j int) (from, to int) {
	from, to = i, j
	for from > 0 && addressGlue(toks[from].Sep) && !toks[from].Spaced {
		from--
	}
	for to < len(toks) && addressGlue(toks[to].Sep) && !toks[to].Spaced {
		to++
	}
	return from, to
}

// insideWebAddress: the tokens [i, j) lie in a run of words glued by the
// marks of an address, and the run holds an « @ », or a « / » and a
// dot (a domain): « VIH/sida », « autiste/TDAH » are two words, no address.
func insideWebAddress(toks []text.Token, i, j int) bool {
	from, to := addressRun(toks, i, j)
	slash, dot := false, false
	for k := from + 1; k < to; k++ {
		if toks[k].Sep == '@' {
			return true
		}
		slash = slash || toks[k].Sep == '/'
		dot = dot || toks[k].Sep == '.'
	}
	return slash && dot // « aides.org/vih », not « VIH/sida »
}

// insideRoleMailbox: the tokens [i, j) lie in an e-mail address that is
// no one's (« tresorerie@asso-bellevue.org »: the direct scanner found no
// person's address there). A person's address keeps its words
// (« licenciement.paul@gmail.com »), and so does a web page's
// (« www.asso.fr/rh/licenciement-secretaire »).
func (a *analysis) insideRoleMailbox(i, j int) bool {
	toks := a.s.Toks
	from, to := addressRun(toks, i, j)
	at := false
	for k := from + 1; k < to; k++ {
		at = at || toks[k].Sep == '@'
	}
	if !at || len(a.names) > 0 {
		return false // « confidentiel@asso.org a reçu le signalement sur Paul »: the sentence is about someone
	}
	for _, f := range a.sdirect {
		if f.Start < toks[to-1].To() && f.End > toks[from].From() {
			return false // a person's address, or a detail glued to it
		}
	}
	return true
}
