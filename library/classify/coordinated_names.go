package classify

import (
	"slices"
	"strings"
	"tamis/library/classify/text"
)

// findCoordinatedNames: a short first name (Tom, Léa, Ali) is no person by
// itself, it may be a word or a brand; coordinated with a name already
// found (« Léa et Jonathan », "Tom and Jake", "Sophie, Tom et Hugo"), it
// is one more person of the list. Names stay in sentence order: the
// couple rules read neighbours.
func (a *analysis) findCoordinatedNames() {
	toks := a.s.Toks
	for k := 0; k < len(a.names); k++ {
		n := a.names[k]
		if n.public {
			continue
		}
		if i := n.i - 2; i >= 0 && a.coordinated(i+1) && a.lonelyFirstName(i) {
			a.insertName(k, i)
			k++
		}
		if j := n.j; j+1 < len(toks) && a.coordinated(j) && a.lonelyFirstName(j+1) {
			a.insertName(k+1, j+1)
			k++
		}
	}
}

// coordinated: token k joins two items of a list (« et », "and", a comma).
func (a *analysis) coordinated(k int) bool {
	t := a.s.Toks[k]
	return t.Norm == "et" || t.Norm == "and" || t.Norm == "&"
}

// lonelyFirstName: token k is a first name of the lists not yet taken.
func (a *analysis) lonelyFirstName(k int) bool {
	return !a.coveredByName(k) && a.isFirstName(k, false) && !(k+1 < len(a.s.Toks) && text.Joined(a.s.Toks, k+1, '-'))
}

// insertName reports the one-token name at token i, at place k of a.names.
func (a *analysis) insertName(k, i int) {
	a.names = slices.Insert(a.names, k, nameHit{i: i, j: i + 1})
	a.add(ruleName, i, i+1)
}

// listApposition: two capitalised words joined by « et » and followed by
// people in apposition (« Dédé et Momo, les deux papis de la pétanque »,
// "Bev and Gaz, our two drivers") are two persons, however unknown the
// names: it returns the end of the first; the second follows it in the
// list (nameListGoesOn).
func (a *analysis) listApposition(i int) int {
	toks := a.s.Toks
	if i+3 >= len(toks) || !a.coordinated(i+1) || !a.nicknameLike(i) || !a.nicknameLike(i+2) {
		return 0
	}
	if !strings.ContainsAny(a.text[toks[i+2].End:toks[i+3].Start], ",(") {
		return 0
	}
	for k := i + 3; k < min(len(toks), i+6); k++ {
		if a.peopleWord(k) {
			return i + 1
		}
	}
	return 0
}

// nicknameLike: a capitalised word that may be a person's name: unknown
// to the lexicons, or a first name.
func (a *analysis) nicknameLike(k int) bool {
	return a.unknownCapWord(k) || a.isFirstName(k, true) && !a.s.Toks[k].Is(cCapWord)
}

// peopleWord: a word for people of the association, singular or plural
// (« bénévoles », « papis », "drivers").
func (a *analysis) peopleWord(k int) bool {
	t := a.s.Toks[k]
	if t.IsAny(cRole, cPerson, cKin, cAppositionRoles, cPopulation, cOwnPeople) {
		return true
	}
	n := t.Norm
	if len(n) > 3 && (n[len(n)-1] == 's' || n[len(n)-1] == 'x') {
		return a.lex.in(n[:len(n)-1], cPerson) || a.lex.in(n[:len(n)-1], cKin) || a.lex.in(n[:len(n)-1], cRole)
	}
	return false
}
