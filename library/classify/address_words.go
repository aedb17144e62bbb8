package classify

import "tamis/library/classify/text"

// The words of an e-mail address or a web address name a mailbox or a
// page, not a fact: « accueil.cada@asso-horizon.fr » is the reception
// of a reception centre for asylum seekers, no one's status.

// addressGlue are the marks that join the words of such an address.
func addressGlue(sep byte) bool {
	return sep == '.' || sep == '@' || sep == '-' || sep == '_' || sep == '/'
}

// insideWebAddress: the tokens [i, j) lie in a run of words glued by the
// marks of an address, and the run holds an « @ », or a « / » and a
// dot (a domain): « VIH/sida », « autiste/TDAH » are two words, no address.
func insideWebAddress(toks []text.Token, i, j int) bool {
	from, to := i, j
	for from > 0 && addressGlue(toks[from].Sep) && !toks[from].Spaced {
		from--
	}
	for to < len(toks) && addressGlue(toks[to].Sep) && !toks[to].Spaced {
		to++
	}
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
