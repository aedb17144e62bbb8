package classify

// otherSense: the special-category entry at sp lies inside a phrase of
// data/phrases/other_senses.txt, where its word has an everyday sense
// (« Enceinte Bluetooth à gagner », « dégustation à l'aveugle », « a
// détenu le record du club »): no fact about anyone.
func (a *analysis) otherSense(sp span) bool {
	if a.dictHits&(1<<dSenses) == 0 {
		return false // most sentences hold no such phrase: no walk
	}
	for _, h := range a.hits {
		if h.dict == dSenses && h.i < sp.j && h.j > sp.i && !a.sepInside(h.i, h.j) {
			return true
		}
	}
	return false
}

// sepInside: a clause separator stands inside [i, j): « blind, test the
// audio guide » is no blind test.
func (a *analysis) sepInside(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if isClauseSep(a.s.Toks[k].Sep) {
			return true
		}
	}
	return false
}

// thankedForSupport: the support at sp is what a sponsor is thanked for
// (« Merci à Michelin pour son soutien à l'ASM handisport »): a word of
// gratitude, no person after it, then « pour » and a possessive right
// before « soutien ». A
// party or a politician named after it is caught by its own entry
// (« … pour son soutien au Rassemblement national »).
func (a *analysis) thankedForSupport(sp span) bool {
	toks := a.s.Toks
	if sp.i < 3 || toks[sp.i].Norm != "soutien" || !subjectPossessives[toks[sp.i-1].Norm] || toks[sp.i-2].Norm != "pour" {
		return false
	}
	for k := sp.i - 3; k >= 0; k-- {
		if gratitudeWords[toks[k].Norm] {
			return !a.personBetween(k, sp.i-2)
		}
	}
	return false
}

// personBetween: a person stands in tokens (i, j): a name, a pronoun, a
// person's noun (« Merci à notre voisin pour son soutien à … » thanks
// someone for their own support, an opinion).
func (a *analysis) personBetween(i, j int) bool {
	for _, an := range a.anchors {
		if an.k > i && an.k < j {
			return true
		}
	}
	for _, n := range a.names {
		if n.i > i && n.i < j {
			return true
		}
	}
	for k := i + 1; k < j; k++ {
		if a.s.Toks[k].IsAny(cPerson, cRole) {
			return true // « Merci au boulanger pour son soutien à … »
		}
	}
	return false
}
