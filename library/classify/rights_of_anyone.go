package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A right or a duty stated for anyone of a kind is the law told as a
// leaflet tells it: « Un salarié licencié peut contester la décision
// devant le conseil de prud'hommes », « Toute personne condamnée peut
// demander l'effacement de son casier judiciaire », "Victims of domestic
// violence can call 3919", "A person who has been convicted can ask for
// their record to be cleared". Its special or confidential word is the
// topic of the rule, about no one.
//
// The subject opens the value, or follows a heading's colon: an
// indefinite or universal determiner (« un », « toute », « tous les »,
// « chaque », "a", "any"), « les » or nothing before a plural, then a
// person the law speaks of (right_holders.txt); or an officer of the law
// after « le », « la », "the" (law_officers.txt: « Le juge d'application
// des peines peut accorder… », « L'employeur doit convoquer… »). A verb
// of right follows within a dozen words (« peut », « a droit », "can",
// "have the right"; « doit », "must" for an officer).
// It is someone's case, not the law, when the value says more than this
// sentence, names or points at someone (a name, « il », « sa fille »,
// « notre cuisinier », « la seule »), places the subject in a group (« un enfant du centre »,
// "a child from our club", "of the club"), speaks in our voice, gives an
// age or a moment (« lundi », « depuis », « hier »), tells news, or says
// « peut pas » as one says of a case (« Une bénévole peut pas venir »).

var rightHolders = lexicon.Words(lexicon.Data, "right_holders")

// rightsOfAnyone: the sentence is a right or a duty stated for anyone.
func (a *analysis) rightsOfAnyone() bool {
	if len(a.names) > 0 || len(a.sdirect) > 0 {
		return false
	}
	toks := a.s.Toks
	q, _ := headingEnd(a.text, toks, ruleHeading)
	noun, officer := rightHolderAt(toks, q), false
	if noun < 0 {
		noun, officer = lawOfficerAt(toks, q), true
	}
	if noun < 0 || !a.wholeValue() || a.ownVoiceSaid() || a.ageGiven() || a.tellsNews() || a.momentSaid() || a.anyWordIn(dayWords) {
		return false // the subject's shape first: most sentences have none
	}
	verb := -1
	for k := noun + 1; k < min(len(toks), noun+13) && verb < 0; k++ {
		if !officer && placedInGroup(toks, k) {
			return false // « un enfant du centre », "a child from our club"; « le juge des enfants » is an office
		}
		if rightVerbAt(toks, k) || officer && dutyVerbs[toks[k].Norm] {
			verb = k
		}
	}
	if verb < 0 {
		return false
	}
	for k := range toks {
		t := &toks[k]
		if thirdPersonWords[t.Norm] && !subjectPossessives[t.Norm] || possessives[t.Norm] || t.Is(cUniqueWords) || t.Is(cPastTime) || atMoment(toks, k) {
			return false // « sa fille », « notre cuisinier », « la seule », « hier », « le 12 mars »: one case
		}
		if ourCaseWords[t.Norm] && t.Norm != "on" {
			return false // « … une libération conditionnelle à mon ex »: the writer's own case
		}
		if k > 0 && toks[k-1].Is(cModalWords) && t.Is(cDefiniteArticles) {
			return false // « Le juge peut la placer »: an object pronoun, someone's
		}
	}
	for _, an := range a.anchors {
		if !a.indefiniteAnchor(an.k) && !subjectPossessives[toks[an.k].Norm] && !rightHolderWord(toks[an.k].Norm) || a.ofOurGroup(an.k) {
			return false
		}
	}
	return true
}

// ruleHeading: a heading before the rule ends at a colon within six
// words (« Harcèlement au travail : tout salarié… »).
var ruleHeading = headingMarks{before: 7, leadingColon: true}

