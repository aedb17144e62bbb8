package classify

import (
	"strings"

	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A sentence that says its persons are invented — « Cas fictif pour la
// formation : Mme Lambert, 82 ans, veuve… », "Invented role-play: Karim,
// 30, just lost his job. Not a real person." — tells of no one (issue 7,
// section 4): its names are roles and its descriptions a character's, as
// after a label of characters (characters.go). It must say so in words
// (invented_markers.txt): an order to invent (« invente une histoire avec
// Léa ») does not, and a story about a real child stays about her.
//
// A real person may still hide in a « cas pratique »: contact details in
// the sentence or a word that says the case is real or drawn from one
// (« vrai », « inspiré de », "based on") keep every name and every
// finding; « notre », "our" beside a name (« notre bénéficiaire Mme
// Lambert ») keeps that name, and with it the facts of the sentence.

var (
	inventedMarkers   = lowered(lexicon.Phrases(lexicon.Data, "invented_markers"))
	realCaseWords     = lexicon.Words(lexicon.Data, "real_case_words")
	inventedNegations = lexicon.Words(lexicon.Data, "invented_negations") // not, pas: a real case denied
)

// lowered returns the entries in lower case.
func lowered(list []string) []string {
	out := make([]string, len(list))
	for k, p := range list {
		out[k] = strings.ToLower(p)
	}
	return out
}

// inventedCues are the words without which no marker of invented_markers
// stands in a sentence: the class cInventedCue, so that the sentence is
// read for the markers only when it holds one.
var inventedCues = lexicon.Words(lexicon.Data, "invented_cues")

// placeholderNames stand for anyone (data/words/placeholder_names.txt).
var placeholderNames = lexicon.Words(lexicon.Data, "placeholder_names")

// saysInvented: the sentence says its persons are invented.
func (a *analysis) saysInvented() bool {
	// marker_index.go: the markers in one pass over the sentence
	return inventedMarkerIndex.in(strings.ToLower(a.text[a.s.Start:a.s.End])) || a.inventedPair() // invented_pair.go: « locataire fictive »
}

// inventedSentence: the sentence says its persons are invented and
// nothing in it ties them to a real one.
func (a *analysis) inventedSentence() bool {
	if !a.has(cInventedCue) || len(a.sdirect) > 0 || !a.saysInvented() {
		return false
	}
	toks := a.s.Toks
	for k, t := range toks {
		if realCaseWords[t.Norm] && !negatedAt(toks, k) {
			return false // « inspiré d'une vraie situation », "based on a real case"
		}
		if inventedWord(toks, k) && negatedAt(toks, k) {
			return false // « ce n'est pas un cas inventé », "not made up": real
		}
	}
	return true
}

// inventedWord: the word at k says invented (invented_words.txt:
// « inventé », « fictif », "made-up"), not real.
func inventedWord(toks []text.Token, k int) bool {
	w := toks[k].Norm
	return inventedTokens[w] || w == "up" && k > 0 && toks[k-1].Norm == "made"
}

// inventedTokens are the words of invented_words.txt, as tokens hold them.
var inventedTokens = lexicon.Words(lexicon.Data, "invented_words")

// negatedAt: a negation stands in the two words before k ("not a real
// person", « pas une vraie personne »).
func negatedAt(toks []text.Token, k int) bool {
	for n := max(0, k-3); n < k; n++ {
		if inventedNegations[toks[n].Norm] {
			return true
		}
	}
	return false
}

// markInvented takes the capitalised words and civilities of an invented
// case, except those beside « notre », "our" (« notre bénéficiaire Mme
// Lambert »): the association's own people are real. A case describes
// its character by kin and trade (« mère de deux enfants », "a widow"):
// those words do not tie it.
//
// The next sentences of the value go on with the case (invented_pair.go)
// while none is real (inventedCarried).
func (a *analysis) markInvented() {
	carried, unverified := a.inventedNext, a.unverifiedNext
	a.inventedNext, a.unverifiedNext = false, false
	teaching := a.teachingSentence() // teaching_frame.go; read in the first sentence of every value
	story := a.workStorySentence()   // work_heading.go; likewise
	if !teaching && !story && !a.inventedSentence() && !(carried && a.inventedCarried()) {
		return
	}
	if !story && a.caseNamesSomeone() && a.ownMemberSaid() {
		return // « Cas fictif : Mme Le Roux (c'est notre bénévole du jeudi, vous la connaissez) … »: a real member, whatever the heading
	}
	a.inventedNext = true
	a.memo |= memoInvented
	if !story && (a.caseNamesSomeone() || carried && unverified) && !a.caseTiedToUs() {
		a.memo |= memoUnverifiedCase // its persons stay persons for the rules; dropInventedPersons makes doubts of them
		a.unverifiedNext = true      // « Cas fictif : M. Erwan Le Goff, 50 ans. Il est séropositif. »: the next sentences too
		return
	}
	a.takeCharacters()
}

// caseGoesOn open a sentence that goes on with the same case: a pronoun
// or a possessive of the case's person (« Son fils Marc », "His
// coordinator"), or a question on it (« Que proposer ? »).
var caseGoesOn = lexicon.Words(lexicon.Data, "case_goes_on")

// inventedCarried: a sentence after an invented case opens on the case's
// person or a question on it, gives no contact details and does not say
// the case is real.
func (a *analysis) inventedCarried() bool {
	if len(a.sdirect) > 0 || !caseGoesOn[a.s.Toks[0].Norm] {
		return false // « Sinon, Paul Girard est diabétique »: someone else
	}
	if a.newPersonTold(1) { // real_life.go: the first word carries the case
		return false // « Il s'agit en fait de M. Paul Girard »: a full name the case did not give
	}
	toks := a.s.Toks
	for k, t := range toks {
		if realCaseWords[t.Norm] && !negatedAt(toks, k) {
			return false // « En vrai, c'est Mme Roux »
		}
	}
	return true
}

// takeCharacters takes the capitalised words and civilities of the
// sentence, except those beside « notre », "our".
func (a *analysis) takeCharacters() {
	toks := a.s.Toks
	for k := range toks {
		if !toks[k].Has(text.Cap) && !toks[k].Is(cCivility) || a.tiedNear(k, ownDets) {
			continue
		}
		a.consumed[k] = true
	}
}

// tiedNear: a word of ties stands within three tokens of k.
func (a *analysis) tiedNear(k int, ties lexicon.WordSet) bool {
	toks := a.s.Toks
	for n := max(0, k-3); n < min(len(toks), k+4); n++ {
		if n != k && ties[toks[n].Norm] {
			return true
		}
	}
	return false
}

// dropInventedPersons removes what the rules found of a person in an
// invented case or inside a work: the description (indirect, single
// role, specific person) and the special-category facts of the character, unless a
// name stays in the sentence (one tied to the association): then the
// facts may be that person's.
func (a *analysis) dropInventedPersons() {
	k := a.sentenceFindings()
	if k == len(a.findings) || a.memo&memoInvented == 0 && !a.fictionSentence() && !a.storySentence() &&
		!a.labelledCharacters() { // fiction_frame.go, story_frame.go, characters.go
		return
	}
	if a.identifierFound() { // real_life.go: an address or a number the rules found since is someone's
		return
	}
	named := false
	for _, f := range a.findings[k:] {
		named = named || f.Rule == ruleName.String()
	}
	// A story read from a title alone or carried from the sentence before
	// (title_frame.go, story_frame.go) may be an outing of real members
	// (« « Le Malade imaginaire » : Paul, diabétique, accompagne Léa »):
	// its names go, its special-category facts stay, as precaution. A
	// sentence that says itself it tells a work (« le roman raconte »,
	// « l'héroïne, … », "in chapter two") keeps its characters' facts.
	named = named || a.memo&memoInvented == 0 && !a.fictionSentence() && !a.labelledCharacters() &&
		!(a.has(cStoryCue) && a.storyTold())
	if a.memo&memoUnverifiedCase != 0 {
		a.doubtUnverifiedCase(k)
		return
	}
	a.dropFindingsFrom(k, func(f Finding) bool {
		switch f.Rule {
		case ruleIndirect.String(), ruleSingleRole.String(), ruleSpecificPerson.String():
			return true
		case ruleHealth.String(), ruleOrigin.String(), ruleReligion.String(), rulePolitics.String(),
			ruleUnion.String(), ruleSexuality.String(), ruleCriminal.String(), ruleAggregate.String(),
			ruleLitigation.String(), rulePartner.String(), ruleInternal.String(), ruleHR.String(),
			ruleFinance.String(), rulePhoto.String():
			return !named // the case's lawsuit, debts and complaints too
		}
		return false
	})
}

// caseNamesSomeone: the case gives a person's civility and surname or
// full name (« Cas fictif : M. Kerneis, en conditionnelle », "Fictional
// case for training: Mrs Ellen Harte, 71"), not a first name alone
// (« Cas fictif : Karim, 30 ans ») nor a name that stands for anyone
// (« Mme X », « M. Dupont », placeholder_names.txt). Nothing tells such a case from a real
// member's file pasted under « cas fictif » (issue 7, part 1: the red
// team of 3 December 2026 passed 41 of 150 real persons' facts so): its
// facts stay, as a doubt that asks the volunteer whether the case is
// really invented.
func (a *analysis) caseNamesSomeone() bool {
	toks := a.s.Toks
	for k := 0; k+1 < len(toks); k++ {
		next := &toks[k+1]
		if !next.Has(text.Cap) || next.Sep != 0 && next.Sep != ' ' && next.Sep != '.' { // « M. Levy »
			continue
		}
		if placeholderNames[next.Norm] || len(next.Norm) == 1 {
			continue // « Mme X », « M. B. », « Monsieur Dupont »: anyone
		}
		if toks[k].Is(cCivility) || toks[k].Is(cFirst) && toks[k].Has(text.Cap) && (next.Is(cLast) || !next.IsAny(cFirst, cCapWord)) {
			return true
		}
	}
	return false
}

// ownMemberSaid: « notre bénévole », "our member" stands in the sentence.
func (a *analysis) ownMemberSaid() bool {
	toks := a.s.Toks
	for k := 0; k+1 < len(toks); k++ {
		if ownDets[toks[k].Norm] && memberships[toks[k+1].Norm] {
			return true
		}
	}
	return false
}

// caseTiedToUs: a civility or a name of the case stands beside
// « notre », "our" (« notre adhérente Mme Rivière »): the case is
// one of ours, takeCharacters keeps that name, and its facts stay blocked.
func (a *analysis) caseTiedToUs() bool {
	for k := range a.s.Toks {
		t := &a.s.Toks[k]
		if (t.Is(cCivility) || t.Has(text.Cap) && t.IsAny(cFirst, cLast)) && a.tiedNear(k, ownDets) { // not « our Saturday stall »
			return true
		}
	}
	return false
}

// doubtUnverifiedCase turns the blocking findings of a case that names
// someone, from finding k on, into doubts that say why: its name and
// what is told of the person (a fact, a description). A secret in it
// stays blocked; an identifier found by the byte scanner made the case a
// real one already (inventedSentence).
func (a *analysis) doubtUnverifiedCase(k int) {
	for n := k; n < len(a.findings); n++ {
		f := &a.findings[n]
		if f.Verdict != Blocked || f.Rule == ruleCredential.String() {
			continue
		}
		f.Verdict = Doubt
		f.Reason += i18n.T(" (cas présenté comme fictif, avec un nom : vérifiez qu’il l’est)",
			" (a case said to be made up, with a name: check that it is)")
		a.caseDoubted = true
	}
}

// unverifiedCaseHint ends the reason of the learned check when it blocks
// a case that names someone: the volunteer reads first how to make the
// case shareable.
func unverifiedCaseHint() string {
	return i18n.T(" ; pour un cas inventé, un prénom seul ou « Mme X » suffit",
		"; for a made-up case, a first name alone or “Ms X” will do")
}
