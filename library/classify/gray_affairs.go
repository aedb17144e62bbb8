package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// The association's own affairs told as unsettled (issue 7, section 4,
// the gray zone). Gray is news of the association that is not public or
// not settled yet, and every writer words it differently; what marks it
// in any wording is who the sentence is about — the association speaking
// of itself (« on », « nous », « notre », "we", "our", its board) or one
// of its matters (members, funding, partners, activities) — and how it is
// told:
//   - in the conditional (« la mairie réduirait », « on pourrait fermer »:
//     in French the mood of hearsay and of plans, read from the verb's
//     ending) or with a word that leaves it open (« pas encore »,
//     « toujours pas », « peut-être », « on attend », "not yet", "might");
//   - as a change of state told by the association itself: one of its
//     matters falls, is lost or is in trouble (« notre subvention a
//     chuté », "our funding has fallen");
//   - as how its people feel (« les bénévoles sont épuisés », "fed up");
//   - as what its board does (« le bureau a reçu… », "the committee
//     met") or what it decided itself (« on a décidé », "we have
//     decided"): its acts are internal until announced;
//   - as something of ours that stops (« ne nous prête plus »);
//   - as a matter gone wrong: stuck or not come (« mis entre
//     parenthèses », « n'est pas arrivée », "on hold"), money short
//     (« à sec », "at a loss"), a mishap (« s'est blessé », "broke
//     into"). These phrases say by themselves that something of ours is
//     at stake, but only of ours: a word of ours or one of our matters
//     must stand in the sentence (« Le mur de Berlin est tombé », « le
//     colis n'est pas arrivé » are no news of ours: a reviewer found 79
//     public sentences doubted when they needed none); the weather, a
//     publication or a notice's heading still makes them public.
// A share of its public is a statistic about it (gray_share.go). The
// lists are data (data/cues/affair_*.txt, data/words/fall_words.txt,
// trouble_words.txt). A sentence that addresses its public, says it is
// published or names the weather is an announcement: it passes.

// quantityLinks follow a word of fall that is a quantity or a topic's
// head, not a change (« moins de », « perte d' », "less than").
var quantityLinks = lexicon.Words(lexicon.Data, "quantity_links")

// findUnsettledAffairs reports an affair of the association told as
// unsettled, changed, felt from inside or done by its board: doubt, so that a volunteer
// checks before it leaves; a share of its public is a statistic. The
// stage runs only on a sentence with an entry of the rule's lists or of
// the cues, or a word of the association's matters (stages.go): without
// them, nothing here can fire.
func (a *analysis) findUnsettledAffairs() {
	as := affairSet(a.listsFound(dAffair))
	if a.shareOfPublic(as) {
		a.add(ruleAggregate, 0, len(a.s.Toks))
		return
	}
	cs := a.sentenceCues()
	own := as.has(affSubject) || a.has(cBoard)
	if !own && !a.ownMatter(cs) && !a.ownDecided() {
		return
	}
	told := a.unsettledMood(as, cs) || a.ownBody() || own && a.stateChanged() && a.ownMatter(cs) || a.feltInside(as, own) ||
		a.ownDecided() || (own || a.has(cOwnPeople) && a.ownMatter(cs)) && a.noLonger()
	hedged := own && a.hedged(cs) // « Nous allons probablement ouvrir un deuxième groupe de parole »
	if told && !a.announced() || hedged && !a.reportedOrHeaded() && !a.addressesPublic() || a.goneWrong(as) && !a.reportedOrHeaded() {
		a.add(ruleInternal, 0, len(a.s.Toks))
	}
}

// reportedOrHeaded: the weather, a publication or a public notice's
// heading. A matter stuck, short of money or hit by a mishap is no offer
// to a public, so a word that speaks to one (« venez », "come") or names
// an event (« soirée », « courses ») does not make it announced.
func (a *analysis) reportedOrHeaded() bool {
	return a.has(cWeather) || a.isPublishedNow() || a.startsGeneric()
}

// feltInside: a word of feeling beside the association's people, its
// board or the association speaking of itself.
func (a *analysis) feltInside(as affairSet, own bool) bool {
	return as.has(affFeeling) && (own || a.hasAny(cOwnPeople, cPopulation, cBoard))
}

// ownDeciders and haveForms: the association as the one who decides
// (« on », « nous », « l'équipe », "we") and the English forms of "have"
// (the French ones are avoirForms, gray_incident_tense.go).
var (
	ownDeciders = lexicon.Words(lexicon.Data, "own_deciders")
	haveForms   = lexicon.Words(lexicon.Data, "have_forms")
)

