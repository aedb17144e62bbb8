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
			if e > k {
				key = append(key, ' ')
			}
			key = append(key, toks[e].Norm...)
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
	return i > 1 && (toks[i-1].Norm == "et" || toks[i-1].Norm == "and") && a.consumed[i-2] && toks[i-2].Has(text.Cap) && toks[i-2].Is(cFamousLast)
}
