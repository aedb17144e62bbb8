package classify

import (
	"slices"
	"strings"
	"unicode"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// « Quelles sont les étapes d'une rupture conventionnelle ? », "How
// should a small charity negotiate a lease?", « Explique la différence
// entre un bilan et un compte de résultat »: a question about how things
// are done or what a notion is, asked for anyone. The confidential
// matter's word (a negotiation, a merger, a dismissal) is its topic: no
// matter of ours is told. The association's voice (« notre », « on »,
// "we"), the writer's, a name, someone pointed at, an amount, a date, an
// organisation named (« l'association Horizons Partagés ») or a fact
// told in a clause (« … que la subvention ne sera pas renouvelée ? »,
// "… that a youth worker has been suspended?") make it a question about
// our own case, which stays blocked.

// explainWords open a request to explain a notion.
var explainWords = lexicon.Words(lexicon.Data, "explain_words")

// thirdPersonWords point at someone already in mind (« ses migraines »,
// « la laisser », "his meds").
var thirdPersonWords = lexicon.Words(lexicon.Data, "third_person_words")

// aboutNoOne: the sentence is the whole value, no word of it points at
// someone in mind, describes someone (relativeWords) or singles one out
// (« la seule », "the only"), no initials stand in it, and it gives no
// age and no moment (« la semaine prochaine », « mercredi »): a
// special-category word in a general question is then a notion.
func (a *analysis) aboutNoOne() bool {
	if a.ageGiven() || a.tellsNews() || a.momentSaid() || a.anyWordIn(dayWords) {
		return false // « un enfant de 8 ans », « sort de prison la semaine prochaine »: someone's case
	}
	anyone := a.askedOfAnyone(a.afterLabel())
	for k := range a.s.Toks {
		t := &a.s.Toks[k]
		if thirdPersonWords[t.Norm] && !invertedSubject(t) && !(anyone && subjectPossessives[t.Norm]) || relativeWords[t.Norm] && !(k > 0 && (materialNouns[a.s.Toks[k-1].Norm] || askingLinks[a.s.Toks[k-1].Norm])) || t.Is(cUniqueWords) || t.Has(text.Cap) && k > 0 && a.shortNameOrInitials(k) && !a.specialTermAt(k) {
			return false // « ses migraines », « un parrain qui est en prison », "the only paid worker", « FM »; not « un AVC »
		}
	}
	// a second sentence may say who (« … ? Elle pleure tous les matins. »);
	// a request about the answer's form says no one (« … ? Rédige une affiche simple. »)
	return a.onlyRequestsAround()
}

// askingLinks join a second question (data/words/asking_links.txt).
var askingLinks = lexicon.Words(lexicon.Data, "asking_links")

// onlyRequestsAround: the other sentences of the sentence's line are
// requests about the answer (onlyRequests). A filled prompt sets a value
// on a line of its own among the template's lines, which are requests of
// their own kind; the value's line is what the volunteer wrote.
func (a *analysis) onlyRequestsAround() bool {
	from := strings.LastIndexByte(a.text[:a.s.Start], '\n') + 1
	to := len(a.text)
	if k := strings.IndexByte(a.text[a.s.End:], '\n'); k >= 0 {
		to = a.s.End + k
	}
	return onlyRequests(a.text[from:a.s.Start]) && onlyRequests(a.text[a.s.End:to])
}

// requestWords open a request to the AI about the answer (« Rédige une
// affiche simple », « Fais une liste », "Write a general guide for our
// website", « Réponse générale pour notre FAQ »).
var requestWords = lexicon.Words(lexicon.Data, "request_words")

// onlyRequests: every sentence of s is a request about the answer's
// form that points at no one (no word of thirdPersonWords: « Donne-lui
// des conseils » is about someone) and names no one (no capitalised
// word but an initialism: « … pour Léo, 8 ans » gives the case), or s
// holds no sentence.
func onlyRequests(s string) bool {
	for s != "" {
		end := strings.IndexAny(s, ".!?;\n")
		if end < 0 {
			end = len(s)
		}
		piece := s[:end]
		s = s[min(len(s), end+1):]
		words := strings.FieldsFunc(piece, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
		if len(words) == 0 {
			continue
		}
		if !requestWords[text.Fold(words[0])] {
			return false
		}
		for _, w := range words[1:] {
			if thirdPersonWords[text.Fold(w)] || titleCase(w) {
				return false
			}
		}
	}
	return true
}

// momentSaid: a word of past_or_next.txt says a moment (« la semaine
// passée », « le mois prochain »), not the verb « se passer » written
// without its accent (« Comment se passe une garde à vue ? »).
func (a *analysis) momentSaid() bool {
	if !a.has(cPastOrNext) {
		return false
	}
	toks := a.s.Toks
	for k := range toks {
		if toks[k].Is(cPastOrNext) && !(k > 0 && (toks[k-1].Norm == "se" || toks[k-1].Norm == "s")) {
			return true
		}
	}
	return false
}

// specialTermAt: a special-category term starts at token k (« AVC »,
// « TDAH »): an initialism of the lists names a condition, not a person.
func (a *analysis) specialTermAt(k int) bool {
	_, v := a.at(dSpecial, k)
	return v != 0
}

// relativeWords open a clause that describes someone (« un parrain qui
// est en prison »): a special fact said of one person, even an indefinite
// one, is no question of notions.
var relativeWords = lexicon.Words(lexicon.Data, "relative_words")

// ourCaseWords are the association's and the writer's own voice.
var ourCaseWords = lexicon.Words(lexicon.Data, "our_case_words")

// namedOrganisation: a word that starts an organisation's name
// (« association », « collectif ») is followed by a capitalised name.
func (a *analysis) namedOrganisation() bool {
	toks := a.s.Toks
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Is(cOrgHeadWords) && !toks[k].Has(text.Cap) && toks[k+1].Has(text.Cap) {
			return true
		}
	}
	return false
}

// generalQuestion: the sentence opens with a question word and asks, or
// opens with a request to explain, and holds no voice of ours, no name,
// no one pointed at (an indefinite « un salarié » is anyone), no amount,
// no date or moment, no organisation named and no clause opened by
// « que » or "that".
func (a *analysis) generalQuestion() bool {
	return a.questionOfNotions(false)
}

// questionOfNotions is generalQuestion; with anyoneOn, a question whose verb
// has « on » after it (« Peut-on … si on est diabétique ? ») asks what
// anyone may do, as a special fact's notion: a question about our own
// activity (« Doit-on continuer les lotos ? ») stays ours for the other
// rules.
func (a *analysis) questionOfNotions(anyoneOn bool) bool {
	toks := a.s.Toks
	if len(toks) == 0 {
		return false
	}
	q := a.afterLabel() // « FAQ : comment … ? »
	if !a.opensAsQuestion(q, anyoneOn) && (q == 0 || !a.opensAsQuestion(0, anyoneOn)) {
		return false // « Quand FM a ses migraines, … »: « quand » asks nothing here
	}
	if len(a.names) > 0 || a.hasMoney() {
		return false
	}
	if a.anyWordIn(dayWords) || a.momentSaid() || a.tellsNews() || a.namedOrganisation() {
		return false // « … avant la signature avec l'association Horizons Partagés prévue le 14 juin ? »: our case
	}
	return a.noneOfOurs(anyoneOn && a.invertedOn())
}

// noneOfOurs: no word of the sentence is the association's or the
// writer's own voice (« mon », « nos », « on », unless anyoneOn makes
// « on » anyone), no clause opened by « que », "that" tells a fact, and
// every person it names is anyone (an indefinite « un salarié »), not
// one of the association's own.
func (a *analysis) noneOfOurs(anyoneOn bool) bool {
	toks := a.s.Toks
	for k := range toks {
		if ourCaseWords[toks[k].Norm] && !a.ourAudience(k) && !(toks[k].Norm == "on" && (anyoneOn || a.inEnglish())) { // "on how to…"
			return false
		}
		if k >= 2 && (toks[k].Norm == "que" || toks[k].Norm == "qu" || toks[k].Norm == "that") && !a.queAsks(k) && !a.queAsksWhatItIs(k) && !a.clauseOnTopic(k) { // notion_asked.go
			return false // « Comment annoncer aux bénévoles que la subvention ne sera pas renouvelée ? » tells a fact
		}
	}
	for _, an := range a.anchors {
		if !a.indefiniteAnchor(an.k) || a.ofOurGroup(an.k) {
			return false
		}
	}
	return true
}

// ownGroups are the association's own bodies (data/words/own_groups.txt).
var ownGroups = lexicon.Words(lexicon.Data, "own_groups")

// ofOurGroup: the indefinite person at k (« un bénévole ») is said to be
// one of the association's own: « de l'association », « du bureau »,
// "of the charity" within the three words after the noun. A question
// about them asks about one known person's case.
func (a *analysis) ofOurGroup(k int) bool {
	toks := a.s.Toks
	for n := k + 2; n < min(len(toks), k+6); n++ {
		if ownGroups[toks[n].Norm] {
			p := toks[n-1].Norm
			return p == "du" || p == "l" || p == "the" || p == "notre" || p == "nos" || p == "our"
		}
		if isClauseSep(toks[n].Sep) {
			break
		}
	}
	return false
}

// opensAsQuestion: the sentence, from q, asks a question, a definition
// or material for anyone (« Rédige une fiche pratique : comment… » opens
// at 0, « FAQ : comment … ? » at the label's end); the first word first:
// it is one look-up.
func (a *analysis) opensAsQuestion(q int, anyoneOn bool) bool {
	toks := a.s.Toks
	q = a.afterPolite(q)
	return explainWords[toks[q].Norm] || a.materialRequest(q) ||
		(interrogatives[toks[q].Norm] || a.opensOnWhatIs(q) || a.askedOfAnyone(q) || anyoneOn && a.opensOnInvertedOn(q)) && a.endsOnQuestion()
}

// opensOnInvertedOn: the question opens on a verb with « on » after it,
// after « que » at most (« Peut-on … ? », « Que risque-t-on … ? »): it
// asks what anyone may do or risks.
func (a *analysis) opensOnInvertedOn(q int) bool {
	for k := q + 1; k < min(len(a.s.Toks), q+4); k++ {
		if t := &a.s.Toks[k]; t.Norm == "on" && t.Sep == '-' {
			return true
		}
	}
	return false
}

// invertedOn: the question puts « on » after its verb (« Que risque-t-on
// si on conduit sans permis ? », « Peut-on … ? »): that « on » is anyone,
// and so is every other « on » of the question, not the association's
// voice (« on a un bénévole qui… »).
func (a *analysis) invertedOn() bool {
	for k := 1; k < len(a.s.Toks); k++ {
		if t := &a.s.Toks[k]; t.Norm == "on" && t.Sep == '-' {
			return true
		}
	}
	return false
}

// afterLabel returns where the sentence starts after a short label and a
// colon (« FAQ : comment … », "Quiz: what …"), else 0: a longer one
// may say something of someone (« Papa atteint d'Alzheimer : comment… »).
func (a *analysis) afterLabel() int {
	toks := a.s.Toks
	for q := 1; q < min(len(toks), 3); q++ {
		if toks[q].Sep == ':' {
			return q
		}
	}
	return 0
}

// askedOfAnyone: the sentence asks about anyone of a kind, an indefinite
// subject with the verb inverted (« Un enfant asthmatique peut-il faire
// du sport ? », « Une famille expulsée peut-elle être relogée ? ») or an
// English auxiliary before an indefinite article ("Can a child with
// asthma play sport?").
func (a *analysis) askedOfAnyone(q int) bool {
	toks := a.s.Toks
	if q+1 >= len(toks) {
		return false
	}
	if englishAuxiliaries[toks[q].Norm] && isIndefinite(toks[q+1].Norm) {
		return true
	}
	if toks[q].Norm != "un" && toks[q].Norm != "une" {
		return false
	}
	for k := q + 2; k < min(len(toks), q+8); k++ {
		switch toks[k].Norm {
		case "il", "elle", "ils", "elles":
			if invertedSubject(&toks[k]) {
				return true
			}
		}
	}
	return false
}

// englishAuxiliaries open an English question (data/words/english_auxiliaries.txt).
var englishAuxiliaries = lexicon.Words(lexicon.Data, "english_auxiliaries")

// indefiniteAnchor: the person a fact is said of is anyone of a kind:
// an indefinite article or pronoun (« un », "someone"), a noun right
// after an indefinite article (« une famille », "a carer") or what a
// person noun after one is said to be (« une personne diabétique »).
func (a *analysis) indefiniteAnchor(k int) bool {
	toks := a.s.Toks
	w := toks[k].Norm
	return isIndefinite(w) || toks[k].Is(cAnyone) || k > 0 && isIndefinite(toks[k-1].Norm) ||
		k > 1 && toks[k-1].Is(cPerson) && isIndefinite(toks[k-2].Norm) // « une personne diabétique »
}

// subjectPossessives refer back to a question's indefinite subject (data/words/subject_possessives.txt).
var subjectPossessives = lexicon.Words(lexicon.Data, "subject_possessives")

// invertedSubject: a subject pronoun glued to its verb by a hyphen
// (« peut-elle », « doit-il »): the question's own subject, the
// indefinite person before it, not someone in mind.
func invertedSubject(t *text.Token) bool {
	switch t.Norm {
	case "il", "elle", "ils", "elles":
		return t.Sep == '-'
	}
	return false
}

// titleCase: w opens on a capital and goes on in small letters (« Léo »),
// as a name is written; « FAQ » is an initialism.
func titleCase(w string) bool {
	r := []rune(w)
	return len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1])
}

