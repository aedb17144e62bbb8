package classify

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
	if a.sentenceGeneric() {
		return
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

// sameGenderPartner: a subject pronoun and a partner of the same gender
// after a verb of living together ("elle vit avec une femme", "il est
// en couple avec un homme", "she lives with her wife"). It returns the
// token of the partner, or -1.
func (a *analysis) sameGenderPartner() int {
	toks := a.s.Toks
	female, male := false, false
	for i := 0; i+2 < len(toks); i++ {
		switch toks[i].Norm {
		case "elle", "she":
			female = true
		case "il", "he":
			male = true
		}
		if !toks[i].Is(cPartnerLinks) {
			continue
		}
		p := toks[i+1].Norm + " " + toks[i+2].Norm
		if female && !male && womenPartners[p] || male && !female && menPartners[p] {
			return i + 1
		}
	}
	return -1
}

var womenPartners = map[string]bool{"une femme": true, "sa femme": true, "sa copine": true, "sa petite": true,
	"a woman": true, "her wife": true, "her girlfriend": true, "sa compagne": true}

var menPartners = map[string]bool{"un homme": true, "son mari": true, "son copain": true, "son petit": true,
	"a man": true, "his husband": true, "his boyfriend": true, "son compagnon": true}
