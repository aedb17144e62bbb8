package classify

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// The gray zone (issue 7, section 4) is the association's own news not
// public yet: a gray cue (« faute de bénévoles », « a mis fin à »,
// « encore flou », "still unclear") needs the association as its subject
// or owner — « on », « nous », « notre », "we", "our", its board. Said by
// a public voice (a ministry, the government, the Senate, a national
// barometer) or reported from a named outside source (« …, titre Le
// Monde », « selon la Cour des comptes », "…, the BBC reports"), the same
// cue is public news: « L'État a mis fin au dispositif des contrats
// aidés », « Le plan de relance est encore flou, selon la Cour des
// comptes », "The government has frozen the budget for school sports".
// Such a sentence loses its gray doubts (internal, partner, vague, and a
// statistic's aggregate: « d'après l'INSEE, 14 % des ménages… ») when it
// carries nothing of the association's own voice. What is blocked stays
// blocked; a local body we deal with (« la mairie », « le club ») is no
// public voice; a role or a person of ours as the source (« …, annonce la
// trésorière »), the press as the one we turn to (« aller voir la
// presse »), a matter left to chance (« peut-être ») or still to come
// (« pas encore ») keep the doubt.

// The rules read these sets per token through their classes
// (set_classes.go: cOwnVoice, cPublicVoice, cReportVerb, cVoiceObject).
var (
	ownVoice     = lexicon.Words(lexicon.Data, "own_voice")
	publicVoices = lexicon.Words(lexicon.Data, "public_voices")
	capsVoices   = capitalEntries("public_voices")
	reportVerbs  = lexicon.Words(lexicon.Data, "report_verbs")
	contactVerbs = lexicon.Words(lexicon.Data, "voice_object_words")
)

// grayRules are the rules of the gray zone the public voice revises.
var grayRules = map[string]bool{"internal": true, "partner": true, "vague": true, "aggregate": true}

// dropPublicVoiceGray removes the gray doubts of a sentence told by a
// public voice and not by the association.
func (a *analysis) dropPublicVoiceGray() {
	k := a.sentenceFindings()
	if !slices.ContainsFunc(a.findings[k:], grayDoubt) || !a.publicVoice(k) {
		return // no gray doubt to drop: the voice is not asked
	}
	a.dropFindingsFrom(k, grayDoubt)
}

// grayDoubt: a doubt of the gray zone, which a public voice revises.
func grayDoubt(f Finding) bool { return f.Verdict == Doubt && grayRules[f.Rule] }

// publicVoice: the sentence names a public voice (public_voices.txt, a
// public source of data/cues/public_sources.txt) or ends on its report,
// and holds no word of the association's own voice (own_voice.txt:
// « nous », "our", its board); first is the index of the sentence's
// first finding.
func (a *analysis) publicVoice(first int) bool {
	if a.leftOpenHere() || a.notYet() || a.grantAtStake() || a.keptAmongUs() {
		// « peut-être un reportage de France 3 », « pas encore voté »;
		// a grant or a partnership is most often ours (« le ministère n'a
		// toujours pas versé la subvention »), not a lack of funding the
		// body gives as its reason
		return false
	}
	if a.ownVoiceSaid() {
		return false
	}
	_, cited := a.firstPending(pendPublicSource, func(h hit) bool { return a.sourceWritten(h) && !a.contactedAt(h.i) })
	voice := false
	for k := range a.s.Toks {
		voice = voice || a.s.Toks[k].Is(cPublicVoice) && a.voiceAt(k)
	}
	if a.counterpartCue(first) {
		// a body that ends, does not answer or is awaited is most often
		// our counterpart (« toujours pas de réponse du ministère pour
		// l'agrément »): only a report by a named source makes it news
		return cited || a.reportedSource()
	}
	return voice || cited || a.reportedSource()
}

// ownVoiceSaid: the sentence speaks in the association's voice: a word
// of own_voice.txt (« nous », "our", its board) or, in French, « on »
// (English "on the radio" is no one).
func (a *analysis) ownVoiceSaid() bool {
	if a.has(cOwnVoice) {
		return true
	}
	if a.inEnglish() {
		return false
	}
	for _, t := range a.s.Toks {
		if t.Norm == "on" {
			return true
		}
	}
	return false
}

// grantAtStake: a funding word (« subvention », "grant") that is not the
// lack a public body gives as its reason (« faute de financement », "for
// lack of funding": lack_words.txt, two words before).
func (a *analysis) grantAtStake() bool {
	if !a.has(cFunding) {
		return false
	}
	toks := a.s.Toks
	for k, t := range toks {
		if t.Is(cFunding) && !(k > 1 && lackWords[toks[k-2].Norm] && (toks[k-1].Norm == "de" || toks[k-1].Norm == "d" || toks[k-1].Norm == "of")) {
			return true
		}
	}
	return false
}

var lackWords = lexicon.Words(lexicon.Data, "lack_words")

// counterpartCue: the sentence's gray cue tells a relation with a body —
// an answer awaited or refused, no reply, a partnership ended, talks, a
// request —, or a rule found a partner's news among the sentence's
// findings.
func (a *analysis) counterpartCue(first int) bool {
	ps := a.sentencePending()
	if ps.has(pendAwaiting) || ps.has(pendNoReply) || ps.has(pendNotGranted) || ps.has(pendEnded) ||
		ps.has(pendTalks) || ps.has(pendAsked) {
		return true
	}
	for _, f := range a.findings[first:] {
		if f.Rule == "partner" {
			return true
		}
	}
	return false
}

