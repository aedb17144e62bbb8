package classify

import "tamis/library/classify/text"

// « son » is the French possessive (« autour de son roman », « son
// programme ») far more often than the English noun, yet the kin list
// holds the noun: read as kin everywhere, it made the next word a
// relative's name (« son roman » took "Roman" for a first name). The
// word keeps its kin class only where it is the English noun: after an
// English determiner ("her son", "my son", "the son", "Tom's son"),
// before "of" or "-in-law", or after "a" in an English sentence.

// dropFrenchSon removes the kin class from every « son » that is not the
// English noun, and from the sentence when no kin word is left.
func (a *analysis) dropFrenchSon() {
	toks := a.s.Toks
	kinLeft := false
	for i := range toks {
		if !toks[i].Is(cKin) {
			continue
		}
		if toks[i].Norm == "son" && !a.englishSon(i) {
			toks[i].Cls.Remove(cKin)
			continue
		}
		kinLeft = true
	}
	if !kinLeft {
		a.sentCls.Remove(cKin)
	}
}

// englishSon: the « son » at i is the English noun, told by its
// neighbours.
func (a *analysis) englishSon(i int) bool {
	toks := a.s.Toks
	if i+1 < len(toks) && (toks[i+1].Norm == "of" || toks[i+1].Norm == "in" && text.Joined(toks, i+1, '-')) {
		return true
	}
	if i == 0 {
		return false
	}
	p := toks[i-1]
	switch {
	case p.Norm == "a":
		return a.englishLinks() >= 2 // "a son", not « il a son vélo »
	case p.Norm == "s" && p.Sep == '\'':
		return true // "Tom's son"
	case kinAdjectives[p.Norm] && i > 1:
		return englishKinDets[toks[i-2].Norm] // "her eldest son"
	}
	return englishKinDets[p.Norm]
}

// englishLinks counts the English link words of the sentence ("the",
// "for", "with"): two or more tell an English sentence.
func (a *analysis) englishLinks() int {
	n := 0
	for _, u := range a.s.Toks {
		if u.Is(cEnglishLinks) || u.Norm == "the" {
			n++
		}
	}
	return n
}
