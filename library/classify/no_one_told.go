package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// noOneTold: the special-category word at sp, which no person, pronoun,
// name or possessive owns, stands in a sentence that tells of no one: a
// full sentence (not a form's fragment like « sous curatelle
// renforcée » or « Groupe sanguin : O négatif »), every word of it a word
// of the dictionaries, no capitalised first name (« Bill canvasses for
// Reform UK »), no tie to someone (« son traitement »), no moment of one
// case ("got sectioned last night", « implanté hier »). Such a sentence informs (« Le
// pacemaker est un boîtier implanté sous la peau », "If you are in
// crisis, call 988"); the precaution of addSpecial, which reads a lone
// fact in a form as the fact of the person the form is about, becomes a
// doubt, and the topic is noted so that a person told of in another
// sentence still blocks it (topic_named.go).
func (a *analysis) noOneTold(sp span, t term) bool {
	toks := a.s.Toks
	if t.rule == ruleBiometric || len(toks) < minToldWords || len(a.names) > 0 || a.famousBesides(sp) || len(a.sdirect) > 0 {
		return false // a collection of biometrics (special.go ownPeopleNear), a fragment, a name, a public figure's (famous_owner.go), an identifier
	}
	if a.saidOfOne(sp, t) || a.verbInTerm(sp) {
		return false // « enceinte », « inapte », « boit trop », « a rechuté »: said of one person
	}
	if !a.informationOpener(sp) || presentative(toks) || a.shortSegment(sp) || a.shortCapSubject(sp) || a.unknownOpener() >= 0 || a.subjectlessOpener() || a.bareTermOpener(sp) {
		return false
	}
	for k := range toks {
		w := &toks[k]
		if personalTies[w.Norm] || atMoment(toks, k) || w.Is(cPastTime) && !habitDay(toks, k) || dayWords[w.Norm] && !w.Is(cHoliday) && !habitDay(toks, k) {
			return false // « implanté hier », « prononcée en février », "served on Tuesday": one case, someone's
		}
		if w.Has(text.Cap) && w.IsAny(cFirst, cAmbig) {
			return false // a first name the name rules did not take
		}
		if readerSelf[w.Norm] || ownDets[w.Norm] || possessives[w.Norm] || w.Is(cSmallCounts) || (k < sp.i || k >= sp.j) && !a.termAt(k) && a.onePerson(k) {
			return false // « Tu refais une crise ? », "our driver", « les deux nouveaux », « Papa », « le chauffeur »
		}
		if k > 0 && toks[k-1].Is(cModalWords) && w.Is(cDefiniteArticles) {
			return false // « peut la fatiguer »: an object pronoun, someone's
		}
		elided := k+1 < len(toks) && toks[k+1].Sep == '\'' && lexicon.IsFrenchWord(w.Norm+"'"+toks[k+1].Norm) // « aujourd'hui »: the lexicons hold the whole word; not "bf's"
		if !w.Has(text.Digit) && !w.Has(text.Upper) && !w.Has(text.Cap) && !elided && !a.knownWord(k) {
			return false // « gf is pregnant »: a word of a private shorthand
		}
	}
	return true
}

// informationOpener: the sentence opens as information does (a word of
// information_openers.txt, « À », a request to the AI, an acronym, a
// known body), or on the term itself (bareTermOpener then asks for its
// copula).
func (a *analysis) informationOpener(sp span) bool {
	t := &a.s.Toks[0]
	if k := a.informationHeading(); k > 0 && k != sp.i {
		t = &a.s.Toks[k] // « Info générale : la RQTH se demande… »: the heading announces information
	}
	if sp.i == 0 || informationOpeners[t.Norm] && a.text[t.Start:t.End] != "A" || requestWords[t.Norm] {
		return true // the folded « À » is "a": the raw « A » is the verb of « A fait… »
	}
	return t.Has(text.Upper) || t.IsAny(cOrg, cKnownBodies)
}

var informationOpeners = lexicon.Words(lexicon.Data, "information_openers")

