package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A sanction word of the association's HR (« suspendu », « renvoyé »,
// "fired", "dismissed") tells a person's sanction only when a person
// undergoes it. Said of a thing — « le match a été renvoyé à dimanche »,
// « le cours de yoga est suspendu », "the claim was dismissed", "the kiln
// was fired" — it is the thing's news, often announced on the door. The
// word is read as the thing's when it closes a passive or a state whose
// clause names, before it, something the association runs or schedules
// (scheduled_things.txt) and no one: no name, no person noun, no personal
// pronoun. A grant or a project suspended stays the association's affair,
// and a clause with no subject at all (« Suspendu deux semaines. ») keeps
// its sanction: the person is only left unsaid.

// sanctionParticiples are the sanction words that a thing may undergo
// (data/words/sanction_participles.txt).
var sanctionParticiples = lexicon.Words(lexicon.Data, "sanction_participles")

// scheduledThings are what the association runs or schedules
// (data/words/scheduled_things.txt).
var scheduledThings = lexicon.Words(lexicon.Data, "scheduled_things")

// stateCopulas make a participle a state: « le cours est suspendu ».
var stateCopulas = map[string]bool{
	"est": true, "sont": true, "etait": true, "etaient": true, "sera": true, "seront": true, "serait": true, "seraient": true, "reste": true, "restent": true,
}

// sanctionOfThing: the HR entry sp ends with a sanction participle that
// a scheduled thing undergoes: the head of the subject is that thing —
// the first word after the determiners in French (« le match de samedi
// a été renvoyé »), the last before the verb in English ("the yoga class
// was dismissed") — and no one stands in the sentence (« le pianiste du
// concert a été viré », « le cours est suspendu pour Paul », "the class
// was dismissed, and so was the teacher"). The suspension is no measure
// meant for someone (« suspendu pour le fautif »), the head's complement
// names no owner (« le chantier de l'ouvrier », « le stage de dupont »;
// « le match de samedi », « la permanence du jeudi » pass) and the verb is
// the head's own, not that of a clause opened after it (« depuis que
// l'équipe a été sanctionnée »). The value is that one announcement, and
// after its verb come only when, until when and a cause of weather or
// works (postponement_words.txt): « le cours est suspendu à cause du
// nouveau », "our class was dismissed for misconduct", a second sentence
// about a person keep the HR word.
func (a *analysis) sanctionOfThing(sp span) bool {
	toks := a.s.Toks
	k := sp.j - 1
	if !sanctionParticiples[toks[k].Norm] {
		return false
	}
	i := passiveStart(toks, k)
	if i < 0 {
		i = k - 1
		for i >= 0 && chainAdverbs[toks[i].Norm] {
			i--
		}
		if i < 0 || !stateCopulas[toks[i].Norm] {
			return false
		}
	}
	from, _ := a.clauseAround(i, k)
	head := from
	for head < i && thingDeterminers[toks[head].Norm] {
		head++
	}
	if a.inEnglish() {
		head = i - 1
		for m := from; m < head; m++ {
			if nounLinks[toks[m].Norm] || toks[m].Norm == "one" || matterTopics[toks[m].Norm] || a.matterWordAt(m) {
				return false // "the one from the workshop", "the caterers for the event": the head is before the link
			}
		}
	}
	if head < from || head >= i || !scheduledThings[toks[head].Norm] {
		return false
	}
	for m := head + 1; m < i; m++ {
		if matterTopics[toks[m].Norm] || a.matterWordAt(m) {
			return false // « la réunion disciplinaire », « la séance de médiation », "the strike meeting"
		}
		if clauseOpeners[toks[m].Norm] {
			return false // « la maraude est suspendue depuis que l'équipe a été sanctionnée »: another subject
		}
		if toks[m].Is(cLast) && !lexicon.IsFrenchWord(toks[m].Norm) || !toks[m].Has(text.Cap) && !a.inEnglish() && !lexicon.IsFrenchWord(toks[m].Norm) && !dayWords[toks[m].Norm] {
			return false // « le stage de dupont », « le cours de zorglub »: a name written small
		}
		if p := toks[m-1].Norm; (p == "le" || p == "la" || p == "l" || p == "les" || p == "du" || p == "des") && !dayWords[toks[m].Norm] && !scheduledThings[toks[m].Norm] {
			return false // « le chantier de l'ouvrier », « la réunion du bureau »: whose the thing is, someone maybe
		}
	}
	if !a.wholeValue() {
		return false // « Le cours est suspendu. Le prof a été radié. »: the value tells more
	}
	for m := k + 1; m < len(toks); m++ {
		if isClauseSep(toks[m].Sep) && toks[m].Sep != '.' || !postponementWords[toks[m].Norm] && !dayWords[toks[m].Norm] &&
			!toks[m].Has(text.Digit) && !toks[m].IsAny(cWeather, cSmallCounts, cSpelledDigit) && !scheduledThings[toks[m].Norm] {
			return false // « suspendu pour raisons disciplinaires », « …, la titulaire aussi », "for misconduct"
		}
	}
	if p := k + 1; p+1 < len(toks) && meantFor[toks[p].Norm] && (isArticle(toks[p+1].Norm) || toks[p+1].IsAny(cSingDet, cPlainDets)) {
		return false // « suspendu pour le fautif »: a measure for someone
	}
	for m := 0; m < len(toks); m++ {
		if m >= i && m <= k {
			continue
		}
		if end, _ := a.communeAt(m); end > m && m > from && toks[m].Has(text.Cap) && !toks[m].IsAny(cFirst, cAmbig) {
			m = end - 1 // « les maraudes de Mamoudzou »: a town, no one; « le cours de Marie » is hers
			continue
		}
		if a.personAt(m) || m < i && (toks[m].IsAny(cFirst, cAmbig) || toks[m].Has(text.Cap) && !englishDeterminers[toks[m].Norm] && !thingDeterminers[toks[m].Norm]) {
			return false // « le cours de karim », « suspendu pour Paul », "Zorglub from the class"
		}
	}
	return true
}

