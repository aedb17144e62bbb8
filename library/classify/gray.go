package classify

import (
	"strings"

	"tamis/library/classify/text"
)

// The gray zone is what the rules cannot settle: a statistic about the
// public of the association, a partner's rumoured difficulties, an
// internal decision not yet announced, a person designated by a single
// role. Precaution: doubt, never a silent ok.

func (a *analysis) findGray() {
	toks := a.s.Toks
	a.scratch = a.spansOf(dGray, a.scratch[:0])
	trend := false
	weather := a.has(cWeather) // "reporté à cause de la pluie" is announced, not internal
	for _, sp := range a.scratch {
		t := a.lex.gray[sp.val-1]
		trend = trend || t.rule == ruleAggregate && toks[sp.j-1].Is(cTrendWords)
		if t.rule == ruleAggregate || t.rule == ruleInternal && (a.isPublished() || weather) || t.rule == ruleVague && a.sentenceGeneric() {
			continue // handled with the public it describes; a published offer is public
		}
		if t.rule == ruleVague && a.deniedTrouble(sp.i) {
			continue // « aucun incident », "no incidents": nothing happened (gray_incident.go)
		}
		if t.rule == ruleVague && (a.asksForFiction() || a.askedOfReader(sp.i) || a.incidentSupposed(sp.i)) { // incident_supposed.go
			continue // « Écris une histoire avec un dragon »: the tale asked for (fiction_request.go); « Merci de signaler toute absence » (reader_request.go)
		}
		if t.rule == ruleInternal && a.startsGeneric() && len(a.names) == 0 && a.inQuotes(sp.i) {
			continue // « Préparer son entretien d'embauche »: a workshop's title
		}
		if t.rule == rulePartner && (a.describesPublic(sp) || a.readerCase(sp)) { // case_of_anyone.go
			continue // "consultation gratuite pour les locataires en difficulté", "If you are struggling, call…"
		}
		a.add(t.rule, sp.i, sp.j)
	}
	if a.uncertainClosure() {
		a.add(rulePartner, 0, len(toks))
	}
	if !weather && (a.futureChange() || a.conditionalPartner()) && !a.isPublishedNow() {
		a.add(ruleInternal, 0, len(toks)) // « Comme annoncé dans notre lettre d'information, l'atelier s'arrête en juin » is announced
	}
	if a.boardDecision() && !a.isPublishedNow() {
		a.add(ruleInternal, 0, len(toks))
	}
	if a.partnerTrouble() && a.troubleOfPartner() {
		a.add(rulePartner, 0, len(toks))
	}
	if !a.isPublished() && (a.aggregated() || a.publicProfile() || a.countedPublic() || a.quantifiedPublic() || a.activityTrend(trend)) {
		a.add(ruleAggregate, 0, len(toks))
	}
	a.findPhotos()
}

// aggregated: a statistic about the association's public ("la plupart de
// nos bénéficiaires", "30 % de nos adhérents", "en moyenne").
func (a *analysis) aggregated() bool {
	if a.memo&memoAggregateDone == 0 {
		a.memo |= memoAggregateDone
		if a.computeAggregated() {
			a.memo |= memoAggregate
		}
	}
	return a.memo&memoAggregate != 0
}

func (a *analysis) computeAggregated() bool {
	if a.lacks(aggregateGuard) && (!a.digits || !a.anyWordIn(countedPublics)) {
		return false // public is set only at one of these words (guards.go) or a counted public's
	}
	toks := a.s.Toks
	marker, public := a.hasPercent() && !a.percentsOfMoney() || a.hasRatio(), false // money_share.go
	if !marker && a.dictHits&(1<<dGray) == 0 && !a.every {
		return false // no percentage, no ratio and no entry of the gray table: no marker below (off under the dispatch test)
	}
	for i := 0; i < len(toks); i++ {
		if !marker {
			if end, v := a.at(dGray, i); v != 0 && a.lex.gray[v-1].kind == "aggregate" {
				if votingRule(toks, i, end) {
					i = end - 1
					continue // « adopté à la majorité des membres présents »
				}
				marker = true
				for k := i; k < end; k++ {
					public = public || toks[k].Is(cPerson)
				}
				i = end - 1 // the loop's i++ moves past the entry
				continue
			}
		}
		if toks[i].Is(cPopulation) || countedPublics[toks[i].Norm] || toks[i].Is(cPerson) && i+1 < len(toks) && toks[i+1].Norm == "sur" {
			public = true
		}
	}
	return marker && public
}

