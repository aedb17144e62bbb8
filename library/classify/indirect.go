package classify

import (
	"strings"

	"tamis/i18n"
	"tamis/library/classify/text"
)

// Indirect identification: one singular person described by
// quasi-identifiers (age, town or district, nationality, job, arrival
// date, family situation, "la seule", a habit like "qui vient le lundi").
// Two are enough to single out someone in a small association; one is a
// doubt. A person designated by a single role ("la trésorière") is a doubt.

// findIndirect finds a person singled out by description in the
// sentence: the first person the sentence designates, how many
// quasi-identifiers describe them, and what that makes of them.
func (a *analysis) findIndirect() {
	if len(a.names) > 0 {
		return // already personal
	}
	first, firstIsRole, hasRole := a.firstDesignated()
	if first < 0 {
		a.findUndesignated()
		return
	}
	score, at := a.describedScore()
	if score < 2 && !firstIsRole && a.lawsPerson(first) && a.citesLaw() {
		return // law_cited.go: « le salarié » of « Le Code du travail prévoit que le salarié… » is whoever
	}
	if a.noOneYet(first, score) || a.serviceAct(first) { // service_act.go: « Le gardien du stade ouvre les vestiaires à 8 h 30 »
		return
	}
	a.addDescribed(first, at, score, firstIsRole, hasRole)
}

// firstDesignated returns the first person or pronoun anchor that is not
// a public figure, -1 when none, whether it is a role, and whether any is.
// A public office or a titled famous person is known by all: describing
// them singles out no private person.
func (a *analysis) firstDesignated() (first int, firstIsRole, hasRole bool) {
	first = -1
	for _, an := range a.anchors {
		if an.kind == anchorPerson && a.publicRole(an.k) {
			continue // "la conseillère départementale", "M. le maire": a public office
		}
		if an.kind == anchorPerson && an.role && a.titledFamous(an.k) {
			continue // « l'abbé Pierre »: a public figure (titled_famous.go)
		}
		if an.kind == anchorPerson && a.carerInGeneralText(an.k) {
			continue // « Atelier : prendre rendez-vous chez le médecin »: the place one goes to (special.go)
		}
		if an.kind == anchorPerson || an.kind == anchorPronoun {
			if first < 0 {
				first, firstIsRole = an.k, an.role
			}
			hasRole = hasRole || an.role
		}
	}
	return first, firstIsRole, hasRole
}

// findUndesignated reads a sentence that designates nobody: a life story
// told without a subject still singles someone out, and a value that is
// only a capitalised role (« Trésorière ») names the one who holds it.
func (a *analysis) findUndesignated() {
	if at, ok := a.lifeStoryAlone(); ok {
		a.add(ruleIndirect, at, len(a.s.Toks)) // life_story.go: « Arrivée à Lyon à 12 ans, devenue infirmière »
		return
	}
	if t := a.s.Toks[0]; t.Has(text.Cap) && t.Is(cRole) && (len(a.s.Toks) == 1 || a.s.Toks[1].Sep != ':') && !a.titledFamous(0) &&
		!a.thingSense(0) { // thing_sense.go: "Coach trip to the seaside"
		a.add(ruleSingleRole, 0, 1)
	}
}

// describedScore is the weight of the quasi-identifiers of the sentence
// and where the first stands; a person pointed at (« celui qui a la moto
// rouge ») or said to be recognisable counts as described twice.
func (a *analysis) describedScore() (score, at int) {
	score, at = a.quasiScore()
	if score < 2 && (a.pointedPerson() || a.pointedByPronoun() || a.saysRecognisable() || a.pointedByLooks()) { // pointed_pronoun.go: « celui qui a la moto rouge »; recognised_person.go; physical_marks.go
		score = 2 // "le trésorier du club de Montbard", "le papa qui a gagné la tombola"
	}
	return score, at
}

// noOneYet: the person at first is whoever will come, a post not filled
// yet, or the one a public announcement offers (« permanence de
// l'infirmière »): nobody in particular.
func (a *analysis) noOneYet(first, score int) bool {
	if score < 2 && a.readersHelper(first) {
		return true // readers_own.go: « parlez-en à votre médecin », the reader's own
	}
	indefinite := isIndefinite(a.s.Toks[first].Norm)
	if score < 2 && indefinite && a.hypothetical(first+1) {
		return true // « un kiné interviendra auprès des bénévoles »: whoever comes, announced
	}
	if indefinite && a.hasPhraseOf(roleVacancy) {
		return true // « l'association recrute un animateur en CDD, 24 h »: a post offered, no one yet (roles_without_person.go)
	}
	if indefinite && a.askedInGeneral() {
		if q, _ := a.quasiScore(); q < 2 {
			return true // general_question.go: « Quelles aides pour un étudiant boursier qui cherche un logement ? Fais une liste. »; not « … de 82 ans, veuve, à Montbard ? »
		}
	}
	return score < 2 && a.sentenceGeneric() && (indefinite || a.startsGeneric()) // a public announcement ("permanence avec un avocat bénévole", "Permanence de l'infirmière")
}

