package classify

import (
	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A person described rather than named (issue 7, section 4): « le gendre
// du maire », « la seule institutrice de l'école de X », « l'ancien
// gardien du gymnase », « la dame qui nourrit les chats tous les soirs »,
// "the man outside St Mary's, the one with the beard". In a small
// association such a description points at one person: blocked, like a
// name, not a doubt.

func (a *analysis) findDescribedPerson() {
	if len(a.names) > 0 || !a.hasAny(cKin, cPointingDets) {
		return // a relative (possessiveKin) or a pointing determiner is needed
	}
	if !a.has(cKin) && a.lacks(describedGuard) {
		return // without a relative, the noun after the determiner is one of these (describedNoun)
	}
	toks := a.s.Toks
	if p := a.possessiveKin(); p >= 0 { // "the treasurer's daughter will help": a relative is one person, even in the future
		a.addAs(ruleIndirect, Blocked, p, len(toks), describedReason())
		return
	}
	for i := 0; i+2 < len(toks); i++ {
		if !toks[i].Is(cPointingDets) {
			continue
		}
		unique, former := false, false
		n, words := i+1, 1
		for ; n < len(toks) && words < 4 && !a.describedNoun(n); n++ {
			if n+1 < len(toks) && !joinedByHyphen(toks[n+1]) {
				words++ // "the only Portuguese-speaking volunteer": a compound is one word
			}
			if isClauseSep(toks[n].Sep) {
				break // « La seule condition : être adhérent »: the noun is elsewhere
			}
			if toks[n].IsAny(cPlainDets, cPointingDets) || isIndefinite(toks[n].Norm) {
				break // « l'association recrute un animateur »: the noun has its own article
			}
			unique = unique || toks[n].Is(cUniqueWords)
			former = former || toks[n].Is(cFormerWords)
		}
		n = a.nounAfterDemonym(n)
		if n+1 >= len(toks) || !a.describedNoun(n) || toks[n].Is(cPopulation) {
			continue
		}
		unique = unique || a.newcomerBefore(i+1, n) // newcomer.go: « la nouvelle bénévole du jeudi »
		if a.pinsDown(n, unique, former) && !a.hypothetical(n+1) && !a.publicRole(i) {
			a.addAs(ruleIndirect, Blocked, i, len(toks), describedReason())
			return
		}
	}
}

// describedNoun: a singular person noun, of the lexicon or of the trades
// and village figures of data/words/persons.txt.
func (a *analysis) describedNoun(k int) bool {
	return a.s.Toks[k].IsAny(cPerson, cDescribedPersons) || a.wordnetPerson(k) || a.demonymNoun(k) // wordnet_persons.go, demonym_noun.go
}

// namedPlaceAfter: a place named with a capital follows, after an
// optional article (« du Lion d'Or », "of the Red Lion").
func (a *analysis) namedPlaceAfter(k int) bool {
	toks := a.s.Toks
	if k < len(toks) && toks[k].Is(cPlainDets) {
		k++
	}
	return k < len(toks) && toks[k].Has(text.Cap) && toks[k].Has(text.Letter) && !toks[k].Has(text.Upper)
}

// possessiveKin: a relative named through another person with a
// possessive (« the mayor's son-in-law », "the coach's wife").
func (a *analysis) possessiveKin() int {
	toks := a.s.Toks
	for k := 2; k+1 < len(toks); k++ {
		if toks[k].Norm != "s" || toks[k].Sep != '\'' || !toks[k+1].Is(cKin) {
			continue
		}
		p := k - 1
		if _, title := a.at(dTitles, p); title != 0 || a.describedNoun(p) || toks[p].Is(cRole) {
			return p
		}
	}
	return -1
}

// nearbyAfter: a word of a nearby place within five tokens after the
// person (« du dessus », « du pressing d'en face », "next door").
func (a *analysis) nearbyAfter(k int) bool {
	toks := a.s.Toks
	for i := k; i < min(len(toks), k+5); i++ {
		if isClauseSep(toks[i].Sep) && i > k {
			return false
		}
		if toks[i].Is(cNearbyWords) || i+1 < len(toks) && toks[i].Is(cNearbyStart) && nearbyWords[toks[i].Norm+" "+toks[i+1].Norm] ||
			a.floorAt(i) { // floor_words.go: « du rez-de-chaussée », "on the 3rd floor"

			return true
		}
	}
	return false
}

// pinsDown: what follows the person noun at n singles one person out: a
// relative of another person, the only one or the former one of a place,
// a place right after, or a habit in a relative clause. A future or a
// modal after it (« l'ancien président interviendra ») announces a role,
// it does not describe a person: findDescribedPerson leaves it.
func (a *analysis) pinsDown(n int, unique, former bool) bool {
	toks := a.s.Toks
	link := toks[n+1].Is(cBelongLinks) && !isClauseSep(toks[n+1].Sep)
	switch {
	case toks[n].Is(cKin) && link && a.personWithin(n+2, 3):
		return true // « le gendre du maire »
	case (unique || former) && link:
		return true // « la seule institutrice de l'école », « l'ancien gardien du gymnase »
	case a.placeAfter(n + 1):
		return true // « le boucher de la rue Carnot », "the man outside St Mary's"
	case toks[n].Is(cDescribedPersons) && link && a.namedPlaceAfter(n+2):
		return true // "the landlord of the Red Lion"
	case a.nearbyAfter(n + 1):
		return true // « la voisine du dessus », "the man next door"
	case a.markAfter(n + 1):
		return true // physical_marks.go: « le grand roux avec la cicatrice »
	case a.looksApposition(n + 1):
		return true // physical_marks.go: « la nouvelle du groupe, la grande blonde, … »
	}
	return a.habitClause(n + 1)
}

// personWithin: a person noun or a role within w tokens from k.
func (a *analysis) personWithin(k, w int) bool {
	for i := k; i < min(len(a.s.Toks), k+w); i++ {
		if _, title := a.at(dTitles, i); title != 0 || a.describedNoun(i) || a.s.Toks[i].Is(cRole) {
			return true
		}
	}
	return false
}

// placeAfter: a street or a named place follows at once (« de la rue
// Carnot », « outside St Mary's », « on Station Road »).
func (a *analysis) placeAfter(k int) bool {
	toks := a.s.Toks
	if k >= len(toks) || isClauseSep(toks[k].Sep) {
		return false
	}
	switch toks[k].Norm {
	case "outside", "near", "opposite", "devant", "en":
		return k+1 < len(toks) && toks[k+1].Has(text.Cap)
	case "de", "du", "of", "on", "at":
	default:
		return false
	}
	for i := k + 1; i < min(len(toks), k+4); i++ {
		if streetWords[toks[i].Norm] && i+1 < len(toks) && toks[i+1].Has(text.Cap) {
			return true
		}
		if houseNumberWords[toks[i].Norm] && i+1 < len(toks) && toks[i+1].Has(text.Digit) {
			return true // « le voisin du n° 12 », "the man at number 7"
		}
	}
	return false
}

// houseNumberWords announce the number of a house (data/words/house_number_words.txt).
var houseNumberWords = lexicon.Words(lexicon.Data, "house_number_words")

// habitClause: a relative clause or an apposition after the person tells
// a habit, a place or a sign (« qui promène son chien tous les matins »,
// « qui vient en trottinette depuis Migennes », "the one with the white
// beard").
func (a *analysis) habitClause(k int) bool {
	toks := a.s.Toks
	rel := false
	for i := k; i < min(len(toks), k+16); i++ {
		t := toks[i]
		if !rel {
			rel = t.Norm == "qui" || t.Norm == "who" || t.Norm == "whose" || t.Norm == "dont" || t.Norm == "celle" || t.Norm == "celui" || t.Norm == "one" && i > 0 && toks[i-1].Norm == "the"
			continue
		}
		if habitWords[t.Norm] || placeFrom[t.Norm] && i+1 < len(toks) && toks[i+1].Has(text.Cap) && !toks[i+1].Has(text.Upper) {
			return true // « qui vient de Rostrenen », "who lives in Locmaria"
		}
		if streetWords[t.Norm] && (toks[i-1].Has(text.Cap) || i+1 < len(toks) && toks[i+1].Has(text.Cap)) {
			return true // "who runs the shop on Mill Lane", « qui habite rue Carnot »
		}
		if t.Norm == "with" || t.Norm == "avec" && i > 0 && (toks[i-1].Norm == "celle" || toks[i-1].Norm == "celui") {
			return true // "the one with the white beard"
		}
	}
	return false
}

// placeFrom open a named place in a relative clause: where the person
// comes from, lives or works.
var placeFrom = prepositionUses.of("place-from")

func describedReason() string {
	return i18n.T("personne identifiable par sa description", "person identifiable by their description")
}

// joinedByHyphen: the token is glued to the previous one by a hyphen
// (« Jean-Pierre », "Portuguese-speaking").
func joinedByHyphen(t text.Token) bool {
	return t.Sep == '-' && !t.Spaced
}

// nounAfterDemonym: a demonym read as a noun may qualify the person noun
// that follows it ("the only Portuguese-speaking volunteer", « la seule
// Portugaise bénévole »): the person is that noun, two words on at most.
func (a *analysis) nounAfterDemonym(n int) int {
	toks := a.s.Toks
	if n >= len(toks) || !a.demonymNoun(n) {
		return n
	}
	for k := n + 1; k < min(len(toks), n+3); k++ {
		if isClauseSep(toks[k].Sep) {
			break
		}
		if a.describedNoun(k) && !a.demonymNoun(k) {
			return k
		}
	}
	return n
}
