package classify

import "tamis/library/classify/text"

// After a civility, a capitalised particle opens a surname whatever the
// word after it (« Mme Le Roux », « M. Le Blanc », « M. LE GALL Y. »):
// no one writes « Madame » before a newspaper or a commune. Only an
// office keeps its article (« Monsieur le Maire », « Madame La
// Présidente »), and a person noun or a role after the particle says so.
// Without a civility, a particle and a surname in capitals before an
// initial (« LE GALL Y. », « DU PLESSIS H. ») is a spreadsheet's way to
// write a name (caps_surname_initial.go).

// civilityParticleSurname returns the end of the surname opened by the
// particle at p right after a civility, or 0.
func (a *analysis) civilityParticleSurname(p int) int {
	toks := a.s.Toks
	w := p + 1
	if w >= len(toks) || toks[w].Sep != 0 || !toks[p].Has(text.Cap) || !valueParticles[toks[p].Norm] || a.consumed[p] {
		return 0
	}
	t := &toks[w]
	if !t.Has(text.Cap) || !t.Has(text.Letter) || len(t.Norm) < 2 || a.consumed[w] || t.Is(cAcronym) { // not isAcronym: the particle is an article
		return 0
	}
	if t.IsAny(cPerson, cRole, cCivility) || a.officeAt(w) {
		return 0 // « Madame La Présidente », « Monsieur Le Maire »
	}
	return a.extend(w + 1)
}

// civilityLowerParticle returns the end of a surname opened by a particle
// in lower case right after a civility (« Mme de Villiers », « M.
// d'Harcourt », « Madame de la Tour », « M. van Damme »), or 0: a
// civility names a person, and the capitalised word after its particle
// is that person's surname whatever the lists hold — a commune included
// (Villiers, Harcourt), since nobody writes « Madame » before a town.
// An office keeps its own words (« Monsieur le Maire » has no « de »).
func (a *analysis) civilityLowerParticle(p int) int {
	toks := a.s.Toks
	if p >= len(toks) || toks[p].Has(text.Cap) || !isParticle(toks[p].Norm) || toks[p].Norm == "et" ||
		toks[p].Norm == "le" || toks[p].Norm == "la" || toks[p].Norm == "l" || a.consumed[p] {
		return 0
	}
	w := p + 1
	if w+1 < len(toks) && (toks[w].Norm == "la" || toks[w].Norm == "l") && !toks[w].Has(text.Cap) {
		w++ // « de la Tour », « de l'Estoile »
	}
	if w >= len(toks) || isClauseSep(toks[w].Sep) {
		return 0
	}
	t := &toks[w]
	if !t.Has(text.Cap) || !t.Has(text.Letter) || len(t.Norm) < 2 || a.consumed[w] || t.Is(cAcronym) ||
		t.IsAny(cPerson, cRole, cCivility) || a.officeAt(w) {
		return 0
	}
	if famousLists().names[t.Norm] && (w+1 == len(toks) || toks[w+1].Sep != 0) {
		return 0 // « Madame de Sévigné », « Mme de Staël »: the famous name, read as before
	}
	return a.extend(w + 1)
}

// officeAt: a title of office starts at token k (« Maire », « Préfet »).
func (a *analysis) officeAt(k int) bool {
	_, v := a.at(dTitles, k)
	return v != 0
}

// particleCapsInitial: the token at k is a surname in capitals after a
// particle in capitals and before an initial (« LE GALL Y. », « DU
// PLESSIS H. »); it returns the particle's index, or -1.
func (a *analysis) particleCapsInitial(k int) int {
	toks := a.s.Toks
	if k == 0 || k+1 >= len(toks) || toks[k].Sep != 0 || !toks[k].Has(text.Upper) || !toks[k-1].Has(text.Upper) ||
		!toks[k-1].Is(cSurnameParticles) || len(toks[k].Norm) < 2 || toks[k].Is(cAcronym) {
		return -1
	}
	if !a.initialAt(k+1) || k+2 < len(toks) && a.initialAt(k+2) || a.consumed[k] || a.coveredByName(k) {
		return -1 // « S.A. », « F.C. »: a firm's or a club's letters, not an initial
	}
	if !toks[k].Is(cLast) && a.dictionaryWord(k) {
		return -1 // « LA POSTE »
	}
	if end, _ := a.communeAt(k - 1); end > k-1 {
		return -1 // « LE MANS »
	}
	return k - 1
}