// queAsks: « que » after « et » or « ou » opens a second question on an
// infinitive (« … et que faire en attendant les secours ? »), not a clause
// that tells a fact (« … que la subvention ne sera pas renouvelée ? »).
func (a *analysis) queAsks(k int) bool {
	toks := a.s.Toks
	if toks[k].Norm != "que" || k+1 >= len(toks) || toks[k-1].Norm != "et" && toks[k-1].Norm != "ou" {
		return false
	}
	w := toks[k+1].Norm
	switch w {
	case "notre", "votre", "leur", "entre", "contre":
		return false
	}
	return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re")
}

// materialNouns name what a volunteer asks the AI to write for anyone
// (« une affiche », "a leaflet"), data/words/material_nouns.txt;
// audienceNouns where the association publishes it (« notre site »,
// "our newsletter"), data/words/audience_nouns.txt.
var (
	materialNouns = lexicon.Words(lexicon.Data, "material_nouns")
	audienceNouns = lexicon.Words(lexicon.Data, "audience_nouns")
)

// materialRequest: the sentence opens on a request to write material
// (« Rédige un dépliant sur… », "Write a leaflet on how to spot…"): asked
// for anyone, as a question is.
func (a *analysis) materialRequest(q int) bool {
	toks := a.s.Toks
	if !requestWords[toks[q].Norm] {
		return false
	}
	for k := q + 1; k < len(toks); k++ {
		if k < q+4 && materialNouns[toks[k].Norm] || ourCaseWords[toks[k].Norm] && a.ourAudience(k) {
			return true // « Rédige une fiche… », "Summarise … for our newsletter"
		}
	}
	return false
}

