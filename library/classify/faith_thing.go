package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A religion's adjective or name that qualifies a thing of the faith
// (« le calendrier musulman », « la Pâque juive », « le nouvel an juif »,
// « la foi catholique », "the Jewish calendar", "a Sikh festival", « les
// piliers de l'islam », "the history of Islam") names a feature of the
// faith, as a leaflet or a calendar does: no one's belief is told. The
// thing is read right before a French adjective, right after an English
// one, or before « de », "of" and the religion's name. The sentence
// must open on a thing, after an article or a feast's name (« La fête
// juive de Hanoucca dure huit jours », "Yom Kippur is the holiest day in
// the Jewish calendar"): a note without its subject is someone's
// (« Absente pendant les fêtes juives », « Suit le calendrier juif »).
// A day or a moment makes it one couple's or one family's event (« Le
// mariage homosexuel aura lieu samedi »). It stays a fact when the
// sentence names or points at someone, or
// holds a person's word or pronoun (« Le patron du bar suit le
// calendrier musulman », « sa foi catholique », "his Jewish faith").

var faithThings = lexicon.Words(lexicon.Data, "faith_things") // « calendrier », "feast"

// thingsOf are, for each rule, the things its adjective may qualify: a
// faith's, and the institutions of couples for an orientation's word
// (union_things.txt: « le mariage homosexuel », "same-sex marriage").
var thingsOf = map[RuleID]lexicon.WordSet{
	ruleReligion:  faithThings,
	ruleSexuality: lexicon.Words(lexicon.Data, "union_things"),
}

// faithThing: the religion term at sp qualifies a thing of the faith in
// a sentence that points at no one.
func (a *analysis) faithThing(sp span, t term, anchored bool) bool {
	things := thingsOf[t.rule]
	if things == nil || anchored || len(a.names) > 0 || len(a.sdirect) > 0 {
		return false
	}
	toks := a.s.Toks
	for k := range toks {
		if a.lowerNameLike(k) || ownershipPronouns[toks[k].Norm] {
			return false // material_heading.go: « la fête juive, karim y va »; « … et musulmane, dont la mienne »
		}
	}
	if t.rule == ruleReligion && a.faithFrame(sp) {
		return true // « Dans l'islam, la toilette mortuaire est faite par des proches »
	}
	if !a.opensOnThing(things) || personWordIn(toks) || a.oneMoment() {
		return false // « Suit le calendrier juif », « Le patron du bar suit… », « Le mariage homosexuel aura lieu samedi »
	}
	if sp.i > 0 && heldByPerson(toks, sp.i) {
		return false // "his Jewish faith", « sa foi catholique »
	}
	sp = a.faithChain(sp) // « les aumôneries catholique, protestante et musulmane »
	if sp.i > 0 && things[toks[sp.i-1].Norm] && toks[sp.i].Sep == 0 {
		return !heldByPerson(toks, sp.i-1) // « la fête juive », « le calendrier musulman »
	}
	if sp.i > 1 && toks[sp.i-1].Norm == "an" && toks[sp.i-2].Norm == "nouvel" {
		return true // « le nouvel an juif »
	}
	if sp.j < len(toks) && toks[sp.j].Sep == 0 && (things[toks[sp.j].Norm] || toks[sp.j].Norm == "new" && sp.j+1 < len(toks) && toks[sp.j+1].Norm == "year") {
		return true // "the Jewish calendar", "a Sikh festival", "Jewish New Year"
	}
	k := sp.i - 1
	if k > 0 && toks[k].Is(cDefiniteArticles) {
		k-- // « de l'islam »
	}
	if k > 0 && (toks[k].Norm == "de" || toks[k].Norm == "d" || toks[k].Norm == "du" || toks[k].Norm == "of") && things[toks[k-1].Norm] {
		return !heldByPerson(toks, k-1) // « les piliers de l'islam », "the history of Islam"
	}
	return false
}

// heldByPerson: a possessive of someone stands right before token k, or
// one word before it (« sa foi », « son nouveau calendrier », "his
// Jewish faith").
func heldByPerson(toks []text.Token, k int) bool {
	for n := k - 1; n >= 0 && n >= k-2; n-- {
		if personalTies[toks[n].Norm] || isPossessive(toks[n].Norm) {
			return true
		}
	}
	return false
}

// opensOnThing: the sentence opens, after a heading, on a thing of the
// faith: an article and, within three words, such a thing, a feast or a
// special-category term (« La fête juive… », "The Hajj pilgrimage…"), or
// a feast's name (« Yom Kippur is… », « Hanoucca dure… »); not on a verb
// or an adjective of an unsaid subject, nor on someone (« Le patron du
// bar suit… »).
func (a *analysis) opensOnThing(things lexicon.WordSet) bool {
	toks := a.s.Toks
	q, _ := headingEnd(a.text, toks, ruleHeading) // rights_of_anyone.go
	if q >= len(toks) {
		return false
	}
	if toks[q].Has(text.Cap) && (toks[q].Is(cHoliday) || a.specialTermAt(q)) {
		return true
	}
	switch toks[q].Norm {
	case "un", "une", "des", "les", "a", "an", "the":
	default:
		if !toks[q].Is(cDefiniteArticles) {
			return false
		}
	}
	for k := q + 1; k < min(len(toks), q+4); k++ {
		if things[toks[k].Norm] || toks[k].Is(cHoliday) || a.specialTermAt(k) || toks[k].Norm == "an" && toks[k-1].Norm == "nouvel" {
			return true
		}
	}
	return false
}

