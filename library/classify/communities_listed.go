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
