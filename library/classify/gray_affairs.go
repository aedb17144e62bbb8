package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// The association's own affairs told as unsettled (issue 7, section 4,
// the gray zone). Gray is news of the association that is not public or
// not settled yet, and every writer words it differently; what marks it
// in any wording is the pair of who the sentence is about — the
// association speaking of itself (« on », « nous », « notre », "we",
// "our", its board) or one of its matters (members, funding, partners,
// activities) — and the mood it is told in: the conditional (« la
// mairie réduirait », « on pourrait fermer »: in French the mood of
// hearsay and of plans), or a word that leaves it open (« pas encore »,
// « toujours pas », « peut-être », « on attend », "not yet", "might").
// How its people feel (« les bénévoles sont épuisés », "fed up") is news
// from inside as well. The same speaker telling that one of its matters
// falls, is lost or is in trouble (« notre subvention a chuté », "our funding has fallen") is
// a change of state of the association, news of its own as well. The
// lists are data (data/cues/affair_*.txt, data/words/fall_words.txt,
// trouble_words.txt); the conditional is read from the verb's ending. A sentence that addresses its public, says it
// is published or names the weather is an announcement: it passes.

// quantityLinks follow a word of fall that is a quantity or a topic's
// head, not a change (« moins de », « perte d' », "less than").
var quantityLinks = lexicon.Words(lexicon.Data, "quantity_links")

// affair names one list of the rule.
type affair uint8

const (
	affNone       affair = iota
	affSubject           // on, nous, notre, we, our: the association speaks of itself
	affOpen              // pas encore, toujours pas, on attend, not yet: left open
	affModal             // peut-être, probablement, might: perhaps, unless a condition says when
	affPermission        // may: perhaps, or allowed: only right before a change (« may cut »)
	affFeeling           // inquiets, à bout, fed up: how people of the association feel
	numAffairs
)

// affairFiles maps each list to its file.
var affairFiles = [numAffairs]string{
	affSubject:    "data/cues/affair_subjects.txt",
	affOpen:       "data/cues/affair_open.txt",
	affModal:      "data/cues/affair_modal.txt",
	affPermission: "data/cues/affair_permission.txt",
	affFeeling:    "data/cues/affair_feeling.txt",
}

// affairSet is the set of lists found in a sentence.
type affairSet = listSet[affair]

var _ [64 - numAffairs]struct{} // the set has room for every list

// findUnsettledAffairs reports an affair of the association told as
// unsettled, or as changed by a loss or a fall when the association
// speaks of it itself: doubt, so that a volunteer checks before it leaves.
func (a *analysis) findUnsettledAffairs() {
	as := affairSet(a.listsFound(dAffair))
	own := as.has(affSubject) || a.has(cBoard)
	if !own && !a.ownMatter() {
		return
	}
	changed := own && a.hasAny(cFall, cTrouble) && a.stateChanged() && a.ownMatter()
	changed = changed || as.has(affFeeling) && (own || a.hasAny(cOwnPeople, cPopulation, cBoard))
	if !changed && !a.unsettledMood(as) || a.announced() {
		return
	}
	a.add(ruleInternal, 0, len(a.s.Toks))
}

// ownMatter: the sentence names a matter of the association: its
// members, activities, funding, partners, or a cue of its matters.
func (a *analysis) ownMatter() bool {
	if a.hasAny(cActivity, cFunding, cOrg, cPartnerBody, cOwnPeople) {
		return true
	}
	cs := a.sentenceCues()
	return cs.has(cueOurMatter) || cs.has(cueMember)
}

// unsettledMood: an entry of the open list; or a modal entry that is not
// a month (« May 12 ») or a verb in the conditional, when no condition
// (« si », "if") makes it a rule for all (« pourrait être annulé si… ») and
// no limit makes it a capacity (« pourrait accueillir jusqu'à 120 »).
func (a *analysis) unsettledMood(as affairSet) bool {
	if as.has(affOpen) {
		return true
	}
	if a.has(cLimit) || a.sentenceCues().has(cueCondition) {
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
	for _, t := range toks {
		if conditionalForm(t.Norm) {
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
// that every verb counts; the nouns that end so (« portrait »,
// « extrait », « retrait ») end in -trait.
func conditionalForm(w string) bool {
	if len(w) < 6 || strings.HasSuffix(w, "trait") || strings.HasSuffix(w, "traient") {
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