// addDescribed adds what the description of the person at first makes of
// them: two quasi-identifiers single them out, one does when the person
// is one already (a demonstrative, the association's role, a definite
// description), else it is a doubt; with none, a landmark, a role or a
// specific person still may.
func (a *analysis) addDescribed(first, at, score int, firstIsRole, hasRole bool) {
	switch {
	case score >= 2:
		a.add(ruleIndirect, min(first, at), len(a.s.Toks))
	case score == 1 && (a.demonstrative(first) || firstIsRole && !isIndefinite(a.s.Toks[first].Norm) || a.definiteDescribed(first, at) || a.definiteByLandmark(first)):
		// « ce bénévole, veuf depuis peu »; « notre trésorière est veuve depuis un
		// mois »: a role the association gives once is one person, and what is
		// told of her private life is hers; a landmark points at one door
		// as it does with no other detail (the case of score 0 below)
		a.add(ruleIndirect, min(first, at), len(a.s.Toks))
	case score == 1:
		a.addAs(ruleIndirect, Doubt, min(first, at), len(a.s.Toks),
			i18n.T("personne peut-être identifiable : à vérifier", "person possibly identifiable: check"))
	case score == 0 && a.definiteByLandmark(first): // definite_person.go: « la mamie de la maison jaune au bout de l'impasse »
		a.add(ruleIndirect, first, len(a.s.Toks))
	case a.isPublished():
		// "le rapport moral de la présidente est en ligne"
	case hasRole:
		a.add(ruleSingleRole, first, first+2)
	case a.codeRelative(first):
		// "la fille de Personne_001": designated through an anonymised person
	case a.specificPerson(first) && !a.sentenceGeneric(): // not "permanence de l'assistante sociale"
		a.add(ruleSpecificPerson, first, first+2)
	}
}

// codeRelative: the person at token k is designated through an
// anonymisation code ("la fille de Personne_001", "the wife of
// Personne_002"), which says no more than the code itself.
func (a *analysis) codeRelative(k int) bool {
	toks := a.s.Toks
	for i := k + 2; i < min(len(toks), k+4); i++ {
		if toks[i].Has(text.Code) {
			switch toks[i-1].Norm {
			case "de", "du", "d", "of":
				return true
			}
			return false
		}
	}
	return false
}

// startsGeneric: the sentence opens on a generic marker ("Permanence ...",
// "Atelier ...").
func (a *analysis) startsGeneric() bool {
	_, v := a.at(dGeneric, 0)
	return v != 0
}

func isIndefinite(w string) bool {
	return w == "un" || w == "une" || w == "a" || w == "an"
}

// demonstrative: "cette dame", "ce monsieur" point at one person.
func (a *analysis) demonstrative(k int) bool {
	switch a.s.Toks[k].Norm {
	case "cette", "ce", "cet", "this", "that":
		return true
	}
	return false
}

// specificPerson: "cette dame", "sa mère", "le monsieur", or "une famille
// nous a demandé" designate someone known to the writer, unlike "un
// bénévole tiendra le stand".
func (a *analysis) specificPerson(k int) bool {
	toks := a.s.Toks
	if a.publicOffice(k + 1) {
		return false
	}
	switch toks[k].Norm {
	case "cette", "ce", "cet", "sa", "son", "mon", "ma", "leur", "this", "that", "his", "her", "my", "notre", "votre", "our":
		return true
	case "le", "la", "l", "the":
		return k > 0 || len(toks) < 12
	case "un", "une", "a", "an":
		for i := k + 2; i < min(len(toks), k+5); i++ {
			switch toks[i].Norm {
			case "a", "est", "m", "nous", "ont", "etait", "avait", "has", "was", "told", "asked":
				return true
			}
		}
	}
	return false
}

