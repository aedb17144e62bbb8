package classify

import (
	"slices"
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A public text asks its readers a question to reach those it is for
// (issue 7, section 4): « Vous êtes sourd ou malentendant ? La
// conférence sera traduite », « Si vous êtes enceinte, parlez-en à
// votre sage-femme », "Do you struggle with anxiety? Our free sessions…",
// « Ancien détenu ? Le programme de réinsertion recrute ». The special-
// category word is about whoever reads the poster, not about someone:
// the sentence asks, it states nothing. It is such an appeal when
//   - it asks the reader (a question whose subject is « vous », « tu »,
//     "you", or a question without a verb, a name or a pronoun:
//     « Enceinte et sans logement ? »), opens on « si vous », "if you",
//     tells the reader what they may or must do (« vous pouvez », "you
//     can") or holds a condition on them ("if the police stop you");
//   - the value offers something (appeal_offers.txt: « venez », « gratuit
//     », « permanence », "join", "free");
//   - and nothing points at one person: no name, no civility, no contact
//     details, no « toujours », "still" (« Vous êtes toujours sous
//     méthadone ? » presumes what it asks).
// Its special-category findings and descriptions of a person go, once
// the value is read, if no other sentence names someone.

var (
	appealOffers   = lexicon.Words(lexicon.Data, "appeal_offers")
	readerSubjects = pronounUses.of("reader")
	// presumedWords say the asker knows the answer already (data/words/presumed_words.txt).
	presumedWords = lexicon.Words(lexicon.Data, "presumed_words")
	// fragmentPersons in a verbless question point at someone told of.
	fragmentPersons = pronounUses.of("fragment")
)

// noteReaderAppeal notes a sentence that asks the readers of a public
// appeal; dropReaderAppeals reads the notes when the value is done.
func (a *analysis) noteReaderAppeal() {
	k := a.sentenceFindings()
	if k == len(a.findings) {
		a.oneAsked = a.oneAsked || a.endsOnQuestion() && a.anyWordIn(readerSelf) // no_one_told.go: « tu », « te », « toi » // « Tu viens quand même à l'atelier ? »
		return
	}
	if !a.appealSentence() {
		return
	}
	a.readerAppeals = append(a.readerAppeals, [2]int{a.s.Start, a.s.End})
}

// dropReaderAppeals removes the special-category facts and descriptions
// of a person of the sentences noted as appeals, unless the value names
// someone in another sentence (« Vous êtes séropositif ? Karim aussi. »)
// or asks one « tu » another question, as a chat does (« Tu es enceinte ?
// Tu viens quand même à l'atelier ? »).
// Called once the value is read.
func (a *analysis) dropReaderAppeals() {
	if a.oneAsked {
		return // « Tu es enceinte ? Tu viens quand même à l'atelier ? »: a chat with one person, who is told of
	}
	for _, f := range a.findings {
		if f.Rule == ruleName.String() {
			return
		}
	}
	a.findings = slices.DeleteFunc(a.findings, func(f Finding) bool {
		switch f.Rule {
		case ruleHealth.String(), ruleOrigin.String(), ruleReligion.String(), rulePolitics.String(),
			ruleUnion.String(), ruleSexuality.String(), ruleCriminal.String(), ruleHR.String(),
			ruleIndirect.String(), ruleSingleRole.String(), ruleSpecificPerson.String():
		default:
			return false
		}
		for _, sp := range a.readerAppeals {
			if f.Start >= sp[0] && f.End <= sp[1]+1 {
				return true
			}
		}
		return false
	})
}

// appealSentence: the sentence asks the reader of a value that offers
// something, and points at no one.
func (a *analysis) appealSentence() bool {
	toks := a.s.Toks
	advice := a.asksAdvice()                                                                           // advice_question.go: « Que faire si quelqu'un fait une crise ? »
	if len(a.sdirect) > 0 || !advice && (!a.asksReader() || a.thirdPersonTold()) || a.realLifeSaid() { // real_life.go
		return false
	}
	for k := range toks {
		if k > 0 && toks[k].Has(text.Cap) && !capOpensClause(toks[k]) && !toks[k].Is(cCapWord) && !a.isAcronym(k) || toks[k].Is(cCivility) || presumedWords[toks[k].Norm] {
			return false // « Madame Roux, vous êtes diabétique ? »
		}
	}
	for _, f := range a.findings[a.sentenceFindings():] {
		if f.Rule == ruleName.String() {
			return false
		}
	}
	if advice {
		return a.adviceAnyone()
	}
	return !a.pointsAtSomeone() && (a.offersSomething() || a.ordersReader())
}

// pointsAtSomeone: a known person stands in the sentence (« l'enfant
// fait une crise », « il »), not one the reader may meet (« un avocat »),
// their own (« votre sage-femme ») or the anyone a notice speaks of
// (« ne pas bouger la personne », "someone with dementia"); an acronym
// names a body (« le SAMU »).
func (a *analysis) pointsAtSomeone() bool {
	toks := a.s.Toks
	for _, an := range a.anchors {
		switch {
		case noticePersons[toks[an.k].Norm] || an.k+1 < len(toks) && noticePersons[toks[an.k+1].Norm]:
			// the anchor is anyone the notice speaks of, or its article
		case an.kind != anchorPerson:
			return true
		case isIndefinite(toks[an.k].Norm) || readerPossessives[toks[an.k].Norm]:
			// « vous pouvez demander un avocat », « votre sage-femme »: no one known
		default:
			return true
		}
	}
	return false
}

var noticePersons = lexicon.Words(lexicon.Data, "notice_persons")

// readerOrders open a clause that tells the reader whom to call or warn.
var (
	readerOrders = lexicon.Words(lexicon.Data, "reader_orders")
	orderJoiners = lexicon.Words(lexicon.Data, "order_joiners")
)

// ordersReader: a clause opens on an order to call or warn someone
// (« En cas de malaise, appelez le 15 », "In case of emergency, call
// 999", « … et appeler le 15 »).
func (a *analysis) ordersReader() bool {
	if !a.has(cReaderOrder) {
		return false // the class first (set_classes.go): most sentences order nothing
	}
	toks := a.s.Toks
	for k := range toks {
		if toks[k].Is(cReaderOrder) && (k == 0 || isClauseSep(toks[k].Sep) || orderJoiners[toks[k-1].Norm]) {
			return true
		}
	}
	return false
}

// asksReader: the sentence opens on « si vous », "if you", puts a case
// that may arise (« en cas de malaise »), orders the reader to call
// someone, or is a question put to the reader: « vous », « tu », "you"
// among its first three words, or no verb of someone told of in a short
// question.
func (a *analysis) asksReader() bool {
	toks := a.s.Toks
	// the word classes first (set_classes.go): without « vous », "you" in
	// the sentence, neither « si vous » nor « vous pouvez » can stand
	reader := a.has(cReaderSubject)
	if reader && len(toks) > 1 && toks[0].Is(cAppealIf) && toks[1].Is(cReaderSubject) {
		return true
	}
	for k := 0; reader && k+1 < len(toks); k++ {
		if toks[k].Is(cReaderSubject) && readerModals[toks[k+1].Norm] {
			return true // « en garde à vue, vous pouvez demander un avocat »: advice to whoever reads
		}
		if toks[k].Is(cAppealIf) && a.readerInClause(k+1) {
			return true // "know your rights if the police stop you"
		}
	}
	if a.caseMayArise() || a.ordersReader() {
		return true // « En cas de malaise, appelez le 15 »: advice to whoever reads
	}
	if !a.endsOnQuestion() {
		return false
	}
	for k := 0; reader && k < min(3, len(toks)); k++ {
		if toks[k].Is(cReaderSubject) {
			return true
		}
	}
	if len(toks) > 6 {
		return false
	}
	for k := range toks {
		if fragmentPersons[toks[k].Norm] || toks[k].Has(text.Digit) {
			return false // « Elle est enceinte ? »
		}
	}
	return true // « Enceinte et sans logement ? »
}

// caseMayArise: « en cas de », "in case of", "in the event of" frames
// one of the sentence's words as a case that may arise (hypothetical.go).
func (a *analysis) caseMayArise() bool {
	if !a.has(cCaseHeads) {
		return false // no « cas », "case", "event": no case can be framed (hypothetical.go)
	}
	for k := 2; k < len(a.s.Toks); k++ {
		if a.hypotheticalBefore(k) {
			return true
		}
	}
	return false
}

// readerModals after « vous », "you" say what the reader may do (data/words/reader_modals.txt).
var readerModals = lexicon.Words(lexicon.Data, "reader_modals")

// readerInClause: « vous », "you" stands in the clause that opens at k,
// within six words.
func (a *analysis) readerInClause(k int) bool {
	toks := a.s.Toks
	for m := k; m < min(len(toks), k+6); m++ {
		if m > k && isClauseSep(toks[m].Sep) {
			return false
		}
		if toks[m].Is(cReaderSubject) {
			return true
		}
	}
	return false
}

// offersSomething: a word of the value offers something to its readers.
// Read only for a sentence that asks them: a few words of a short value.
func (a *analysis) offersSomething() bool {
	for _, w := range strings.FieldsFunc(text.Fold(a.text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 0x80)
	}) {
		if appealOffers[w] {
			return true
		}
	}
	return false
}

// capOpensClause: the token opens a title or a clause after a colon or a
// quotation mark ("Workshop: 'Know your rights…'"), where a capital
// names no one.
func capOpensClause(t text.Token) bool {
	return t.Has(text.Quoted) || t.Sep == ':' || t.Sep == '\'' || t.Sep == '"'
}

// thirdPersonTold: the sentence speaks of someone besides the reader — a
// pronoun or a possessive of the third person, a relative (« dites-lui »,
// « sa demande d'asile », « votre fille »): an appeal tells the reader of
// their own situation, not of another's.
func (a *analysis) thirdPersonTold() bool {
	for k := range a.s.Toks {
		if thirdPersons[a.s.Toks[k].Norm] || a.s.Toks[k].Is(cKin) && a.s.Toks[k].Sep != '-' { // not « sage-femme »
			return true
		}
	}
	return false
}

// thirdPersons are the pronouns and possessives of someone else.
var thirdPersons = pronounUses.of("third")
