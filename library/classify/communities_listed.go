package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Faiths or origins named side by side in the plural name communities,
// not someone's belief: « Rencontre interreligieuse : juifs, chrétiens et
// musulmans dialoguent », "Catholics and Protestants pray together". One
// plural alone (« Sont musulmans. », a note about a family) stays the
// precaution of addSpecial; a person, a name or a possessive in the
// sentence keep the fact theirs (« nos voisins juifs et musulmans »).

// listLinks join the terms of such a list, with the comma.
var listLinks = lexicon.Words(lexicon.Data, "list_links")

// communitiesListed: the plural term at sp has a plural neighbour of the
// same rule, before or after it, past a comma or one of listLinks.
func (a *analysis) communitiesListed(sp span, t term) bool {
	if t.rule == ruleReligion && a.pointsAtNoOne() && !a.possibleNameIn() && a.faithsCompared(sp) && a.onlyDoctrines() {
		return true // « bouddhisme, islam, judaïsme et christianisme face à la mort »
	}
	if t.rule != ruleReligion && t.rule != ruleOrigin || !a.isPlural(sp) || !a.pointsAtNoOne() {
		return false // « séropositifs et diabétiques, à isoler »: patients, not communities
	}
	toks := a.s.Toks
	next := sp.j
	if next < len(toks) && listLinks[toks[next].Norm] && !isClauseSep(toks[next].Sep) {
		next++
	} else if next < len(toks) && toks[next].Sep != ',' {
		next = -1
	}
	if next >= 0 && next < len(toks) {
		if end, val := a.at(dSpecial, next); val != 0 && a.lex.special[val-1].rule == t.rule && a.isPlural(span{next, end, val}) {
			return true
		}
	}
	for _, h := range a.hits {
		if h.dict != dSpecial || a.lex.special[h.val-1].rule != t.rule {
			continue
		}
		joined := h.j == sp.i && toks[sp.i].Sep == ',' ||
			h.j == sp.i-1 && listLinks[toks[sp.i-1].Norm] && !isClauseSep(toks[sp.i-1].Sep) && !isClauseSep(toks[sp.i].Sep)
		if joined && a.isPlural(span{h.i, h.j, h.val}) {
			return true
		}
	}
	return false
}

// pointsAtNoOne: no word of the sentence could be someone or point at
// someone: a pronoun, a possessive, « nos », a person's, a kin or a
// role's noun, singular or plural, a count (« Nos voisins juifs et
// musulmans », « Ils sont juifs et pratiquants », « parents musulmans,
// enfants baptisés », « nos deux colocataires »).
func (a *analysis) pointsAtNoOne() bool {
	for k := range a.s.Toks {
		t := &a.s.Toks[k]
		if someonePointers[t.Norm] || ownerWords[t.Norm] || t.IsAny(cPerson, cRole, cKin, cKinPlural, cCivility, cSmallCounts, cSpelledNumber) || t.Has(text.Digit) {
			return false
		}
	}
	return true
}

// faithDoctrines name faiths as doctrines (data/words/faith_doctrines.txt).
var faithDoctrines = lexicon.Words(lexicon.Data, "faith_doctrines")

// faithsCompared: the term at sp is one of at least two names of faiths
// listed side by side, a comma, an article or one of listLinks between
// them (« le bouddhisme, l'islam, le judaïsme et le christianisme »):
// a comparison of faiths, where a note about someone gives one.
func (a *analysis) faithsCompared(sp span) bool {
	toks := a.s.Toks
	if sp.j != sp.i+1 || !faithDoctrines[toks[sp.i].Norm] {
		return false
	}
	n, end, in := 0, -1, false
	for k := range toks {
		if !faithDoctrines[toks[k].Norm] {
			continue
		}
		if n > 0 && !listGap(toks, end, k) {
			if in {
				break
			}
			n = 0 // the list broke off before the term
		}
		n++
		end = k + 1
		in = in || k == sp.i
	}
	return in && n >= 2
}

// listGap: the tokens [from, to) between two items of a list are at most
// an article and a link, and a comma or a link starts the gap.
func listGap(toks []text.Token, from, to int) bool {
	if to-from > 2 || to < from {
		return false
	}
	linked := toks[to].Sep == ','
	for k := from; k < to; k++ {
		w := toks[k].Norm
		switch {
		case listLinks[w]:
			linked = true
		case isArticle(w) || w == "l":
		default:
			return false
		}
	}
	return linked || from < to && toks[from].Sep == ','
}

// onlyDoctrines: every special word of the sentence names a faith as a
// doctrine (« face à la conversion de Marine » adds another).
func (a *analysis) onlyDoctrines() bool {
	for _, h := range a.hits {
		if h.dict == dSpecial && (h.j != h.i+1 || !faithDoctrines[a.s.Toks[h.i].Norm]) {
			return false
		}
	}
	return true
}
