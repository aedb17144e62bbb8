package classify

import "tamis/library/classify/text"

// A faith group named by a capitalised plural alone (« les Témoins »,
// "the Witnesses", special_terms.txt [religion cap-only]) is the group
// only as « les … », "the …" and when it heads no list: « Rubrique
// Témoins : deux voisins ont vu la scène », "Call for Witnesses: a bike
// was stolen", « nos Témoins de mariage » are witnesses of a deed.

// faithGroupNamed: the capitalised religion entry sp names the group.
func faithGroupNamed(toks []text.Token, sp span) bool {
	if sp.i == 0 || toks[sp.i-1].Norm != "les" && toks[sp.i-1].Norm != "the" {
		return false
	}
	return sp.j >= len(toks) || toks[sp.j].Sep != ':'
}

// faithFormHolds: the special entry t at sp is no capitalised faith
// group, or is written as one (read by writtenAsEntry and the small-group
// upgrade).
func faithFormHolds(toks []text.Token, sp span, t term) bool {
	return t.rule != ruleReligion || t.flags&capOnly == 0 || faithGroupNamed(toks, sp)
}
