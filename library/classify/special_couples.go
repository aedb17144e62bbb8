package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Orientation told by a description of a couple rather than by a word
// (issue 7): "le couple de garçons du 3e", "Léa et sa copine se sont
// mariées", "elle vit avec une femme". French grammar helps: a feminine
// plural participle ("mariées", "pacsées") after a pair of people says
// both are women, and a pronoun says the gender of the subject.

func (a *analysis) findCoupleDescribed() {
	if !a.hasAny(cCouple, cSameSex, cPartner) {
		return
	}
	toks := a.s.Toks
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Is(cCouple) && (toks[i+1].Norm == "de" || toks[i+1].Norm == "d" || toks[i+1].Norm == "of") && toks[i+2].Is(cSameSex) {
			a.add(ruleSexuality, i, i+3) // "un couple de garçons"
			return
		}
	}
	if a.sentenceGeneric() && len(a.names) == 0 {
		return // « atelier couple et parentalité »; a named person's partner is no public offer
	}
	people := len(a.names) + len(a.anchors)
	if a.hasAny(cPopulation, cPerson) {
		people++
	}
	for _, t := range toks {
		if t.Norm == "deux" || t.Norm == "two" || t.Norm == "both" {
			people++ // "nos deux animatrices se sont pacsées"
		}
	}
	for i, t := range toks {
		if t.Is(cWomenWed) && people > 0 {
			a.add(ruleSexuality, i, i+1) // "se sont mariées"
			return
		}
	}
	if a.has(cCouple) && a.namedWomenCouple() {
		a.add(ruleSexuality, a.names[0].i, a.names[len(a.names)-1].j)
		return
	}
	if !a.has(cPartner) {
		return
	}
	if k := a.sameGenderPartner(); k >= 0 {
		a.add(ruleSexuality, k, k+2)
	}
}

// namedWomenCouple: two names, a couple noun and "elles" ("Claire et
// Sophie sont en couple, elles viendront").
func (a *analysis) namedWomenCouple() bool {
	if len(a.names) == 0 {
		return false
	}
	couple, elles := false, false
	for _, t := range a.s.Toks {
		couple = couple || t.Norm == "couple" || t.Norm == "amoureuses"
		elles = elles || t.Norm == "elles"
	}
	return couple && elles
}

// sameGenderPartner: a partner of the same gender as the link's subject
// (partner_subject.go) after a verb of living together ("elle vit avec
// une femme", "Marc viendra avec son mari", "Kevin has a boyfriend", « mon
// frère a un mari »). It returns the token of the partner, or -1.
func (a *analysis) sameGenderPartner() int {
	toks := a.s.Toks
	var buf [64]byte
	for i := 0; i+2 < len(toks); i++ {
		if !toks[i].Is(cPartnerLinks) || i+3 < len(toks) && nounComplements[toks[i+3].Norm] {
			continue // « sa femme de ménage », « une femme du quartier »
		}
		key := append(append(append(buf[:0], toks[i+1].Norm...), ' '), toks[i+2].Norm...)
		w, m := womenPartners[string(key)], menPartners[string(key)] // no allocation: the look-up reads the bytes
		if !w && !m {
			continue
		}
		sub := a.subjectGender(i) // partner_subject.go
		if !sub.found || sub.female == sub.male {
			continue
		}
		// only a possessive, "has" or a pronoun subject makes the partner
		// the subject's own: « Julie vient avec une femme du quartier » tells nothing
		if !ownPartner(toks, i) && !sub.pronoun {
			continue
		}
		if sub.female && w || sub.male && m {
			return i + 1
		}
	}
	return -1
}

// ownPartner: the partner after the link at i is the subject's own (« son
// mari », "her wife", "has a boyfriend", « a une copine », "is seeing a
// woman", « sort avec une femme »).
func ownPartner(toks []text.Token, i int) bool {
	switch toks[i+1].Norm {
	case "son", "sa", "his", "her":
		return true
	}
	link := toks[i].Norm
	return link == "has" || link == "a" || datingVerbs[link] || i > 0 && datingVerbs[toks[i-1].Norm]
}

// datingVerbs make the partner after them one's own.
var datingVerbs = lexicon.Words(lexicon.Data, "dating_verbs")

// The partners of a woman and of a man, after a verb of living together.
var (
	womenPartners = phraseSet("women_partners")
	menPartners   = phraseSet("men_partners")
)

// nounComplements open a complement that makes a partner noun another
// person: « femme de ménage », « une femme du quartier », "a man of 80".
var nounComplements = prepositionUses.of("complement")
