package classify

import "tamis/library/classify/lexicon"

// A person described by a visible mark (« le grand roux avec la cicatrice
// au menton », "the redhead with a tattoo on her arm") is one person in a
// small association: described_person.go's pinsDown reads markAfter.

var (
	physicalMarks = lexicon.Words(lexicon.Data, "physical_marks")
	looksWords    = lexicon.Words(lexicon.Data, "looks_words")
)

// markAfter: right after the person noun, « avec », « à », "with" opens
// a visible mark within three words, in the same clause.
func (a *analysis) markAfter(k int) bool {
	toks := a.s.Toks
	if k >= len(toks) || isClauseSep(toks[k].Sep) {
		return false
	}
	switch toks[k].Norm {
	case "avec", "au", "aux", "a", "with":
	default:
		return false
	}
	for i := k + 1; i < min(len(toks), k+4); i++ {
		if isClauseSep(toks[i].Sep) {
			return false
		}
		if physicalMarks[toks[i].Norm] {
			return true
		}
	}
	return false
}

// looksApposition: after the person noun at k-1 and its complement, an
// apposition between commas says what the person looks like (« la
// nouvelle du groupe de marche, la grande blonde, n'a pas… », « le
// facteur, le petit brun, vole… », « la prof de yoga, la brune aux
// tatouages, … », "the coach, the tall bald one, …"): an article, then
// only words of looks (data/words/looks_words.txt), or a mark after
// « aux », « avec », "with". One person in a small association.
func (a *analysis) looksApposition(k int) bool {
	toks := a.s.Toks
	c := k
	for c < min(len(toks), k+8) && toks[c].Sep != ',' {
		c++
	}
	if c+1 >= len(toks) || toks[c].Sep != ',' || !toks[c].Is(cPointingDets) {
		return false
	}
	looks := false
	for i := c + 1; i < min(len(toks), c+5); i++ {
		if isClauseSep(toks[i].Sep) {
			return looks
		}
		switch {
		case looksWords[toks[i].Norm]:
			looks = looks || toks[i].Norm != "plus" && toks[i].Norm != "one"
		case looks && a.markAfter(i):
			return true // « la brune aux tatouages »
		default:
			return false
		}
	}
	return false
}

// pointedByLooks: a person the sentence points at with a definite
// determiner (« la nouvelle du groupe de marche ») is followed by an
// apposition of looks: described as pointed at (indirect.go
// describedScore).
func (a *analysis) pointedByLooks() bool {
	for _, an := range a.anchors {
		if an.kind == anchorPerson && a.s.Toks[an.k].Is(cPointingDets) && a.looksApposition(an.k+1) {
			return true
		}
	}
	return false
}