// informationHeading: the sentence opens on a heading that says its
// information is general, closed by a colon (« Info générale : », « Bon à
// savoir : », "Good to know:"), and no copula or auxiliary after it tells
// the state of one case (« Info générale : la sérologie est positive »);
// the index of the word after the colon, or -1.
func (a *analysis) informationHeading() int {
	toks := a.s.Toks
	general := false
	for k := range min(len(toks), 4) {
		if k > 0 && toks[k].Sep == ':' {
			if !general || a.predicateBetween(k, len(toks)) {
				return -1
			}
			return k
		}
		if !headingWords[toks[k].Norm] {
			return -1
		}
		general = general || headingGeneral[toks[k].Norm]
	}
	return -1
}

var (
	headingUses    = readWordUses(lexicon.Data, "information_headings")
	headingWords   = headingUses.of("word")
	headingGeneral = headingUses.of("general")
)

// presentative: the sentence opens on « il y a », "there is": a case
// presented (« Il y a une addiction à l'héroïne, suivi CSAPA en place »).
func presentative(toks []text.Token) bool {
	return len(toks) > 2 && (toks[0].Norm == "il" && toks[1].Norm == "y" && toks[2].Norm == "a" ||
		toks[0].Norm == "there" && (toks[1].Norm == "is" || toks[1].Norm == "s" || toks[1].Norm == "was"))
}

// shortCapSubject: the sentence opens on a short capitalised word that
// is the subject of an auxiliary, before the fact ("Mo is blind in one
// eye"): a nickname, whatever the dictionaries say of the word.
func (a *analysis) shortCapSubject(sp span) bool {
	toks := a.s.Toks
	t := &toks[0]
	return sp.i > 1 && len(t.Norm) <= 5 && t.Has(text.Cap) && !t.Has(text.Upper) && subjectAuxiliaries[toks[1].Norm] &&
		!t.IsAny(cCapWord, cVenue, cOrg, cKnownBodies, cPerson, cPopulation, cFunctionWords, cDefiniteArticles)
}

// subjectlessOpener: the sentence opens on a verb with no subject
// (« Est sorti de prison le mois dernier », « Porte le voile », "Has
// been in rehab twice") or on a negation (« Ne mange pas de porc »): the
// form's person is its subject. Not a question (« Est-ce que… »,
// « Peut-on… »).
func (a *analysis) subjectlessOpener() bool {
	return a.subjectlessAt(0)
}

// subjectlessAt: a clause opens at k on a verb with no subject or on a
// negation (subjectlessOpener at the sentence's start; note_person.go
// after a heading).
func (a *analysis) subjectlessAt(k int) bool {
	toks := a.s.Toks
	w := toks[k].Norm
	if w == "ne" || w == "n" {
		return true
	}
	return toks[k].Is(cPersonVerbs) && !personVerbAdverbs[w] && !(k+1 < len(toks) && toks[k+1].Sep == '-')
}

var personVerbAdverbs = lexicon.Words(lexicon.Data, "person_verb_adverbs")

// saidOfOne: a word that describes a person by itself, in the singular,
// after a copula, an article, a person's noun, or opening the sentence
// (« est enceinte », « la femme enceinte », « Diabétique, … »); not an
// adjective of a thing (« une maladie infectieuse », « le rythme
// cardiaque »).
func (a *analysis) saidOfOne(sp span, t term) bool {
	if t.flags&selfPerson == 0 || a.isPlural(sp) {
		return false
	}
	if sp.i == 0 {
		return true
	}
	toks := a.s.Toks
	p := &toks[sp.i-1]
	return isClauseSep(toks[sp.i].Sep) || beForms[p.Norm] || p.IsAny(cPlainDets, cPerson, cKin, cRole, cDescribedPersons) || !a.knownWord(sp.i-1)
}

var beForms = auxiliaryUses.of("be")

// famousBesides: a famous name stands in the sentence, not as the
// eponym of the term (« Down syndrome », « la maladie de Huntington »).
func (a *analysis) famousBesides(sp span) bool {
	for _, f := range a.famous {
		if f.j < sp.i-2 || f.i > sp.j {
			return true
		}
	}
	return false
}