// politeModals and addressees open a polite request (« Pouvez-vous
// rédiger… », "Can you summarise…").
var (
	politeModals = lexicon.Words(lexicon.Data, "polite_modals") // pouvez, can
	addressees   = lexicon.Words(lexicon.Data, "addressees")    // vous, you
)

// afterPolite returns the token of the request after a polite opener
// at q (« Pouvez-vous rédiger », "Can you summarise"), else q.
func (a *analysis) afterPolite(q int) int {
	toks := a.s.Toks
	if q+2 < len(toks) && politeModals[toks[q].Norm] && addressees[toks[q+1].Norm] {
		return q + 2
	}
	return q
}

// ourAudience: the word of ours at k names, within three words, where
// the association publishes (« pour notre FAQ », "for our hiking club
// newsletter"), not our case.
func (a *analysis) ourAudience(k int) bool {
	toks := a.s.Toks
	for n := k + 1; n < min(len(toks), k+4); n++ {
		if audienceNouns[toks[n].Norm] {
			return true // "for our hiking club newsletter"
		}
	}
	return false
}

// clauseOnTopic: the clause « que » or "that" opens at k states something
// of the special-category notion itself (« … que le VIH est aujourd'hui
// une maladie chronique », "that HIV is now manageable"), not of someone.
func (a *analysis) clauseOnTopic(k int) bool {
	toks := a.s.Toks
	n := k + 1
	if n < len(toks) && isArticle(toks[n].Norm) {
		n++
	}
	return n < len(toks) && a.specialTermAt(n)
}

// askedInGeneral: the sentence is a general question, and the value's
// other sentences are requests about the answer (onlyRequests).
func (a *analysis) askedInGeneral() bool {
	return a.generalQuestion() && a.onlyRequestsAround()
}

// dropGeneralQuestionGray removes the sentence's doubts about internal
// news when it is a general question asked for anyone (« Comment gérer
// un conflit entre deux bénévoles ? », "How can a landlord justify a rent
// increase?"): a how-to tells no news of ours.
func (a *analysis) dropGeneralQuestionGray() {
	k := a.sentenceFindings()
	if !slices.ContainsFunc(a.findings[k:], internalDoubt) || !a.askedInGeneral() {
		return
	}
	a.dropFindingsFrom(k, internalDoubt)
}

// internalDoubt: a doubt about internal news.
func internalDoubt(f Finding) bool { return f.Verdict == Doubt && f.Rule == ruleInternal.String() }