// ownDecided: the association tells a decision it took (« on a décidé
// de… », « nous avons refusé l'offre », « l'équipe a choisi », "we have
// decided", "we decided"): internal until it is announced, like its
// board's (gray.go boardDecision).
func (a *analysis) ownDecided() bool {
	if !a.has(cDecision) {
		return false
	}
	toks := a.s.Toks
	for i := 0; i+1 < len(toks); i++ {
		if !ownDeciders[toks[i].Norm] {
			continue
		}
		k := i + 1
		if k+1 < len(toks) && (avoirForms[toks[k].Norm] || haveForms[toks[k].Norm]) {
			k++
		}
		if toks[k].Is(cDecision) && k > i+1 || toks[k].Is(cDecision) && toks[i].Norm == "we" {
			return true // "we decided": the English past needs no auxiliary
		}
	}
	return false
}

// noLonger: « ne … plus » or "no longer", "not … anymore": something of
// the association stops (« la région ne finance plus notre action »,
// « les bénévoles du jeudi ne viendront plus »).
func (a *analysis) noLonger() bool {
	toks := a.s.Toks
	for i, t := range toks {
		switch {
		case t.Norm == "ne" || t.Norm == "n":
			for k := i + 1; k < min(len(toks), i+4); k++ {
				if toks[k].Norm == "plus" {
					return true
				}
			}
		case t.Norm == "longer" && i > 0 && toks[i-1].Norm == "no", t.Norm == "anymore":
			return true
		}
	}
	return false
}

// goneWrong: one of the association's matters is told as stuck, short of
// money or hit by a mishap (« le projet est mis entre parenthèses », « on
// est à sec », « un bénévole s'est blessé », "our grant hasn't been
// paid"): news from inside that nobody has announced yet.
func (a *analysis) goneWrong(as affairSet) bool {
	return as&(1<<affStalled|1<<affMoney|1<<affMishap) != 0
}

// ownMatter: the sentence names a matter of the association: its
// members, activities, funding, partners, or a cue of its matters.
func (a *analysis) ownMatter(cs cueSet) bool {
	if a.hasAny(cActivity, cFunding, cOrg, cPartnerBody, cOwnPeople) {
		return true
	}
	return cs.has(cueOurMatter) || cs.has(cueMember)
}

// unsettledMood: an entry of the open list; or a modal entry that is not
// a month (« May 12 ») or a verb in the conditional, when no condition
// (« si », "if") makes it a rule for all (« pourrait être annulé si… ») and
// no limit makes it a capacity (« pourrait accueillir jusqu'à 120 »).
func (a *analysis) unsettledMood(as affairSet, cs cueSet) bool {
	if as.has(affOpen) {
		return true
	}
	if a.has(cLimit) || cs.has(cueCondition) {
		return false
	}
	toks := a.s.Toks
	if as.has(affModal) || as.has(affPermission) {
		for _, h := range a.hits {
			if h.dict != dAffair || monthLike(toks, h.i) {
				continue
			}
			if h.val == int(affModal) || h.val == int(affPermission) && h.j < len(toks) && toks[h.j].IsAny(cChange, cFall, cTrouble) {
				return true
			}
		}
	}
	for k := range toks { // by index: a token is 64 bytes to copy
		if conditionalForm(toks[k].Norm) {
			return true
		}
	}
	return false
}

// monthLike: a capitalised word inside the sentence, or one before a
// number, is a name or a date (« en May », "May 12"), not a modal.
func monthLike(toks []text.Token, i int) bool {
	return i > 0 && toks[i].Has(text.Cap) || i+1 < len(toks) && toks[i+1].Has(text.Digit)
}

// conditionalForm: a French verb in the conditional, third person
// (« serait », « pourraient », « fermerait »): the ending, not a list, so
// that every verb counts. The nouns that end so (« portrait »,
// « extrait », « retrait ») and the present of -traire verbs
// (« extraient ») end in -trait, -traient; the conditional of -ttre
// verbs (« mettrait », « permettraient ») in -ttrait, whose only noun is
// « attrait ».
func conditionalForm(w string) bool {
	if len(w) < 6 || w[len(w)-1] != 't' || w == "attrait" {
		return false
	}
	if (strings.HasSuffix(w, "trait") || strings.HasSuffix(w, "traient")) &&
		!strings.HasSuffix(w, "ttrait") && !strings.HasSuffix(w, "ttraient") {
		return false
	}
	return strings.HasSuffix(w, "rait") || strings.HasSuffix(w, "raient")
}