// personWordIn: a word of a person (a person's noun, a relative, a
// role) or a subject pronoun stands in the sentence (police_path.go's,
// and « on », « nous », "we": our own practice).
func personWordIn(toks []text.Token) bool {
	for k := range toks {
		t := &toks[k]
		if t.Is(cPerson) || t.Is(cPopulation) || t.Is(cKin) || t.Is(cPartner) || t.Is(cRole) || subjectPronouns[t.Norm] || t.Norm == "on" || t.Norm == "nous" || t.Norm == "we" {
			return true
		}
	}
	return false
}

// oneMoment: the sentence dates one event: a moment, a past time or a
// day that is no habit (« samedi », « hier », « le 12 mars »). Not a
// habit (« le vendredi », « la prière du vendredi »), a feast (« à
// Noël »), a month of the year (« tombe en septembre ») or the year of
// a law (« depuis 2013 », "since 2013").
func (a *analysis) oneMoment() bool {
	toks := a.s.Toks
	for k := range toks {
		w := &toks[k]
		if k+1 < len(toks) && (w.Norm == "depuis" || w.Norm == "since") && historicalOrRecentYear(toks[k+1]) {
			continue
		}
		if dayWords[w.Norm] && (w.Is(cHoliday) || habitDay(toks, k) || k > 0 && (toks[k-1].Norm == "en" || toks[k-1].Norm == "in" || toks[k-1].Norm == "du") && (k+1 >= len(toks) || !toks[k+1].Has(text.Digit))) {
			continue
		}
		if atMoment(toks, k) || w.Is(cPastTime) && !habitDay(toks, k) || dayWords[w.Norm] {
			return true
		}
	}
	return false
}

// historicalOrRecentYear: a four-digit year (« 1905 », « 2013 »).
func historicalOrRecentYear(t text.Token) bool {
	return len(t.Norm) == 4 && t.Has(text.Digit) && (strings.HasPrefix(t.Norm, "1") || strings.HasPrefix(t.Norm, "20"))
}

// faithChain widens the single-word term at sp to the list of faith
// words it stands in (« catholique, protestante, musulmane et
// israélite », "Catholic, Protestant and Jewish"), a comma or « et »,
// « ou », "and", "or" between them: the list qualifies one thing, before
// or after it.
func (a *analysis) faithChain(sp span) span {
	toks := a.s.Toks
	if sp.j != sp.i+1 {
		return sp
	}
	for sp.i > 0 {
		k := sp.i - 1
		if toks[sp.i].Sep == ',' && a.specialTermAt(k) {
			sp.i = k
		} else if k > 0 && listJoins[toks[k].Norm] && toks[sp.i].Sep == 0 && a.specialTermAt(k-1) {
			sp.i = k - 1
		} else {
			break
		}
	}
	for sp.j < len(toks) {
		if toks[sp.j].Sep == ',' && a.specialTermAt(sp.j) {
			sp.j++
		} else if sp.j+1 < len(toks) && listJoins[toks[sp.j].Norm] && a.specialTermAt(sp.j+1) {
			sp.j += 2
		} else {
			break
		}
	}
	return sp
}

// ownershipPronouns say that one of the things is someone's (« dont la
// mienne », "mine": data/words/ownership_pronouns.txt).
var ownershipPronouns = lexicon.Words(lexicon.Data, "ownership_pronouns")

// listJoins join the last item of a list.
var listJoins = map[string]bool{"et": true, "ou": true, "and": true, "or": true}

// faithFrame: the sentence opens on the faith as the frame of what it
// tells (« Dans l'islam, … », "In Judaism, …") and points at no one:
// no possessive, no word of someone in mind, no moment. Its persons are
// anyone of that faith (« le défunt », « les proches »).
func (a *analysis) faithFrame(sp span) bool {
	toks := a.s.Toks
	k := 0
	if k < sp.i && (toks[k].Norm == "dans" || toks[k].Norm == "in") {
		k++
	}
	if k < sp.i && toks[k].Is(cDefiniteArticles) {
		k++
	}
	if k == 0 || k != sp.i || sp.j >= len(toks) || toks[sp.j].Sep != ',' || a.oneMoment() {
		return false
	}
	for i := sp.j; i < len(toks); i++ {
		if possessives[toks[i].Norm] || thirdPersonWords[toks[i].Norm] || subjectPronouns[toks[i].Norm] {
			return false // « Dans l'islam, mon voisin… », « …, il prie »
		}
	}
	return true
}
