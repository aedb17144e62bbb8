package classify

import "tamis/library/classify/text"

// Public figures come in company: a programme, a quiz or a talk names
// several (« Édith Piaf, Charles Aznavour, Jacques Brel », "Nelson Mandela
// and Desmond Tutu"). Two persons of the association who both bear the
// full name of a public figure of the kept list are rare enough that a
// second name of the list is a cue that the sentence speaks of public
// figures (publicCue); the guards of famousGuarded still apply to each.

// otherFamousName: a name of the kept list other than the one at [i, j)
// stands in the sentence, capitalised, whether or not an earlier pass took
// it already.
func (a *analysis) otherFamousName(i, j int) bool {
	toks := a.s.Toks
	names := famousLists().names
	var buf [128]byte
	for k := 0; k < len(toks); k++ {
		if k >= i && k < j || !toks[k].Has(text.Cap) || !toks[k].IsAny(cFamousStart, cFirst, cAmbig, cFamousLast) {
			continue
		}
		key := buf[:0]
		for e := k; e < min(len(toks), k+4) && (e < i || e >= j) && toks[e].Has(text.Cap); e++ {
			key = famousKey(key, toks, e, e+1) // famous_lookup.go
			if toks[e].Is(cFamousLast) && names[string(key)] && (e+1 == len(toks) || !text.Joined(toks, e+1, '-')) {
				return true
			}
		}
	}
	return false
}

// andAfterFamous: « et » or "and" before token i follows a name already
// taken as a public one (« Desmond Tutu et Nelson Mandela »): the word
// joins two public figures, it does not introduce someone.
func (a *analysis) andAfterFamous(i int) bool {
	toks := a.s.Toks
	return i > 1 && (toks[i-1].Norm == "et" || toks[i-1].Norm == "and") && (a.takenFamous(i-2) || a.takenFullName(i-2)) // dated_public_deed.go
}

// betweenFamous: the single word at [i, j) stands in a list between two
// names already taken as public (« Baudelaire, Rimbaud et Verlaine »): an
// item of the same list, even when its surname is an ordinary one.
func (a *analysis) betweenFamous(i, j int) bool {
	toks := a.s.Toks
	if j != i+1 || i < 1 || j >= len(toks) {
		return false
	}
	left := i - 1 // the item before: after a comma, or before « et »
	if toks[i].Sep != ',' {
		if toks[left].Norm != "et" && toks[left].Norm != "and" || left < 1 {
			return false
		}
		left--
	}
	right := j // the item after: after a comma, or after « et »
	if toks[j].Sep != ',' {
		if toks[j].Norm != "et" && toks[j].Norm != "and" || j+1 >= len(toks) {
			return false
		}
		right++
	}
	return a.takenFamous(left) && (a.takenFamous(right) || a.listedAlone(right))
}

// listedAlone: token k, capitalised, is a single name of the list (the
// names after the word are read later).
func (a *analysis) listedAlone(k int) bool {
	return a.s.Toks[k].Has(text.Cap) && famousLists().names[a.s.Toks[k].Norm]
}

// takenFamous: token k ends a name already taken as a public one.
func (a *analysis) takenFamous(k int) bool {
	t := a.s.Toks[k]
	return a.consumed[k] && t.Has(text.Cap) && t.Is(cFamousLast)
}