// matterTopics make a meeting someone's matter or the association's
// affair (data/words/matter_topics.txt); postponementWords may follow the
// verb of an event put off; nounLinks
// join an English noun to its complement; meantFor say whom a
// measure is for; clauseOpeners open another clause (data/words/
// prepositions.txt, clause_openers.txt).
var (
	matterTopics      = lexicon.Words(lexicon.Data, "matter_topics")
	postponementWords = lexicon.Words(lexicon.Data, "postponement_words")
	nounLinks         = prepositionUses.of("noun-link")
	meantFor          = prepositionUses.of("meant-for")
	clauseOpeners     = lexicon.Words(lexicon.Data, "clause_openers")
)

// thingDeterminers stand before the head of a French subject: « le
// match », « notre prochaine sortie ».
var thingDeterminers = lexicon.Words(lexicon.Data, "thing_determiners")

// englishDeterminers open an English subject ("The concert", "Our
// class"): capitalised at the start, they name no one.
var englishDeterminers = map[string]bool{"the": true, "our": true, "this": true, "that": true, "these": true, "your": true, "their": true, "next": true, "tonight": true, "today": true}

// personAt: the token at m is a person: in a name, a person noun or role,
// a personal pronoun, or a capitalised word inside the sentence, which may
// be a name no list holds.
func (a *analysis) personAt(m int) bool {
	t := a.s.Toks[m]
	if _, ok := a.nameHolding(m); ok {
		return true
	}
	switch t.Norm {
	case "on", "nous", "we", "vous", "you", "je", "j", "i", "me", "moi", "lui", "elle", "eux", "him", "her", "them", "they",
		"celui", "celle", "ceux", "celles", "interesse", "interessee", "one", "ones":
		return true
	}
	return subjectPronouns[t.Norm] || t.IsAny(cPerson, cRole, cUniqueOffices) || t.IsAny(cKin, cPartner, cPopulation) || t.Has(text.Cap) && m > 0 && !isClauseSep(t.Sep)
}

// matterWordAt: a word of the special, strategy or gray lists covers the
// token at m: the scheduled thing is about someone or the association's
// affairs (« la réunion du plan social », "the redundancy meeting").
func (a *analysis) matterWordAt(m int) bool {
	for _, h := range a.hits {
		if h.i <= m && m < h.j && (h.dict == dSpecial || h.dict == dStrategy || h.dict == dGray || h.dict == dQuasi) {
			return true
		}
	}
	return false
}