// publicProfile: the public in the plural described by a quasi-identifier
// ("nos bénévoles sont surtout des retraités", "40 familles monoparentales").
func (a *analysis) publicProfile() bool {
	if !a.ownPopulation() || len(a.anchors) > 0 || a.missionStatement() { // mission_statement.go
		return false
	}
	if a.quasiOfKind("age", "job", "family", "arrival") { // quasi_kinds.go
		return true
	}
	for i, t := range a.s.Toks {
		if t.Has(text.Digit) && i+1 < len(a.s.Toks) && isAgeUnit(a.s.Toks[i+1].Norm) || t.Is(cPluralAttributes) {
			return true
		}
	}
	return false
}

// quantifiedPublic: a vague quantity of the association's public
// ("quelques familles ne viennent plus", "plusieurs jeunes du foyer"),
// unless the sentence announces who will do what at an event.
func (a *analysis) quantifiedPublic() bool {
	if !a.has(cQuantity) || !a.has(cPopulation) {
		return false
	}
	toks := a.s.Toks
	found := false
	for i := 0; i+1 < len(toks) && !found; i++ {
		if !toks[i].Is(cQuantity) || toks[i].Norm == "mal" && (i == 0 || toks[i-1].Norm != "pas") {
			continue
		}
		for k := i + 1; k < min(len(toks), i+4); k++ {
			if toks[k].Is(cPopulation) {
				found = true
				break
			}
		}
	}
	if !found || a.sentenceGeneric() {
		return false
	}
	for _, t := range toks {
		if strings.HasSuffix(t.Norm, "ront") || t.Norm == "will" || t.Norm == "invites" || t.Norm == "bienvenus" {
			return false // "plusieurs bénévoles tiendront le stand"
		}
	}
	return true
}

// partnerTrouble: another organisation and a difficulty in the same
// sentence ("la banque alimentaire manque de bénévoles").
func (a *analysis) partnerTrouble() bool {
	return a.has(cOrg) && a.has(cTrouble) || a.has(cRelation) && a.has(cCool) // "les relations avec la MJC sont fraîches"
}

// uncertainClosure: a closure or an end that is not yet certain ("va
// probablement fermer", "pourrait disparaître") is a rumour until announced.
func (a *analysis) uncertainClosure() bool {
	if !a.has(cClosing) {
		return false // the sentence's classes say it at once
	}
	closing, unsure := false, false
	toks := a.s.Toks
	for i, t := range toks {
		switch {
		case t.Is(cClosing):
			closing = true
		case t.Norm == "peut":
			unsure = unsure || i+1 < len(toks) && toks[i+1].Norm == "etre" && text.Joined(toks, i+1, '-')
		case t.Is(cUnsure):
			unsure = true
		}
	}
	return closing && unsure
}

// futureChange: an internal change announced for later ("l'atelier
// couture s'arrête à la rentrée", "la cotisation passera à 25 € l'an
// prochain") is not public until the association says so.
func (a *analysis) futureChange() bool {
	if a.lacks(changeGuard) {
		return false // change is set only at one of these words (guards.go)
	}
	when, change := false, false
	toks := a.s.Toks
	for i, t := range toks {
		switch {
		case t.Is(cSoon):
			when = true
		case t.Norm == "peut":
			when = when || i+1 < len(toks) && toks[i+1].Norm == "etre" && text.Joined(toks, i+1, '-')
		case t.Norm == "plus":
			change = change || i > 0 && (toks[i-1].Norm == "ne" || toks[i-1].Norm == "n") || a.negatedBefore(i)
		case t.Norm == "des" || t.Norm == "d" || t.Norm == "en" || t.Norm == "partir" || t.Norm == "ici":
			if i+1 < len(toks) && monthName(toks[i+1].Norm) {
				when = true
			}
		}
		if t.Is(cChange) {
			change = true
		}
	}
	return when && change
}