// quasiScore adds the quasi-identifiers of the sentence (weights in
// quasiWeight) and returns the first token of one of them.
func (a *analysis) quasiScore() (score, at int) {
	toks := a.s.Toks
	at = len(toks)
	seen := map[string]bool{}
	note := func(kind string, k int) {
		if !seen[kind] {
			seen[kind] = true
			score += quasiWeight(kind)
			at = min(at, k)
		}
	}
	a.scratch = a.spansOf(dQuasi, a.scratch[:0])
	for _, sp := range a.scratch {
		if sp.j < len(toks) && toks[sp.j].Has(text.Code) {
			continue // "habite au [ADRESSE_001]": the code replaced the identifying value
		}
		note(a.lex.quasi[sp.val-1].kind, sp.i)
	}
	for i := range toks {
		if toks[i].Has(text.Digit) && i+1 < len(toks) && isAgeUnit(toks[i+1].Norm) && !a.ageThreshold(i) || gluedAge(toks[i].Norm) || a.cardAge(i) { // described_card.go; age_threshold.go
			note("age", i)
		}
		if a.formerTrade(i) { // described_card.go: « ancien routier », "retired postman"
			note("job", i)
		}
		if i+1 < len(toks) && isPlacePrep(toks[i].Norm) && toks[i+1].Has(text.Cap) && !toks[i+1].Has(text.Upper) &&
			!a.eponymAt(i+1) {
			note("place", i)
		}
		if (toks[i].Norm == "du" || toks[i].Norm == "au") && i+1 < len(toks) && isFloor(toks[i+1].Norm) || a.floorAt(i) { // floor_words.go
			note("place", i)
		}
		if (toks[i].Norm == "ses" || toks[i].Norm == "his" || toks[i].Norm == "her" || toks[i].Is(cCountedFew)) && a.childrenAfter(i) {
			note("family", i)
		}
		if a.flatNumberAt(i) {
			note("unique", i) // flat_number.go: "in 7A", « au 21A »
		}
		if toks[i].Is(cSpot) && i+1 < len(toks) && toks[i+1].Flags&text.Letter == 0 {
			note("unique", i) // "parcelle 14", "flat 3B", "chambre 12": one door, one person
		}
		if toks[i].Is(cKin) && a.roleRelative(i) {
			note("unique", i) // "la fille du maire"
		}
	}
	return score, at
}

// roleRelative: a relative of the holder of a single role ("le fils de la
// présidente", "the mayor's wife" is not handled).
func (a *analysis) roleRelative(i int) bool {
	toks := a.s.Toks
	k := i + 1
	for k < len(toks) && k < i+3 && (isParticle(toks[k].Norm) || toks[k].Norm == "of") {
		k++
	}
	return k > i+1 && k < len(toks) && (toks[k].Is(cRole) || toks[k].Is(cUniqueOffices))
}

// childrenAfter: "ses trois enfants", "her two kids".
func (a *analysis) childrenAfter(i int) bool {
	toks := a.s.Toks
	for k := i + 1; k < min(len(toks), i+3); k++ {
		if toks[k].Is(cChildren) {
			return true
		}
	}
	return false
}

// isFloor: "4e", "3eme", "1er" (a floor or a flat number).
func isFloor(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 {
		return false
	}
	switch w[n:] {
	case "e", "eme", "er", "ere", "th", "nd", "rd", "st":
		return true
	}
	return false
}

func isAgeUnit(w string) bool {
	return w == "ans" || w == "an" || w == "years" || w == "year" || w == "yrs" || w == "yo" || w == "mois"
}

// gluedAge: an age typed without its space (« 68ans », "68yo"): one to
// three digits, then a unit of years.
func gluedAge(w string) bool {
	n := 0
	for n < len(w) && n < 3 && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	return n > 0 && n < len(w) && w[n] > '9' && (w[n:] == "ans" || w[n:] == "yo" || w[n:] == "yrs")
}

func isPlacePrep(w string) bool {
	switch w {
	case "a", "de", "du", "au", "en", "sur", "in", "from", "at":
		return true
	}
	return false
}

func quasiWeight(kind string) int {
	if kind == "unique" || kind == "habit" {
		return 2
	}
	return 1
}

// publicRole: the person anchored at k holds a public office: a title
// ("le maire", "la députée") or a role of a public body ("le président du
// conseil départemental").
func (a *analysis) publicRole(k int) bool {
	for n := k + 1; n < min(len(a.s.Toks), k+3); n++ {
		if _, v := a.at(dTitles, n); v != 0 {
			return true
		}
	}
	for n := k + 1; n < min(len(a.s.Toks), k+6); n++ {
		if a.s.Toks[n].Is(cElectedBodies) {
			return true
		}
	}
	return false
}

