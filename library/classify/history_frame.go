package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A person the sentence dates in the past as dead or historical is
// history, not someone of the association (issue 7, section 4): a death
// or an execution (« mort en 1943 », « fusillé par les nazis », "died in
// 1894", « inhumée en 1931 »), a century before the twentieth (« au
// XVIIIe siècle », "in the 18th century"), a decade or a full date a
// century ago (« dans les années 1850 », « le 27 avril 1848 »), a deed
// dated before 1946 — an adult then would be over a hundred — with no
// child, no age and no special-category fact (« en 1936, Léon Mercadier
// ouvre… »), a birth so old that no one born then lives (« né à Nantes
// en 1828 »). This widens longAgo
// (historic_persons.go) from a year after « en » to the other ways a text
// dates a life; the guards of a famous name still keep a person
// (famousGuarded: a civility, contact details, a relation, news, a verb
// of now), and so does kin named in the sentence, a verb of soon or of
// now. A death dated within a living generation (1926–1999) counts only
// without a special-category fact: the dead's family lives.
//
// The facts of a historical person (« condamné au bagne en 1905 »,
// « anarchiste ») are history too: dropHistoricFacts removes them when
// no other name stays in the sentence.

var (
	deathWords     = lexicon.Words(lexicon.Data, "death_words")     // mort, décédé, died, killed
	executionWords = lexicon.Words(lexicon.Data, "execution_words") // fusillé, guillotiné, firing squad
	deathCauses    = lexicon.Words(lexicon.Data, "death_causes")
	centuryWords   = lexicon.Words(lexicon.Data, "century_words") // siècle, century
	eraWords       = lexicon.Words(lexicon.Data, "era_words")
	// historyPersons were persons of history by what they were: poilu, communard.
	historyPersons = lexicon.Words(lexicon.Data, "history_persons")
	// lifeEnds and lifeStarts are what an anniversary may be of (life_ends.txt, life_starts.txt).
	lifeEnds   = lexicon.Words(lexicon.Data, "life_ends")
	lifeStarts = lexicon.Words(lexicon.Data, "life_starts") // naissance, birth
	// anniversaries count years; centuries count a hundred and more.
	anniversaries = lexicon.Words(lexicon.Data, "anniversaries")
	centuries     = lexicon.Words(lexicon.Data, "centuries")
)

// historyCues are the words without which, and without a digit, no
// sentence dates a person as history.
var historyCues = func() lexicon.WordSet {
	cues := lexicon.WordSet{}
	for _, set := range []lexicon.WordSet{deathWords, executionWords, centuryWords, eraWords, lifeEnds, lifeStarts,
		historyPersons} {
		for w := range set {
			cues[w] = true
		}
	}
	return cues
}()

// historyCued: the sentence holds a digit or a word of history; asked
// once per sentence.
func (a *analysis) historyCued() bool {
	if a.memo&memoHistoryCueDone == 0 {
		a.memo |= memoHistoryCueDone
		if a.digits || a.has(cHistoryCue) {
			a.memo |= memoHistoryCue
		}
	}
	return a.memo&memoHistoryCue != 0
}

// romanValues are the Roman figures of the centuries before the twentieth.
var romanValues = map[byte]int{'i': 1, 'v': 5, 'x': 10}

// lastBirthOfTheDead is the first birth year of someone who may live.
const lastBirthOfTheDead = "1900"

// historyDated: the full name at [i, j) is dated as historical: by
// longAgo, or by a death, a century, a decade, a full date or an old
// birth within a few words.
func (a *analysis) historyDated(i, j int) bool {
	if a.longAgo(i, j) {
		return true
	}
	if j-i < 2 {
		j = a.particleTail(i, j) // « Émilie | du Châtelet »
	}
	if j-i < 2 || a.has(cKin) || a.futureAt(j) || a.presentAgent(i) {
		return false
	}
	if !a.historyCued() {
		return false // no year, no death, no century: the cheapest test first, as every name asks
	}
	toks := a.s.Toks
	for k := max(1, i-15); k < min(len(toks), j+15); k++ {
		if k >= i && k < j {
			continue
		}
		n := toks[k].Norm
		cue := toks[k].Is(cHistoryCue) // every word set below is in historyCues: without the class, none holds n
		switch {
		case cue && executionWords[n], cue && a.oldCentury(k), a.oldYearAt(k), a.oldFullDate(k), a.oldDeedYear(k),
			cue && a.pastEra(k), cue && a.lifeAnniversary(k), cue && historyPersons[n] && !toks[k].Has(text.Cap):
			return true
		case cue && deathWords[n] && (a.diedOf(k) || a.yearBefore(generationAgo) && !a.specialFact()):
			return true
		}
	}
	return false
}

