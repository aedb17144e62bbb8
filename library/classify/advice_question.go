package classify

import (
	"strings"
	"unicode"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A volunteer asks an AI what to do for anyone it may happen to (issue 7,
// section 4): « Que faire si quelqu'un fait une crise d'épilepsie ? »,
// « Comment aider un ami qui boit trop ? », "What should you do if
// someone has a seizure during a match?", "Tips for welcoming a deaf
// person". The person is indefinite — « quelqu'un », « un enfant », "a
// friend" — so the special-category word is about whoever it may be,
// not about someone: the sentence asks, it states nothing. It is read as
// a reader appeal (reader_appeal.go), whose guards still hold: no name,
// no civility, no capitalised word but the first, no contact details, no
// real-life detail (a floor, a habit, a dwelling), and every person in it
// indefinite, the reader's own (« votre enfant ») or the anyone a notice
// speaks of. Here a number (« un enfant de 8 ans ») and the writer's own
// people (« mon fils », "our treasurer") point at someone too, and so do
// a time of now (« la semaine prochaine », « chaque mardi », "tonight")
// and the association's own voice (« nous », "we": « un adhérent nous
// avoue… » tells what happened to us). The question must be the whole
// value: a second sentence (« Elle me l'a dit hier. ») makes it about
// someone.

var (
	adviceOpeners  = readWordUses(lexicon.Data, "advice_openers") // word_uses.go
	adviceAsks     = adviceOpeners.of("ask")
	adviceHeadings = adviceOpeners.of("heading")
	// adviceModals after "what" ask what to do: "what should", "what to".
	adviceModals = lexicon.WordSet{"should": true, "to": true, "can": true, "do": true, "could": true}
	// nowWords tell a fact as new (« hier », « demain », "tonight"): the
	// file famous_names.go reads for the same reason.
	nowWords = lexicon.Words(lexicon.Data, "famous_news")
)

// asksAdvice: the sentence asks what to do for anyone, or heads advice.
func (a *analysis) asksAdvice() bool {
	toks := a.s.Toks
	if len(toks) < 4 || !adviceAsks[toks[0].Norm] && !adviceHeadings[toks[0].Norm] || !a.wholeValue() || !a.adviceOpens() {
		return false
	}
	if a.has(cPastTime) || a.has(cPastOrNext) || a.has(cSoon) || a.has(cFrequency) {
		return false // « la semaine prochaine », « samedi dernier », « chaque mardi »: something real
	}
	for k := range toks {
		w := toks[k].Norm
		if toks[k].Has(text.Digit) || toks[k].Is(cSpelledNumber) && !isIndefinite(w) {
			return false // « un enfant de 8 ans », « ses deux fils »: a number narrows to someone
		}
		if dayWords[w] || nowWords[w] || ownVoice[w] {
			return false // « le mardi », "tonight", « nous »: a real case, the association's own
		}
	}
	return true
}

// wholeValue: the sentence is the whole value, but for spaces and
// punctuation around it.
func (a *analysis) wholeValue() bool {
	return strings.TrimSpace(a.text[:a.s.Start]) == "" && strings.IndexFunc(a.text[a.s.End:], func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}) < 0
}

// adviceOpens reads how the first word opens (advice_openers.txt): a
// heading of advice opens it whatever follows; a question word needs the
// question mark, and « que », "what" an infinitive or a modal after them
// (« que faire », "what should", not « Que Paul soit malade »).
func (a *analysis) adviceOpens() bool {
	toks := a.s.Toks
	first := toks[0].Norm
	if adviceHeadings[first] || first == "how" && toks[1].Norm == "to" {
		return true
	}
	if !a.endsOnQuestion() {
		return false
	}
	switch first {
	case "que", "qu":
		return infinitiveLike(toks[1].Norm) // « que faire », « que dire »
	case "what":
		return adviceModals[toks[1].Norm]
	}
	return true
}

// adviceAnyone: in a question that asks advice, every person is anyone:
// an indefinite one (« un ami », "someone"), the reader's, a notice's, or
// — after an indefinite one — a pronoun or a third person's possessive
// that speaks of that one (« un proche qui ne reconnaît plus sa
// famille », "if a child says he is hurt").
func (a *analysis) adviceAnyone() bool {
	toks := a.s.Toks
	anyone := false
	for _, an := range a.anchors {
		w := toks[an.k].Norm
		switch {
		case noticePersons[w] || an.k+1 < len(toks) && noticePersons[toks[an.k+1].Norm]:
			anyone = true
		case an.kind == anchorPerson && (isIndefinite(w) || readerPossessives[w]):
			anyone = anyone || isIndefinite(w)
		case anyone && (an.kind == anchorPronoun || an.kind == anchorPerson && singularOwners[w]):
			// speaks of the indefinite one before it
		default:
			return false
		}
	}
	return true
}