// verbInTerm: the term holds a verb said of its subject (« boit trop »,
// « a rechuté »): someone does it.
func (a *analysis) verbInTerm(sp span) bool {
	for _, t := range a.s.Toks[sp.i:sp.j] {
		if t.IsAny(cPersonVerbs, cDrinkVerb) && !personVerbAdverbs[t.Norm] {
			return true
		}
	}
	return false
}

// bareTermOpener: the sentence opens on the term itself, with no article,
// and no copula follows it to define it (« Diabète de type 1, insuline le
// matin »): a form's note on its person, not "Huntington's disease is
// inherited".
func (a *analysis) bareTermOpener(sp span) bool {
	toks := a.s.Toks
	if sp.i > 1 || sp.i == 1 && (toks[0].Is(cDefiniteArticles) || isIndefinite(toks[0].Norm)) {
		return false // « Severe depression, to be called every week » opens bare too
	}
	for k := sp.j; k < len(toks) && k <= sp.j+2; k++ {
		if copulas[toks[k].Norm] || englishAuxiliaries[toks[k].Norm] {
			return false
		}
	}
	return true
}

// onePerson: the token at k is a person's noun, a role or a kin word in
// the singular, not anyone's (« toute personne », "every volunteer"),
// nor an age said of it (« diabétique, 72 ans »).
func (a *analysis) onePerson(k int) bool {
	toks := a.s.Toks
	t := &toks[k]
	if k > 0 && t.Norm == "ans" && toks[k-1].Has(text.Digit) {
		return true // « 72 ans »: someone's age
	}
	if !t.IsAny(cRole, cKin, cPublicRoleStart, cPerson, cDescribedPersons) && !candidateWords[t.Norm] && !a.demonymNoun(k) &&
		!a.articledWordnetPerson(k) { // "the new youth leader", not "by regular exercise"
		return false
	}
	if a.pluralWord(t.Norm) {
		return false // a population; « fils », « époux » stay one person (special.go pluralWord)
	}
	return k == 0 || !anyoneDeterminers[toks[k-1].Norm]
}

// termAt: a special-category entry starts at k (« Le cancer du
// pancréas »): a fact's word, not a person's noun.
func (a *analysis) termAt(k int) bool {
	_, val := a.at(dSpecial, k)
	return val != 0
}

// articledWordnetPerson: a lower-case noun of WordNet's persons after an
// article, at most two lower-case words before it ("the new youth
// leader"); after a French article, not a French word (« la présence »).
func (a *analysis) articledWordnetPerson(k int) bool {
	toks := a.s.Toks
	if !toks[k].Is(cWordnetPersons) || toks[k].Has(text.Cap) {
		return false
	}
	for m := k - 1; m >= max(0, k-3); m-- {
		if isClauseSep(toks[m+1].Sep) || toks[m].Has(text.Cap) && m > 0 {
			return false
		}
		switch a.text[toks[m].Start:toks[m].End] {
		case "the", "The", "a", "A", "an", "An":
			return true // not « à », folded as "a"
		}
		if toks[m].Is(cPlainDets) {
			return a.wordnetPerson(k)
		}
	}
	return false
}

var anyoneDeterminers = lexicon.Words(lexicon.Data, "anyone_determiners")

// readerSelf are the words that speak to one reader (« tu », « te »),
// told of themselves.
var readerSelf = pronounUses.of("thou")

// minToldWords: fewer words are a form's fragment, said of its person.
const minToldWords = 6

// shortSegment: the word stands in a part after a colon of fewer than
// four words: a label and its value (« Ressources :
// RSA + AAH »).
func (a *analysis) shortSegment(sp span) bool {
	toks := a.s.Toks
	i := sp.i
	for i > 0 && toks[i].Sep != ':' {
		i--
	}
	j := sp.j
	for j < len(toks) && toks[j].Sep != ':' {
		j++
	}
	return i > 0 && j-i < 4
}

// knownWord: the token at k is a word of the French or English
// dictionaries (nickname.go dictionaryWord), or of the lexicon's own
// lists (it has a class).
func (a *analysis) knownWord(k int) bool {
	return a.dictionaryWord(k) || a.s.Toks[k].Cls != (text.ClassSet{})
}