// negatedBefore: "ne ... peut-être plus": a "ne" a few words before
// token i.
func (a *analysis) negatedBefore(i int) bool {
	for k := max(0, i-4); k < i; k++ {
		if w := a.s.Toks[k].Norm; w == "ne" || w == "n" {
			return true
		}
	}
	return false
}

// conditionalPartner: a conditional about an organisation ("la mairie
// pourrait reprendre le local", "le magasin serait racheté").
func (a *analysis) conditionalPartner() bool {
	if !a.has(cConditional) || !a.hasAny(cPartnerBody, cOrg) {
		return false
	}
	cond, org := false, false
	for _, t := range a.s.Toks {
		switch {
		case t.Is(cConditional):
			cond = true
		case t.Is(cPartnerBody):
			org = true
		}
		org = org || t.Is(cOrg)
	}
	return cond && org
}

// boardDecision: a decision of the association's bodies ("le bureau a
// voté", "le CA a refusé") is internal until announced.
func (a *analysis) boardDecision() bool {
	if !a.has(cDecision) {
		return false
	}
	toks := a.s.Toks
	body := false
	for i, t := range toks {
		switch {
		case t.Norm == "bureau" || t.Norm == "ca" || t.Norm == "copil":
			body = body || i == 0 || toks[i-1].Norm == "le" || toks[i-1].Norm == "du" || toks[i-1].Norm == "en"
		case t.Is(cDecision):
			if body && i > 0 && (toks[i-1].Norm == "a" || toks[i-1].Norm == "ont" || toks[i-1].Norm == "avons") {
				return true
			}
		}
	}
	return false
}

// countedPublic: a count of the association's public ("200 familles",
// "près de 80 adhérents") is an aggregated statistic; a count in words
// too when it tells members lost (« trois familles ont quitté
// l'épicerie »: « trois familles viendront » announces no statistic).
func (a *analysis) countedPublic() bool {
	if !a.has(cStatPopulation) || !a.digits && !(a.has(cDeparture) && a.has(cSpelledNumber)) {
		return false
	}
	toks := a.s.Toks
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i+1].Is(cStatPopulation) || !toks[i].Has(text.Digit) && !(toks[i].Is(cSpelledNumber) && a.departureAfter(i+2)) {
			continue
		}
		if i == 0 || !toks[i-1].Is(cRecruitWords) {
			return true
		}
	}
	return false
}

// departureAfter: a word of departure stands within four tokens from k.
func (a *analysis) departureAfter(k int) bool {
	for end := min(len(a.s.Toks), k+4); k < end; k++ {
		if a.s.Toks[k].Is(cDeparture) {
			return true
		}
	}
	return false
}

// ownPopulation: "nos bénéficiaires", "our members": the association's own
// public, not the public its mission addresses ("les personnes âgées").
func (a *analysis) ownPopulation() bool {
	toks := a.s.Toks
	for i := 1; i < len(toks); i++ {
		if toks[i].Is(cPopulation) {
			switch toks[i-1].Norm {
			case "nos", "our", "ces", "leurs", "vos":
				return true
			}
		}
	}
	return false
}

// hasPopulation: the sentence is about the association's public in the plural.
func (a *analysis) hasPopulation() bool {
	return a.population
}

// hasRatio: "12 sur 40", "3 out of 4".
func (a *analysis) hasRatio() bool {
	if !a.digits && !a.has(cNumberWords) {
		return false // every ratio holds a number, in digits or in words
	}
	toks := a.s.Toks
	for i := 0; i+2 < len(toks); i++ {
		if (toks[i].Is(cPerson) || toks[i].Is(cPopulation)) && toks[i+1].Norm == "sur" &&
			(toks[i+2].Has(text.Digit) || toks[i+2].Is(cNumberWords)) {
			return true // "un bénéficiaire sur quatre"
		}
		if toks[i].Has(text.Digit) && toks[i+1].Has(text.Digit) && text.Joined(toks, i+1, '/') &&
			(i+2 >= len(toks) || !text.Joined(toks, i+2, '/')) && (toks[i+2].Norm == "des" || toks[i+2].Norm == "de") {
			return true // "les 3/4 des inscrits"
		}
		if toks[i].Has(text.Digit) && (toks[i+1].Norm == "sur" || toks[i+1].Norm == "out") &&
			(toks[i+2].Has(text.Digit) || toks[i+2].Norm == "of" && i+3 < len(toks) && toks[i+3].Has(text.Digit)) {
			return true
		}
	}
	return false
}