// oldCentury: token k is « siècle », "century" after a century before
// the twentieth (« XVIIIe », « 18e », "18th").
func (a *analysis) oldCentury(k int) bool {
	if !centuryWords[a.s.Toks[k].Norm] {
		return false
	}
	c := a.s.Toks[k-1].Norm
	for _, suf := range []string{"ieme", "eme", "e", "th", "st", "nd", "rd"} {
		if s, ok := strings.CutSuffix(c, suf); ok && s != "" {
			return centuryNumber(s) > 0 && centuryNumber(s) < 20
		}
	}
	return false
}

// centuryNumber reads a century in Roman or Arabic figures, 0 if none.
func centuryNumber(s string) int {
	if isDigits(s) {
		if len(s) > 2 {
			return 0
		}
		n := 0
		for _, r := range s {
			n = n*10 + int(r-'0')
		}
		return n
	}
	values := romanValues
	n := 0
	for k := 0; k < len(s); k++ {
		v := values[s[k]]
		if v == 0 {
			return 0
		}
		if k+1 < len(s) && values[s[k+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

// oldYearAt: token k is a year before centuryAgo given as a date: after a
// month (« le 27 avril 1848 »), after « années » or as a decade ("the
// 1850s"), or a birth before lastBirthOfTheDead (« né en 1828 »).
func (a *analysis) oldYearAt(k int) bool {
	toks := a.s.Toks
	w := toks[k].Norm
	if d, ok := strings.CutSuffix(w, "s"); ok && len(d) == 4 && isOldYear(d) {
		return true // "the 1850s"
	}
	if !isOldYear(w) {
		return false
	}
	p := toks[k-1].Norm
	if p == "annees" {
		return true
	}
	if monthName(p) {
		return !a.bornBefore(k) // « le 27 avril 1848 », not « née le 3 mai 1920 »
	}
	return w < lastBirthOfTheDead && (yearLinks[p] || datedYearLinks[p] || toks[k].Sep == '(')
}

// oldFullDate: token k is a year before lastWarYear after a day and a
// month (« le 6 juin 1944 »), no birth, no child, no age: whoever acted
// on that day as an adult would be a century old; a child then (« alors
// âgée de 5 ans ») may live.
func (a *analysis) oldFullDate(k int) bool {
	toks := a.s.Toks
	w := toks[k].Norm
	if k < 2 || len(w) != 4 || !isDigits(w) || w < "1000" || w >= lastWarYear || !monthName(toks[k-1].Norm) {
		return false
	}
	d := toks[k-2].Norm
	return (isDigits(d) || d == "1er" || d == "premier") && !a.bornBefore(k) && !a.has(cChildren) && !a.anyWordIn(titleAges)
}

// oldDeedYear: token k is a year before lastWarYear given as a date
// (« en 1936 », "in 1938", « de 1919 à 1941 »), with no birth, no child,
// no age and no special-category fact in the sentence: a deed of an
// adult then.
func (a *analysis) oldDeedYear(k int) bool {
	toks := a.s.Toks
	w, p := toks[k].Norm, toks[k-1].Norm
	if len(w) != 4 || !isDigits(w) || w < "1000" || w >= lastWarYear || !yearLinks[p] && !datedYearLinks[p] {
		return false
	}
	return !a.bornBefore(k) && !a.has(cChildren) && !a.anyWordIn(titleAges) && !a.specialFact()
}

// lastWarYear is the first year after the Second World War: a deed dated
// to the day before it is a century-old person's.
const lastWarYear = "1946"

// bornBefore: a birth word stands in the five words before k.
func (a *analysis) bornBefore(k int) bool {
	toks := a.s.Toks
	for m := max(0, k-5); m < k; m++ {
		if famousLists().history[toks[m].Norm] || toks[m].Is(cBirthWord) {
			return true
		}
	}
	return false
}

// diedOf: a cause of a death of the past follows the death word at k
// (« mort en déportation », « mort pour la France », "killed in action").
func (a *analysis) diedOf(k int) bool {
	toks := a.s.Toks
	for m := k + 1; m < min(len(toks), k+4); m++ {
		if deathCauses[toks[m].Norm] {
			return true
		}
	}
	return false
}

// yearBefore: a four-digit year before limit stands in the sentence.
func (a *analysis) yearBefore(limit string) bool {
	if !a.digits {
		return false
	}
	for _, t := range a.s.Toks {
		if len(t.Norm) == 4 && isDigits(t.Norm) && t.Norm >= "1000" && t.Norm < limit {
			return true
		}
	}
	return false
}

// dropHistoricFacts removes the special-category facts, the birth dates
// and the doubts of a sentence whose persons are all historical: they
// are the history's.
func (a *analysis) dropHistoricFacts() {
	k := a.sentenceFindings()
	if k == len(a.findings) || a.memo&memoHistoric == 0 && !a.oldDated() {
		return // nothing to drop, or no history
	}
	for _, f := range a.findings[k:] {
		if f.Rule == ruleName.String() || f.Rule == rulePublicFigure.String() {
			return // someone else is named: the facts may be theirs
		}
	}
	if a.memo&memoHistoric == 0 && a.personPointedAt(k) || a.memo&memoHistoric != 0 && a.personOfToday() {
		// Only an old year beside a person (« le voisin du 3e, dans
		// l'immeuble construit en 1905 »), or a person of today beside the
		// historical one: the facts may be theirs.
		a.dropFindingsFrom(k, func(f Finding) bool {
			return f.Rule == ruleBirthdate.String() || f.Rule == ruleAggregate.String() || f.Rule == ruleInternal.String()
		})
		return
	}
	a.dropFindingsFrom(k, func(f Finding) bool {
		switch f.Rule {
		case ruleIndirect.String(), ruleSingleRole.String(), ruleSpecificPerson.String(), ruleBirthdate.String(),
			ruleHealth.String(), ruleOrigin.String(), ruleReligion.String(), rulePolitics.String(),
			ruleUnion.String(), ruleCriminal.String(), ruleAggregate.String(), ruleInternal.String():
			return true // « arrêté par la police en 1890 » is no news of the association
		}
		return false
	})
}

// personPointedAt: a person stands in the sentence — an anchor (« le
// voisin », « elle », « je ») or a description the rules found from
// finding k on — whom an old year does not make historical.
func (a *analysis) personPointedAt(k int) bool {
	for _, an := range a.anchors {
		if !an.share {
			return true
		}
	}
	for _, f := range a.findings[k:] {
		switch f.Rule {
		case ruleIndirect.String(), ruleSingleRole.String(), ruleSpecificPerson.String():
			return true
		}
	}
	return false
}

// personOfToday: the sentence speaks of the writer (« je », "my") or of
// someone of theirs (« ma voisine », « notre trésorière », "our
// treasurer"): a historical person beside them does not make their facts
// the history's.
func (a *analysis) personOfToday() bool {
	for _, an := range a.anchors {
		if an.kind == anchorSelf {
			return true
		}
	}
	toks := a.s.Toks
	for k := 0; k+1 < len(toks); k++ {
		if (writerOwns[toks[k].Norm] || ownDets[toks[k].Norm]) && toks[k+1].IsAny(cPerson, cKin, cRole) {
			return true
		}
	}
	return false
}

// oldDated: a year before centuryAgo stands in the sentence as a date
// (« en 1910 », « le 12 mars 1848 »), not as a birth: what the sentence
// tells is a century old.
func (a *analysis) oldDated() bool {
	if !a.digits {
		return false
	}
	toks := a.s.Toks
	for k := 1; k < len(toks); k++ {
		if !isOldYear(toks[k].Norm) || k > 1 && famousLists().history[toks[k-2].Norm] {
			continue
		}
		if p := toks[k-1].Norm; yearLinks[p] || monthName(p) || toks[k].Sep == '(' && toks[k].Norm < lastBirthOfTheDead {
			return true // « en 1910 », « le 12 mars 1848 », « (1791) »
		}
	}
	return false
}

// pastEra: token k names an era of the past (« de la Renaissance », « au
// Moyen Âge », "Victorian").
func (a *analysis) pastEra(k int) bool {
	toks := a.s.Toks
	switch n := toks[k].Norm; {
	case !eraWords[n]:
		return false
	case n == "renaissance":
		return toks[k-1].Norm == "la" && !toks[k-1].Has(text.Cap)
	case n == "moyen" || n == "middle":
		return k+1 < len(toks) && (toks[k+1].Norm == "age" || toks[k+1].Norm == "ages")
	}
	return true
}

// lifeAnniversary: token k is the death or the birth an anniversary is
// of (« les 150 ans de la naissance de », « bicentenaire de la mort
// de », "centenary of the death of"): any anniversary of a death, a
// hundredth or more of a birth.
func (a *analysis) lifeAnniversary(k int) bool {
	toks := a.s.Toks
	end, start := lifeEnds[toks[k].Norm], lifeStarts[toks[k].Norm]
	if !end && !start {
		return false
	}
	for m := k - 1; m >= max(0, k-4); m-- {
		if !anniversaries[toks[m].Norm] {
			continue
		}
		return end || centuries[toks[m].Norm] || m > 0 && hundredOrMore(toks[m-1].Norm)
	}
	return false
}

// hundredOrMore: w is a number of a hundred or more (« 150 », « 200e »).
func hundredOrMore(w string) bool {
	w = strings.TrimRight(w, "eth")
	return len(w) >= 3 && len(w) <= 4 && isDigits(w)
}