// pointedPerson: a definite person is pinned down by what follows the
// noun: the body or place they belong to ("la gardienne de l'immeuble B",
// "le trésorier du club de pétanque de Montbard", "le voisin du 14 bis")
// or a relative clause telling what they did or do ("le papa qui a gagné
// la tombola", "the woman who always comes alone"). The description
// points at one person: blocked, not doubt.
func (a *analysis) pointedPerson() bool {
	toks := a.s.Toks
	for _, an := range a.anchors {
		if an.kind != anchorPerson || !toks[an.k].Is(cPointingDets) || a.publicRole(an.k) {
			continue
		}
		n := an.k + 1
		for n < len(toks) && n < an.k+4 && !toks[n].Is(cPerson) {
			n++
		}
		if n >= len(toks) || !toks[n].Is(cPerson) || n+1 >= len(toks) {
			continue
		}
		if a.belongsTo(n+1) || a.relativeDeed(n+1) {
			return true
		}
	}
	return false
}

// hypothetical: a modal or a future after token k makes the clause a
// rule for whoever fits it ("le bénévole qui a le plus de temps prendra
// la caisse", "the person who has found keys can…").
func (a *analysis) hypothetical(k int) bool {
	toks := a.s.Toks
	for i := min(k, len(toks)); i < len(toks); i++ {
		t := &toks[i]
		n := t.Norm
		if t.Is(cModalWords) && !owedTo(toks, i) || len(n) >= 6 && strings.HasSuffix(n, "ra") && t.Has(text.Letter) {
			return true
		}
	}
	return false
}

// owedTo: « devoir » at i follows the one it is owed to (« nous doit
// 200 € », « lui doivent ») or comes before a counted sum (« doit vingt
// euros à la caisse »): a debt, a fact, not a modal.
func owedTo(toks []text.Token, i int) bool {
	if i == 0 || toks[i].Norm != "doit" && toks[i].Norm != "doivent" {
		return false
	}
	if sumAfter(toks, i) {
		return true
	}
	switch toks[i-1].Norm {
	case "nous", "me", "m", "lui", "leur", "vous", "te", "t":
		return true
	}
	return false
}

// belongsTo: "de l'immeuble B", "du club de Montbard", "du 14 bis",
// "of the tennis club in Saint-Pée".
func (a *analysis) belongsTo(k int) bool {
	toks := a.s.Toks
	if !toks[k].Is(cBelongLinks) || isClauseSep(toks[k].Sep) {
		return false
	}
	place, body := false, false
	for i := k + 1; i < min(len(toks), k+9); i++ {
		t := toks[i]
		if isClauseSep(t.Sep) {
			break
		}
		body = body || t.IsAny(cVenue, cOrg, cSpot) || t.Is(cBelongBodies)
		if t.Is(cSpot) && i+1 < len(toks) && toks[i+1].Has(text.Digit) {
			return true // "at number 7", "de la chambre 12"
		}
		if (t.Has(text.Digit) || isFloor(t.Norm)) && i == k+1 && toks[k].Norm != "de" && !(i+1 < len(toks) && isAgeUnit(toks[i+1].Norm)) {
			return true // "du 14 bis"
		}
		if t.Has(text.Cap) && !t.Has(text.Upper) || t.Has(text.Digit) || len(t.Norm) == 1 && t.Has(text.Cap) {
			place = true
		}
	}
	return body && place
}

// relativeDeed: "qui a gagné", "qui nous prête", "who always comes".
// The clause may follow a short complement: "le gamin de 12 ans qui a
// cassé la vitre", "la dame du 2e qui a des chats".
func (a *analysis) relativeDeed(k int) bool {
	toks := a.s.Toks
	for q := k; q < min(len(toks)-1, k+5); q++ {
		if q > k && isClauseSep(toks[q].Sep) {
			return false
		}
		if toks[q].Norm != "qui" && toks[q].Norm != "who" {
			continue
		}
		switch toks[q+1].Norm {
		case "a", "avait", "s", "nous", "m", "lui", "always", "toujours", "has", "had", "won", "gagne",
			"tient", "tenait", "gère", "runs", "owns", "habite", "lives", "vit", "vivait", "habitait", "lived", "loge", "logeait":
			return !a.hypothetical(q+2) && toks[k-1].Norm != "personne" && toks[k-1].Norm != "person"
		}
		if a.deedAfterRelative(q) { // relative_deed.go: « qui est arrivé », "who broke"
			return !a.hypothetical(q+2) && toks[k-1].Norm != "personne" && toks[k-1].Norm != "person"
		}
		return false
	}
	return false
}
