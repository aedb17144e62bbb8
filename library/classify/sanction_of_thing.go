package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A sanction word of the association's HR (« suspendu », « renvoyé »,
// "fired", "dismissed") tells a person's sanction when a person undergoes
// it. Said of an event — « le match a été renvoyé à dimanche », « le cours
// de yoga est suspendu jusqu'à nouvel ordre », "the concert has been
// suspended until further notice" — it is the announcement on the door.
//
// Ten helper reviews found that any looser reading lets a sanction, a
// hearing or a care session through (« le cours est suspendu à cause du
// nouveau », « la séance de jugement est renvoyée », « la réunion de
// médiation est suspendue », « le cours de piano de Baud est suspendu »):
// every word of the announcement is read against an allow-list. The
// value is one sentence; its subject is a scheduled thing
// (scheduled_things.txt), with before it only determiners that are no
// one's (« votre entraînement » is a member's) and after it, in French,
// only an activity, a day or an hour (announced_activities.txt: « de
// yoga », « du samedi », « de 10 h »); in English the same words before
// the head ("tonight's yoga class"). After the verb come only when, until when
// and a cause of weather or works (postponement_words.txt), and no
// length after « pour », "for": « suspendu pour trois mois » is a ban as
// often. No one is named anywhere in the sentence.

// sanctionParticiples are the sanction words that a thing may undergo
// (data/words/sanction_participles.txt).
var sanctionParticiples = lexicon.Words(lexicon.Data, "sanction_participles")

// The allow-lists of an announcement (data/words/).
var (
	scheduledThings     = lexicon.Words(lexicon.Data, "scheduled_things")
	announcedActivities = lexicon.Words(lexicon.Data, "announced_activities")
	thingDeterminers    = lexicon.Words(lexicon.Data, "thing_determiners")
	postponementWords   = lexicon.Words(lexicon.Data, "postponement_words")
	activityComplements = lexicon.Words(lexicon.Data, "activity_complements")
)

// sanctionOfThing: the HR entry sp ends with a sanction participle that
// a scheduled thing undergoes, in a value that is only the announcement.
func (a *analysis) sanctionOfThing(sp span) bool {
	toks := a.s.Toks
	k := sp.j - 1
	if !sanctionParticiples[toks[k].Norm] || !a.wholeValue() {
		return false
	}
	i := passiveStart(toks, k)
	if i < 0 {
		i = k - 1
		for i >= 0 && chainAdverbs[toks[i].Norm] {
			i--
		}
		if i < 0 || !beForms[toks[i].Norm] {
			return false // « le cours est suspendu »: a state (no_one_told.go's forms of « être »)
		}
	}
	if !a.announcedSubject(i) {
		return false
	}
	for m := k + 1; m < len(toks); m++ {
		if isClauseSep(toks[m].Sep) && toks[m].Sep != '.' || !a.whenOrWhy(m) {
			return false // « suspendu pour raisons disciplinaires », « …, la titulaire aussi », "for misconduct"
		}
		if n := toks[m].Norm; (n == "pour" || n == "for" || n == "faute") && !causeAfter(toks, m+1) || lengthSaidAt(toks, m) {
			return false // « suspendu pour trois mois », « pendant trois mois », « pour faute », "for two weeks": a ban reads so too
		}
	}
	return true
}

// announcedSubject: the tokens before the verb chain at i are the subject
// of an announcement: determiners, one scheduled thing as head and its
// activity, day or town.
func (a *analysis) announcedSubject(i int) bool {
	toks := a.s.Toks
	if a.inEnglish() {
		if i == 0 || !scheduledThings[toks[i-1].Norm] {
			return false // "the yoga class": the head is last
		}
		for m := 0; m < i-1; m++ {
			if !thingDeterminers[toks[m].Norm] && !a.activityWord(m) && !(toks[m].Norm == "s" && toks[m].Sep == '\'') { // "Tonight's"
				return false
			}
		}
		return true
	}
	head := 0
	for head < i && thingDeterminers[toks[head].Norm] {
		head++
	}
	if head >= i || !scheduledThings[toks[head].Norm] {
		return false
	}
	for m := head + 1; m < i; m++ {
		if !activityComplements[toks[m].Norm] && !a.activityWord(m) {
			return false // « le cours de fontaine », « la séance de jugement », « le chantier de l'ouvrier »
		}
	}
	return true
}

// activityWord: the token at m names an activity or a time of the
// schedule: « yoga », « samedi », « 12 », written small.
func (a *analysis) activityWord(m int) bool {
	t := &a.s.Toks[m]
	toks := a.s.Toks
	if t.Has(text.Cap) && (t.IsAny(cFirst, cAmbig, cLast) || len(t.Norm) == 1) {
		return false // « le cours de Noël », « de H », "Summer's training": someone's
	}
	if m+1 < len(toks) && toks[m+1].Norm == "s" && toks[m+1].Sep == '\'' && (!dayWords[t.Norm] && !thingDeterminers[t.Norm] || t.IsAny(cFirst, cAmbig)) {
		return false // "Art's training", "april's rehearsal": only a day's or tonight's
	}
	if t.Norm == "h" {
		return m > 0 && toks[m-1].Has(text.Digit) // « de 10 h », not « de h »
	}
	if t.Has(text.Digit) {
		return len(t.Norm) <= 2 // a day or an hour (« du 12 mars »), not « du 4521 »
	}
	return announcedActivities[t.Norm] || dayWords[t.Norm]
}

// whenOrWhy: the token at m, after the verb, says when, until when, for
// how long or why in words of weather or works, and names no one.
func (a *analysis) whenOrWhy(m int) bool {
	t := &a.s.Toks[m]
	if t.Has(text.Cap) && !dayWords[t.Norm] {
		return false
	}
	return postponementWords[t.Norm] || dayWords[t.Norm] || t.Has(text.Digit) || t.Is(cWeather)
}

// causeAfter: the word at k opens a cause (« pour travaux », « pour
// raisons de sécurité », « faute de place », "for safety reasons"): no
// article (« pour un mois »), and « faute » only with its « de ». A
// count or « plus » there is a length, which lengthSaidAt refuses when
// the loop reaches it.
func causeAfter(toks []text.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := &toks[k]
	if k > 0 && toks[k-1].Norm == "faute" {
		return t.Norm == "de" || t.Norm == "d"
	}
	return !isArticle(t.Norm) && (postponementWords[t.Norm] || t.Is(cWeather))
}

// lengthSaidAt: the word at k gives a length: a count, a unit of time
// that no « la », « au », "next" makes a date (« trois mois », « pendant
// des semaines », "for hours"; not « au mois prochain »), or « plus »,
// "over" before one (« pour plus d'un an »).
func lengthSaidAt(toks []text.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if lengthMarkers[toks[k].Norm] || toks[k].IsAny(cSmallCounts, cSpelledDigit) || timeUnits[toks[k].Norm] && (k == 0 || !dateDeterminers[toks[k-1].Norm]) {
		return true // « trois mois », « pendant des semaines », "for hours"; not « la semaine prochaine », « au mois de mai »
	}
	return toks[k].Has(text.Digit) && k+1 < len(toks) && timeUnits[toks[k+1].Norm]
}

// timeUnits are the units of a length; after dateDeterminers they say
// when; lengthMarkers say « more than », "over" before a length
// (data/words/time_units.txt, date_determiners.txt, length_markers.txt).
var (
	timeUnits       = lexicon.Words(lexicon.Data, "time_units")
	dateDeterminers = lexicon.Words(lexicon.Data, "date_determiners")
	lengthMarkers   = lexicon.Words(lexicon.Data, "length_markers")
)