// announced: the sentence speaks to its public, says it is published,
// names the weather or opens as a public notice: an announcement.
func (a *analysis) announced() bool {
	return a.has(cWeather) || a.addressesPublic() || a.isPublishedNow() || a.startsGeneric() || a.sentenceGeneric()
}

// stateChanged: a word of loss, fall or trouble that says what happens to
// something (« nos dons ont baissé », "we lost our coach"), not a
// quantity or a topic it heads (« moins de 12 ans », « perte
// d'autonomie »).
func (a *analysis) stateChanged() bool {
	if !a.hasAny(cFall, cTrouble) {
		return false
	}
	toks := a.s.Toks
	for i, t := range toks {
		if !t.IsAny(cFall, cTrouble) {
			continue
		}
		if i+1 == len(toks) || !quantityLinks[toks[i+1].Norm] {
			return true
		}
	}
	return false
}

// ownBodies are the association's board and committees (« bureau »,
// « CA », "trustees"); bodyQualifiers beside one make it a public body,
// another body or a thing (« conseil municipal », « comité des fêtes »,
// "board game"); bodyNotActing before one make it an office or another
// body's meeting (« au bureau », « voté en conseil »).
var (
	ownBodies      = lexicon.Words(lexicon.Data, "own_bodies")
	bodyQualifiers = lexicon.Words(lexicon.Data, "body_qualifiers")
	bodyNotActing  = lexicon.Words(lexicon.Data, "body_not_acting")
	bodyArticles   = lexicon.Words(lexicon.Data, "body_aside_articles") // le, du, the: between a board word and the word that sets it aside
)

// ownBody: the association's own board takes part in what the sentence
// tells (« le bureau s'est réuni », "the board is split"): its acts are
// internal until announced. A board that only signs (« Signé : le
// bureau ») or owns ("the trustees' report") does not act.
func (a *analysis) ownBody() bool {
	if !a.has(cBoard) || a.hasPhraseOf(roleVacancy) {
		return false // « sera élue par le bureau », « se compose de »: how a post is filled
	}
	toks := a.s.Toks
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].Is(cBoard) || !ownBodies[toks[i].Norm] || len(toks[i].Norm) <= 2 && !toks[i].Has(text.Upper) ||
			toks[i+1].Sep == '\'' || bodyQualifiers[toks[i+1].Norm] {
			continue // « ça » is no « CA »
		}
		if insideWebAddress(toks, i, i+1) || a.bodyServes(i) {
			continue // « contact@comite-tilleuls.fr »; body_serves.go: « le comité prête les tables »
		}
		if !a.bodyNamedAside(i) {
			return true
		}
	}
	return false
}

// bodyNamedAside: the word before the board word at i, past one
// article, makes it an office or a place (« au bureau », « salle du
// conseil », « voté en conseil »).
func (a *analysis) bodyNamedAside(i int) bool {
	toks := a.s.Toks
	k := i - 1
	if k >= 0 && bodyArticles[toks[k].Norm] {
		k--
	}
	return k >= 0 && (bodyNotActing[toks[k].Norm] || bodyQualifiers[toks[k].Norm])
}

// hedgeWords leave a plan open (data/words/hedge_words.txt).
var hedgeWords = lexicon.Words(lexicon.Data, "hedge_words")

// hedged: an adverb leaves what the sentence tells open (« probablement »,
// « peut-être », « sans doute », "maybe"), not a count (« probablement
// 200 »), no condition makes it a rule for all and no limit a capacity.
func (a *analysis) hedged(cs cueSet) bool {
	if a.has(cLimit) || cs.has(cueCondition) {
		return false
	}
	toks := a.s.Toks
	for k := range toks {
		w := &toks[k]
		if hedgeWords[w.Norm] || k > 0 && (w.Norm == "etre" && toks[k-1].Norm == "peut" && joinedByHyphen(*w) || w.Norm == "doute" && toks[k-1].Norm == "sans") {
			if k+1 < len(toks) && (toks[k+1].Has(text.Digit) || isCount(toks[k+1])) {
				continue // « Nous étions probablement 200 à la marche »: a guess at a count
			}
			return true
		}
	}
	return false
}
