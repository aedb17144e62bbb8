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
// someone has a seizure?", "Tips for welcoming a deaf person". The person is indefinite — « quelqu'un », « un enfant », "a
// friend" — so the special-category word is about whoever it may be,
// not about someone: the sentence asks, it states nothing. It is read as
// a reader appeal (reader_appeal.go), whose guards still hold: no name,
// no civility, no capitalised word but the first, no contact details, no
// real-life detail (a floor, a habit, a dwelling), and every person in it
// indefinite, the reader's own (« votre enfant ») or the anyone a notice
// speaks of. Here more points at someone (read-only reviews found 86,
// then 97 sentences let pass by looser versions):
//   - any person but anyone (advice_persons.txt: « quelqu'un », « un
//     enfant », "a friend"): a role (« un trésorier »), a kin (« un
//     mari »), the association's people (« un bénévole »), or anyone
//     narrowed by « de », "at" (« un enfant de l'école X »);
//   - a number (« un enfant de 8 ans »), a time of now (« la semaine
//     prochaine », « chaque mardi », « vient de », "just"), the
//     association's own voice and places (« nous », « du club »);
//   - a clause that tells a fact (« Comment annoncer aux bénévoles que
//     la subvention… ? », "How do you tell parents that a youth worker
//     has been suspended?"), one of a kind (« le seul salarié », "the
//     only paid worker");
//   - a comma (« une amie, ancienne détenue, »), a time or a place told
//     by an event (« pendant la fête », « après le match », "at the
//     party"), a person met somewhere (« rencontrée à la chorale »);
//   - a second relative clause (« un ami qui a fait de la prison et qui
//     cherche un emploi à la mairie »): details that draw someone;
//   - a name or initials in lower case (« kevin », « jb »), a
//     verb of naming (« qu'on surnomme … »), a clause set apart (« — il
//     s'agit du président ? »);
//   - and any other sentence: the question must be the whole value.

var (
	adviceOpeners  = readWordUses(lexicon.Data, "advice_openers") // word_uses.go
	adviceAsks     = adviceOpeners.of("ask")
	adviceHeadings = adviceOpeners.of("heading")
	adviceModals   = adviceOpeners.of("modal") // "what should", "what to"
	// realCase are the words of a real case: the association's own people
	// and places, a time of now (advice_real_case.txt, and famous_news.txt,
	// which famous_names.go reads for a fact told as new).
	realCase      = lexicon.Words(lexicon.Data, "advice_real_case", "famous_news")
	advicePersons = lexicon.Words(lexicon.Data, "advice_persons")
	// narrowers after a person say whose or where: « un enfant de l'école
	// X », "a coach at the club".
	narrowers = prepositionUses.of("narrow")
	// toldThat opens a clause that tells a fact: « annoncer que … »,
	// "tell parents that …".
	toldThat = pronounUses.of("told")
)

// asksAdvice: the sentence asks what to do for anyone, or heads advice.
func (a *analysis) asksAdvice() bool {
	toks := a.s.Toks
	if len(toks) < 4 || !toks[0].Is(cAdviceStart) || !a.wholeValue() || !a.adviceOpens() { // the class: adviceAsks or adviceHeadings
		return false
	}
	if a.has(cPastTime) || a.momentSaid() || a.has(cSoon) || a.has(cFrequency) || a.has(cRole) || a.has(cKin) {
		return false // « la semaine prochaine », « chaque mardi », « un trésorier », « un mari »: someone real
	}
	if strings.ContainsAny(a.text[a.s.Start:a.s.End], ",;:—–()") {
		return false // « un ami, ancien détenu, … », « … — il s'agit du président ? »: a clause that says who
	}
	if !a.anyoneFirst() {
		return false
	}
	relatives := 0
	for k := range toks {
		w := toks[k].Norm
		if relativePronouns[w] {
			if relatives++; relatives > 1 {
				return false // « un ami qui est gay et dont les parents… »: details that draw someone
			}
		}
		if toks[k].Has(text.Digit) || toks[k].Is(cSpelledNumber) && !isIndefinite(w) {
			return false // « un enfant de 8 ans », « ses deux fils »: a number narrows to someone
		}
		if w == "a" && k+1 < len(toks) && toks[k+1].Is(cDefiniteArticles) {
			return false // « à l'usine », « à la sortie du lycée »: where it happens
		}
		if dayWords[w] || realCase[w] || ownVoice[w] || saidNameVerbs[w] {
			return false // « le mardi », « du club », « nous », « qu'on surnomme … »: a real case, the association's own
		}
		if toks[k].IsAny(cPerson, cPopulation) && (!advicePersons[w] || k+1 < len(toks) && narrowers[toks[k+1].Norm]) {
			return false // « un bénévole », « les bénévoles », « un enfant de l'école »: the association's people, a place's
		}
		if k > 1 && toldThat[w] {
			return false // « Comment annoncer aux bénévoles que la subvention… »: the question carries our news
		}
		if !toks[k].Has(text.Cap) && lowerName(toks[k]) {
			return false // « kevin », « jb »: a name or initials without a capital
		}
	}
	return true
}

// anyoneFirst: the first person the question speaks of, after « un »,
// « une », "a", "an" and at most one adjective, is anyone of
// advice_persons.txt (« quelqu'un », « un enfant », "a deaf person"):
// the list is an allow-list, since « un parrain », « un coloc », "a
// goddaughter" are always someone's and not all of them are words of
// the person classes. A question with no such person speaks of no one.
func (a *analysis) anyoneFirst() bool {
	toks := a.s.Toks
	for k := 1; k < len(toks); k++ {
		w := toks[k].Norm
		if advicePersons[w] {
			return true // « quelqu'un », "someone", or the first indefinite's person
		}
		if !isIndefinite(w) || k+1 == len(toks) {
			continue
		}
		return advicePersons[toks[k+1].Norm] || k+2 < len(toks) && advicePersons[toks[k+2].Norm]
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

// lowerName: a word in lower case that is a first name of the lists and
// no word of the dictionaries (« kevin »), or initials: two or three letters
// without a vowel (« jb », « jpl »).
func lowerName(t text.Token) bool {
	w := t.Norm
	if t.Is(cFirst) && len(w) > 3 && !t.Is(cFunctionWords) && !lexicon.IsFrenchWord(w) && !lexicon.IsEnglishWord(w) {
		return true
	}
	return len(w) >= 2 && len(w) <= 3 && !strings.ContainsAny(w, "aeiouy") && t.Has(text.Letter)
}