// hasPercent: a number followed by '%' in the sentence.
func (a *analysis) hasPercent() bool {
	s := a.text[a.s.Start:min(len(a.text), a.s.End+3)]
	for i := strings.IndexByte(s, '%'); i >= 0; i = strings.IndexByte(s, '%') {
		j := i - 1
		for j >= 0 && s[j] == ' ' {
			j--
		}
		if j >= 0 && s[j] >= '0' && s[j] <= '9' {
			return true
		}
		s = s[i+1:]
	}
	return false
}

// findPhotos: a picture or a recording of people is personal data.
func (a *analysis) findPhotos() {
	if !a.has(cPhoto) || !a.privateNames() && a.teachesHow() { // how_to.go: « Tuto : comment taguer ses photos »
		return
	}
	toks := a.s.Toks
	for i := range toks {
		if !toks[i].Is(cPhoto) || imageRight(toks, i) || !a.privateNames() && !a.photoTagged() && (a.genericBefore(i) || a.photoShowsNoOne(i) || a.photoOfThing(i)) || a.storyAsTale(i) { // photo_tagged.go, photo_unrecognisable.go
			continue // "exposition photo sur les migrants", "atelier vidéo", "a short story" (story_as_tale.go), « Photo du nouveau local » (photo_of_thing.go)
		}
		if a.privateNames() || a.peopleNear(i) || a.photoTagged() {
			a.add(rulePhoto, i, i+1)
			return
		}
	}
}

// describesPublic: "en difficulté" after a plural noun in a sentence
// that addresses a public describes whom the offer is for.
func (a *analysis) describesPublic(sp span) bool {
	toks := a.s.Toks
	if sp.i == 0 || toks[sp.i].Norm != "en" || !a.sentenceGeneric() {
		return false
	}
	p := toks[sp.i-1].Norm
	return len(p) > 3 && (p[len(p)-1] == 's' || p[len(p)-1] == 'x')
}

// troubleOfPartner: a trouble word other than a public's description
// ("pour les locataires en difficulté" describes whom a service helps).
func (a *analysis) troubleOfPartner() bool {
	if !a.has(cTrouble) {
		return true // relations that cooled
	}
	toks := a.s.Toks
	for i, t := range toks {
		if t.Is(cTrouble) && !(i > 0 && toks[i-1].Norm == "en" && strings.HasPrefix(t.Norm, "difficult")) && !a.scheduledClosure(i) { // scheduled_closure.go
			return true
		}
	}
	return false
}

// privateNames: a name in the sentence that is not a public figure's
// ("un film sur la vie de Simone Veil" shows no one of the association).
func (a *analysis) privateNames() bool {
	for _, n := range a.names {
		if !n.public {
			return true
		}
	}
	return false
}

// peopleNear: people are shown ("où l'on voit", "des enfants", "visage").
func (a *analysis) peopleNear(k int) bool {
	toks := a.s.Toks
	for i := max(0, k-4); i < min(len(toks), k+15); i++ {
		w := toks[i].Norm
		if (a.lex.in(w, cPopulation) || a.lex.in(w, cPerson)) && !namesACard(toks, i) || w == "voit" || w == "visage" || w == "visages" ||
			w == "face" || w == "faces" || w == "groupe" || a.lex.in(w, cPhotoPeople) {
			return true
		}
	}
	return false
}

// activityTrend: a trend in the association's activity ("les dons ont
// baissé de 20 %", "la fréquentation a chuté") is internal knowledge of
// its public, like a statistic about it.
// trend tells whether the sentence holds a trend phrase ("ont baissé",
// "de plus en plus"): without one, no token is read.
func (a *analysis) activityTrend(trend bool) bool {
	return trend && a.has(cTrendSubjects)
}