// keptAmongUs: the sentence says it is not public — « pas officiel »,
// « embargo », « ne pas diffuser », « interne », the list of
// data/cues/not_public_yet.txt —: whoever it names, it is the
// association's news.
func (a *analysis) keptAmongUs() bool {
	return a.restrictedSomewhere() || a.has(cDisclose) && a.negated() || a.sentencePending().has(pendNotPublicYet)
}

// voiceAt: token k is a public voice, written with a capital past the
// sentence's first word when its entry asks for one (« l'État », not
// « l'état de la salle »), and not the object of a verb of contact.
func (a *analysis) voiceAt(k int) bool {
	t := &a.s.Toks[k]
	if !t.Is(cPublicVoice) || capsVoices[t.Norm] && (k == 0 || !a.capitalAt(k)) {
		return false
	}
	return !a.contactedAt(k)
}

// capitalEntries returns the folded entries of data/words/<name>.txt
// written with a capital.
func capitalEntries(name string) lexicon.WordSet {
	s := lexicon.WordSet{}
	for _, w := range lexicon.MustList(lexicon.Data, "data/words/"+name+".txt") {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			s[text.Fold(w)] = true
		}
	}
	return s
}

// reportedSource: the sentence ends on the named source of a report — a
// comma, then a verb of saying and its subject (« …, rappelle l'ADIL »,
// « …, titre Le Monde »), or its subject and the verb ("…, the BBC
// reports") — or names it after « selon », "according to" (« selon les
// médias »).
func (a *analysis) reportedSource() bool {
	toks := a.s.Toks
	n := len(toks)
	for k := 1; k < n && a.has(cReportVerb); k++ { // both reports end on a verb of saying
		if !a.commaBefore(k) {
			continue
		}
		if toks[k].Is(cReportVerb) && n-k <= 8 && k+1 < n && a.sourceOpens(k+1) {
			return a.outsideSource(k+1, n)
		}
		if n-k <= 6 && toks[n-1].Is(cReportVerb) && a.inEnglish() && a.sourceOpens(k) {
			return a.outsideSource(k, n-1)
		}
	}
	for k := 0; k+1 < n; k++ {
		if toks[k].Norm == "selon" || toks[k].Norm == "according" && toks[k+1].Norm == "to" {
			return a.outsideSource(k+1, min(n, k+6))
		}
	}
	return false
}

// sourceOpens: token k opens a noun phrase — an article, or a capital
// (« …, annonce pas avant l'AG » is a noun, not a verb of saying).
func (a *analysis) sourceOpens(k int) bool {
	t := a.s.Toks[k]
	return t.Is(cDefiniteArticles) || isIndefinite(t.Norm) || a.capitalAt(k)
}

// outsideSource: tokens i to j name a public source — a public voice or
// a source of data/cues/public_sources.txt (« selon les médias », « …,
// titre Le Monde »), not a common noun (« selon les revenus », « selon
// des rumeurs », « note le compte rendu ») nor a counterpart of ours
// (« …, the Diocese says », « précise la CAF »); no role, no people of
// ours, no one named (« …, explique Sophie »).
func (a *analysis) outsideSource(i, j int) bool {
	named := false
	for k := i; k < j; k++ {
		t := a.s.Toks[k]
		if t.IsAny(cRole, cOwnPeople, cPopulation, cPerson, cFirst) {
			return false // « …, annonce la trésorière », « …, explique Martine »
		}
		named = named || t.Is(cPublicVoice) || a.publicSourceAt(k)
	}
	for _, nh := range a.names {
		if nh.i < j && nh.j > i && !nh.public {
			return false
		}
	}
	return named
}

// publicSourceAt: token k is inside a public source written as its name.
func (a *analysis) publicSourceAt(k int) bool {
	_, ok := a.firstPending(pendPublicSource, func(h hit) bool { return h.i <= k && k < h.j && a.sourceWritten(h) })
	return ok
}

// capitalAt: token k is written with a capital (« État », "BBC").
func (a *analysis) capitalAt(k int) bool {
	r, _ := utf8.DecodeRuneInString(a.text[a.s.Toks[k].From():])
	return unicode.IsUpper(r)
}

// contactedAt: a word of voice_object_words.txt stands within four words
// before the public voice at k or just after it (« aller voir les
// médias », « aux médias », « avec l'équipe de France Bleu », "the Senate
// visit"): the voice is an object, an addressee, a partner or a place.
func (a *analysis) contactedAt(k int) bool {
	toks := a.s.Toks
	for i := max(0, k-4); i < k; i++ {
		if toks[i].Is(cVoiceObject) {
			return true
		}
	}
	return k+1 < len(toks) && toks[k+1].Is(cVoiceObject)
}

// inEnglish: the sentence holds an English link word besides "on" and
// "as" (« on » is then a preposition, not the association's pronoun).
func (a *analysis) inEnglish() bool {
	for _, t := range a.s.Toks {
		if t.Is(cEnglishLinks) && t.Norm != "on" && t.Norm != "as" {
			return true
		}
	}
	return false
}

// sourceWritten: a public source written as its name — a word with a
// capital past the sentence's first word, or a word in capitals — not
// common words that spell it ("you know who I mean" is not the WHO,
// « Le monde associatif » is not Le Monde, "Who will…" is a question).
func (a *analysis) sourceWritten(h hit) bool {
	for k := h.i; k < h.j; k++ {
		w := a.text[a.s.Toks[k].From():a.s.Toks[k].To()]
		if k > 0 && a.capitalAt(k) || len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			return true
		}
	}
	return false
}

// leftOpenHere: a word that leaves the matter to chance (« peut-être »,
// "might"): a plan of ours that a public voice may join, not its news.
// (« encore flou », "still unclear" are the cues themselves.)
func (a *analysis) leftOpenHere() bool {
	as := affairSet(a.listsFound(dAffair))
	return as.has(affModal)
}
