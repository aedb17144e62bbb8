package classify

import (
	"strings"

	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Confidential matters told without a keyword (issue 7): a negotiation
// margin ("on propose 500, on vise 650, on peut descendre à 450"), a
// refused application sent again under another name, a suspicion against
// someone of the association. The method: what would harm the
// association or a person if a partner or the public read it.

func (a *analysis) findUnnamedStrategy() {
	if (a.has(cMargin) || a.has(cOpening) && a.limit()) && a.numbers() >= 2 || a.oneMarginWithLimit() { // strategy_one_margin.go
		a.add(ruleNegotiation, 0, len(a.s.Toks))
	}
	if a.isPublished() {
		return
	}
	if a.has(cRefused) && a.has(cResubmit) && !a.asksProcedure() || a.grantReused() { // grant_reused.go
		a.add(ruleGrant, 0, len(a.s.Toks))
	}
	if a.has(cFraud) && a.hasAny(cFigures, cFunding) {
		a.add(ruleFinance, 0, len(a.s.Toks)) // "on gonfle les chiffres pour le dossier"
	}
	if a.has(cRecruit) && a.rivalBody() && a.hasAny(cPopulation, cPerson) && !a.sentenceGeneric() {
		a.add(ruleHR, 0, len(a.s.Toks)) // luring another body's people
	}
	if a.suspicion() {
		a.addAs(ruleCriminal, Blocked, 0, len(a.s.Toks),
			i18n.T("soupçon visant une personne de l'association", "suspicion against a person of the association"))
	}
}

// rivalBody: a rival word that qualifies another body (« le centre
// voisin », "the competitor"), not a neighbour who is a person: « notre
// voisine », « la voisine du 3e » stand after a determiner, in the
// singular (« les bénévoles des voisins » are a body's). « face » is the
// body across the street only after « en » (« l'asso d'en face »), not
// « face à un propriétaire ».
func (a *analysis) rivalBody() bool {
	toks := a.s.Toks
	for i, t := range toks {
		if !t.Is(cRival) {
			continue
		}
		if (t.Norm == "voisin" || t.Norm == "voisine") && i > 0 && neighbourDeterminers[toks[i-1].Norm] {
			continue
		}
		if t.Norm == "face" && (i == 0 || toks[i-1].Norm != "en") {
			continue
		}
		return true
	}
	return false
}

var neighbourDeterminers = lexicon.Words(lexicon.Data, "neighbour_determiners")

// limit: a limit word, "jusqu'" only before an amount ("jusqu'à 15",
// not "jusqu'au 31 octobre").
func (a *analysis) limit() bool {
	toks := a.s.Toks
	for i, t := range toks {
		if !t.Is(cLimit) {
			continue
		}
		if t.Norm != "jusqu" || i+2 < len(toks) && toks[i+1].Norm == "a" && toks[i+2].Has(text.Digit) {
			return true
		}
	}
	return false
}

// numbers counts the amounts of the sentence (numbers of two digits or
// more: "500", "11 500", "12 €", and percentages: « 8 % »), hours and
// dates aside.
func (a *analysis) numbers() int {
	n := 0
	toks := a.s.Toks
	for i, t := range toks {
		if !t.Has(text.Digit) || i > 0 && toks[i-1].Has(text.Digit) && (!t.Spaced || len(t.Norm) == 3) {
			continue // the rest of "11 500", "2,000"
		}
		group := i+1 < len(toks) && toks[i+1].Has(text.Digit) && (!toks[i+1].Spaced || len(toks[i+1].Norm) == 3)
		percent := strings.HasPrefix(strings.TrimLeft(a.text[t.End:min(len(a.text), int(t.End)+4)], " \u00a0\u202f"), "%") // « 8 % »
		if (len(t.Norm) >= 2 || group || percent) && !(i+1 < len(toks) && (toks[i+1].Norm == "h" || monthName(toks[i+1].Norm))) {
			n++
		}
	}
	return n
}

// suspicion: a word of suspicion and a person (a name, a single role)
// in the sentence: "on soupçonne la trésorière", "certains pensent que
// c'est le secrétaire", "the vice-chair is claiming fake expenses". A
// question on how to act in general (« Comment éviter que les rumeurs
// circulent dans une petite équipe ? ») suspects no one: its indefinite
// persons and roles are whoever.
func (a *analysis) suspicion() bool {
	if !a.suspicionWord() && !a.conditionalMisuse() && !a.blameSaid() {
		return false
	}
	if len(a.names) > 0 {
		return true
	}
	general := a.asksProcedure() // "What should trustees do if they suspect a staff member of fraud?"
	for _, an := range a.anchors {
		if general && isIndefinite(a.s.Toks[an.k].Norm) {
			continue // whoever it may be
		}
		if an.role || an.kind == anchorPerson || an.kind == anchorPronoun {
			return true
		}
	}
	return a.has(cRole) && !general // "les notes de frais du président"
}

// suspicionWord: a word of suspicion stands in the sentence, but not
// « faux », « fausses » before a thing they name (« fausses couches »,
// « faux plafond »: not_forged.txt).
func (a *analysis) suspicionWord() bool {
	if !a.has(cSuspicion) {
		return false
	}
	toks := a.s.Toks
	for k := range toks {
		if toks[k].Is(cSuspicion) && !a.thingCalledFalse(k) {
			return true
		}
	}
	return false
}

// thingCalledFalse: « faux », « fausse(s) », "fake" at k name the thing
// right after them, in the same phrase: « fausses couches », « faux
// plafond », "fake snow".
func (a *analysis) thingCalledFalse(k int) bool {
	toks := a.s.Toks
	switch toks[k].Norm {
	case "faux", "fausse", "fausses", "fake":
	default:
		return false
	}
	if k+2 < len(toks) && (toks[k+2].Norm == "de" || toks[k+2].Norm == "d" || toks[k+2].Norm == "of") {
		return false // « fausses notes de frais »: the thing is the expense claim
	}
	if toks[k].Norm == "fake" && k+1 < len(toks) && (toks[k+1].Norm == "note" || toks[k+1].Norm == "notes") {
		return false // "fake notes" are banknotes; « fausses notes » are sung
	}
	return k+1 < len(toks) && toks[k+1].Sep == 0 && notForged[toks[k+1].Norm]
}

// notForged are the things « faux » names (data/words/not_forged.txt).
var notForged = lexicon.Words(lexicon.Data, "not_forged")

// blameSaid: "certains pensent que c'est le trésorier", "on croit que
// c'est lui": a belief pointing at someone.
func (a *analysis) blameSaid() bool {
	if !a.has(cBelief) {
		return false
	}
	toks := a.s.Toks
	for i := 0; i+3 < len(toks); i++ {
		switch toks[i].Norm {
		case "pense", "pensent", "croit", "croient", "soupconne":
			if toks[i+1].Norm == "que" && toks[i+2].Norm == "c" && toks[i+3].Norm == "est" {
				return true
			}
		}
	}
	return false
}

// conditionalMisuse: a conditional about the association's money or
// means ("utiliserait la carte de l'asso", "se ferait rembourser").
func (a *analysis) conditionalMisuse() bool {
	if !a.has(cMisuse) {
		return false
	}
	cond, means := false, false
	for _, t := range a.s.Toks {
		n := t.Norm
		cond = cond || conditionalForm(n) // gray_affairs.go: not « extrait », « portrait »
		means = means || a.lex.in(n, cMisuse)
	}
	return cond && means
}

// asksProcedure: the sentence asks or teaches how to do something in
// general (« Comment réécrire un dossier refusé pour le représenter ? »,
// "Can we reuse parts of an unsuccessful application?": an interrogative
// or two words of permission_openers.txt, then a question mark), not
// what the association does.
func (a *analysis) asksProcedure() bool {
	if a.howToQuestion() || a.asksHow() || a.startsGeneric() {
		return true
	}
	toks := a.s.Toks
	return len(toks) > 1 && permissionOpeners[toks[0].Norm+" "+toks[1].Norm] && a.endsOnQuestion()
}

// permissionOpeners open a question on whether something may be done
// (data/words/permission_openers.txt).
var permissionOpeners = phraseSet("permission_openers")