// rightHolderAt: the index of the person noun of a subject opening at q
// (« un salarié », « toute personne », « tous les salariés », « les
// étudiants », "Workers", "any employee"), or -1.
func rightHolderAt(toks []text.Token, q int) int {
	if q >= len(toks) {
		return -1
	}
	n := q + 1
	plural := false
	switch toks[q].Norm {
	case "un", "une", "tout", "toute", "chaque", "a", "an", "any", "every", "each":
	case "tous", "toutes":
		if n >= len(toks) || toks[n].Norm != "les" {
			return -1
		}
		n++
		plural = true
	case "les", "all":
		plural = true
	default:
		n, plural = q, true // "Workers on zero-hours contracts…", "People held in custody…"
	}
	if n >= len(toks) || !isRightHolder(toks[n].Norm, plural) {
		return -1
	}
	return n
}

// lawOfficers hold a power or a duty of the law (law_officers.txt).
var lawOfficers = lexicon.Words(lexicon.Data, "law_officers")

// dutyVerbs say an officer's duty (data/words/duty_verbs.txt).
var dutyVerbs = lexicon.Words(lexicon.Data, "duty_verbs")

// lawOfficerAt: the index of an officer after a definite article at q
// (« le juge », « l'employeur », "the landlord"), or -1.
func lawOfficerAt(toks []text.Token, q int) int {
	if q+1 >= len(toks) || !toks[q].Is(cDefiniteArticles) || !lawOfficers[toks[q+1].Norm] {
		return -1
	}
	return q + 1
}

// rightHolderWord: w is a right holder's noun, singular or
// plural: the subject itself, anchored by its own determiner.
func rightHolderWord(w string) bool {
	return isRightHolder(w, false) || isRightHolder(w, true)
}

// isRightHolder: w names a person the law speaks of; plural asks for a
// plural form (« salariés », "workers", "people").
func isRightHolder(w string, plural bool) bool {
	if !plural {
		return rightHolders[w]
	}
	switch w {
	case "people", "children", "women", "men":
		return true
	}
	last := len(w) - 1
	return last > 1 && (w[last] == 's' || w[last] == 'x') && rightHolders[w[:last]]
}

// placedInGroup: token k places the subject in a group of someone's:
// « du », « des », « au », « aux » (« un enfant du centre »), or « de »,
// "of", "from", "at" before an article or a possessive (« de la colo »,
// "from our club", "of the club").
func placedInGroup(toks []text.Token, k int) bool {
	switch toks[k].Norm {
	case "du", "des", "au", "aux":
		return true
	case "de", "d", "of", "from", "at":
		if k+1 < len(toks) {
			n := toks[k+1].Norm
			return toks[k+1].Is(cDefiniteArticles) || isPossessive(n) || n == "this" || n == "that"
		}
	}
	return false
}

// rightVerbAt: a verb of right at k: « peut », « peuvent », "can",
// "may", "cannot" (not « peut pas » without « ne »: a case's news), a
// benefit received (« perçoit », « bénéficie », "receives"), or
// « droit », "right", "entitled" after the verb that has them (« a
// droit », « ont droit », "have the right", "are entitled").
func rightVerbAt(toks []text.Token, k int) bool {
	prev := ""
	if k > 0 {
		prev = toks[k-1].Norm
	}
	switch toks[k].Norm {
	case "peut", "peuvent":
		if k+1 < len(toks) && (toks[k+1].Norm == "pas" || toks[k+1].Norm == "plus") && prev != "ne" && prev != "n" {
			return false // « Une bénévole peut pas venir »: one volunteer's news
		}
		return true
	case "can", "cannot", "may":
		return true
	case "droit":
		return prev == "a" || prev == "ont" || prev == "pas"
	case "right":
		return prev == "the" && k > 1 && (toks[k-2].Norm == "have" || toks[k-2].Norm == "has")
	case "entitled":
		return prev == "is" || prev == "are" || prev == "be"
	case "percoit", "percoivent", "beneficie", "beneficient", "receives", "receive":
		return true // « Un salarié en arrêt maladie perçoit des indemnités journalières »: what the law gives anyone of a kind
	}
	return false
}
