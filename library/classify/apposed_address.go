package classify

import (
	"tamis/library/classify/direct"
	"tamis/library/classify/text"
)

// An address in apposition to a full name is where that person lives
// (« Paul Durand, 7 impasse des Roses à Besançon, s'est inscrit à
// l'atelier poésie »). The byte scanner lets an address pass when a word
// of a venue stands near it (« atelier », « club »), as a published one
// does; the name right before it says whose it is, and it keeps a famous
// name a person (famousGuarded: « Victor Hugo, 7 impasse des Roses… (c'est
// vraiment son nom) »).

// apposedAddress: after the name that ends at token j, a comma and an
// address the byte scanner reads; it returns the token after the
// address, 0 if there is none.
func (a *analysis) apposedAddress(j int) int {
	toks := a.s.Toks
	if j >= len(toks) || toks[j].Sep != ',' || !toks[j].Has(text.Digit) {
		return 0
	}
	end, ok := direct.AddressEnd(a.text, int(toks[j].Start))
	if !ok {
		return 0
	}
	k := j
	for k < len(toks) && int(toks[k].Start) < end {
		k++
	}
	return k
}

// findApposedAddress reports the address after a person's name, unless
// the byte scanner already did.
func (a *analysis) findApposedAddress() {
	for _, n := range a.names {
		e := a.apposedAddress(n.j)
		if n.public || e == 0 || a.directAt(rulePostalAddress, int(a.s.Toks[n.j].Start)) {
			continue
		}
		a.add(rulePostalAddress, n.j, e)
	}
}

// directAt: the byte scanner reported a finding of rule r at byte p.
func (a *analysis) directAt(r RuleID, p int) bool {
	for _, f := range a.sdirect {
		if f.Rule == r.String() && f.Start <= p && p < f.End {
			return true
		}
	}
	return false
}

// addressedName: the name at [i, j) opens a clause and an address
// follows it; after a noun it names a place (« Maison de santé
// Marie-Curie, 3 place de la Mairie »).
func (a *analysis) addressedName(i, j int) bool {
	return a.digits && (i == 0 || isClauseSep(a.s.Toks[i].Sep)) && a.apposedAddress(j) > 0
}
