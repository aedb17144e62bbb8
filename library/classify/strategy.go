package classify

import (
	"strings"

	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// The association's own confidential matters are sensitive whoever they
// are about: a merger in preparation, non-public finances, a negotiation,
// a grant application not yet filed, HR and internal conflicts,
// litigation, anything marked confidential. Generic use ("formation sur le
// harcèlement", "permanence avocat gratuite") and published figures ("comme
// indiqué dans notre bilan en ligne") are not.

func (a *analysis) findStrategy() {
	published := a.isPublished()
	a.findGrantIntent()
	if !published {
		a.findNegativeBalance()
	}
	a.findLettingGo()
	a.findContractEnd()
	if !published {
		a.findPersonMoney()
	}
	a.scratch = a.spansOf(dStrategy, a.scratch[:0])
	for _, sp := range a.scratch {
		t := a.lex.strategy[sp.val-1]
		if a.accentMissing(sp, t) && !(sp.i > 0 && a.s.Toks[sp.i-1].Norm == "ete") {
			continue // « remercie la mairie » thanks it; « remercié », « a ete remercie » dismiss someone
		}
		if t.rule == ruleHR && t.flags&accented != 0 && sp.j < len(a.s.Toks) && thankedFor[a.s.Toks[sp.j].Norm] {
			continue // « remercié pour son engagement », « remerciée lors de la soirée »: thanked
		}
		if a.insideRoleMailbox(sp.i, sp.j) {
			continue // address_words.go: « tresorerie@asso-bellevue.org » is a mailbox, not the accounts
		}
		if t.rule == ruleHR && a.letGoOfThing(sp) {
			continue // let_go.go: "the balloons were let go"
		}
		if t.rule == ruleHR && a.sanctionOfThing(sp) {
			continue // sanction_of_thing.go: « le match a été renvoyé à dimanche », "the concert has been suspended"
		}
		if a.genericBefore(sp.i) && !a.namedOwnerAfter(sp.j) || a.venueBefore(sp.i) || t.rule == ruleFinance && (published || a.publishedMatter(ruleFinance) || a.paymentInstruction(sp.i, sp.j)) ||
			t.flags&needMoney != 0 && !a.hasMoneyIn(a.clauseAround(sp.i, sp.j)) { // the amount of that clause: « Tarif : 10 €, on peut aller jusqu'à 3 séances » bargains nothing
			continue
		}
		if (t.rule == ruleHR || t.rule == ruleLitigation || t.rule == ruleFinance) && ((a.startsGeneric() || a.hypotheticalBefore(sp.i)) && (len(a.names) == 0 && len(a.anchors) == 0 || a.onlyHosts(sp.i, sp.j)) || a.rightsOfAnyone() || t.rule != ruleFinance && a.topicHeading(sp.i, sp.j)) {
			continue // "Formation : le harcèlement au travail", « Atelier : éviter un trou de trésorerie », « en cas de litige »; event_host.go: « … animé par une juriste : licenciement »; rights_of_anyone.go: « Un salarié licencié peut saisir les prud'hommes »
		}
		if t.rule == ruleMerger && a.mergesActivities(sp.j) || t.rule == ruleConfidential && (a.credentialNamed(sp.i) || a.secrecyDuty(sp.i, sp.j) || a.secretThing(sp.i, sp.j)) {
			continue // strategy_activity.go: « on fusionne les deux séances », « votre code confidentiel »; secrecy_duty.go: « le secret professionnel », « à bulletin secret »
		}
		if sp.j == sp.i+1 && a.s.Toks[sp.i].Has(text.Cap) && !a.s.Toks[sp.i].Has(text.Upper) && a.named(sp.i) && !verbBeforeObject(a.s.Toks, sp.i) {
			continue // a first name spelled as a word: "Sue will bring the cakes", "her partner Sue"
		}
		if a.insideRecordName(sp.i, sp.j) || a.generalQuestion() {
			continue // « le procès-verbal de l'AG »: the record, not a trial; general_question.go: « Quelles sont les étapes d'une fusion ? »
		}
		if a.publicTopic(sp.i, t.kind) || a.citedPublicNews() { // cited_source.go: « …, selon l'AFP »
			continue // "Le tribunal organise une journée portes ouvertes", "Écoute anonyme et confidentielle"
		}
		if a.publishedMatter(t.rule) { // published_matter.go
			continue // a merger voted or announced in public: the association's news
		}
		if t.rule == ruleHR && a.meetingConvened(sp) {
			continue // convened_meeting.go: « le président convoque l'assemblée générale »
		}
		if t.rule == ruleGrant && a.jobApplication(sp) {
			continue // job_application.go: « CDI 35h, candidature via l'offre publique »
		}
		reason := t.rule.reason()
		switch {
		case t.flags&strong != 0:
			a.addAs(t.rule, Blocked, sp.i, sp.j, reason)
		case t.flags&weak != 0:
			if !a.sentenceGeneric() && !a.howToQuestion() && !published && !a.publicCall() { // a weak word in a published text is public; a call with its deadline too (public_call.go)
				a.addAs(t.rule, Doubt, sp.i, sp.j, reason+i18n.T(" ?", "?"))
			}
		default:
			if !a.sentenceGeneric() {
				a.addAs(t.rule, Blocked, sp.i, sp.j, reason)
			}
		}
	}
}

// thankedFor follow a « remercié » that thanks (data/words/thanked_after.txt).
var thankedFor = lexicon.Words(lexicon.Data, "thanked_after")

// verbBeforeObject: the word at k is followed by an article, a
// possessive or an object pronoun, as a verb is ("Sue the builder",
// "we will sue them"), or preceded by "to" or a modal.
func verbBeforeObject(toks []text.Token, k int) bool {
	if k > 0 && (toks[k-1].Norm == "to" || toks[k-1].Is(cModalWords)) {
		return true
	}
	if k+1 >= len(toks) {
		return false
	}
	n := toks[k+1].Norm
	return isArticle(n) || isPossessive(n) || ownerWords[n] || englishObjects[n] || n == "them" || n == "us"
}

// findNegativeBalance: "le compte est à -4 812 €": a negative amount of
// money with an account word is an unpublished balance.
func (a *analysis) findNegativeBalance() {
	toks := a.s.Toks
	if !a.has(cAccount) || !a.hasMoney() {
		return
	}
	for i := 1; i < len(toks); i++ {
		if toks[i].Has(text.Digit) && toks[i].Sep == '-' && toks[i].Spaced && !toks[i-1].Has(text.Digit) {
			a.add(ruleFinance, i, i+1)
			return
		}
	}
}

// findLettingGo: "let our cook go", "let him go at the end of the month".
func (a *analysis) findLettingGo() {
	toks := a.s.Toks
	for i := range toks {
		if toks[i].Norm != "let" {
			continue
		}
		for k := i + 2; k < min(len(toks), i+5); k++ {
			if toks[k].Norm == "go" {
				a.add(ruleHR, i, k+1)
				return
			}
		}
	}
}

// findContractEnd: an employment contract that ends or is not renewed
// ("le contrat aidé de Mehdi n'est pas renouvelé", "fin du CDD de la
// cuisinière") is an HR matter.
func (a *analysis) findContractEnd() {
	if !a.has(cContract) || !a.has(cContractEnd) {
		return
	}
	toks := a.s.Toks
	contract, end := -1, false
	for i, t := range toks {
		if t.Is(cContract) && contract < 0 {
			contract = i
		}
		end = end || t.Is(cContractEnd)
	}
	if contract >= 0 && end && (len(a.names) > 0 || len(a.anchors) > 0) && !a.sentenceGeneric() {
		a.add(ruleHR, contract, contract+1)
	}
}

// findPersonMoney: amounts about a named person or a single role
// ("dépenses de la présidente : 3 400 €", "dons : M. Leclerc 5 000 €")
// are detailed finances.
func (a *analysis) findPersonMoney() {
	if !a.has(cPersonMoney) {
		return
	}
	toks := a.s.Toks
	word := -1
	for i, t := range toks {
		if t.Is(cPersonMoney) {
			word = i
			break
		}
	}
	if word < 0 || !a.hasMoney() || a.sentenceGeneric() {
		return
	}
	person := len(a.names) > 0
	for _, an := range a.anchors {
		person = person || an.role || an.kind == anchorPerson && toks[an.k].Is(cDefiniteDets)
	}
	for i := 1; i < len(toks) && !person; i++ {
		person = toks[i].Is(cRole) && (toks[i-1].Norm == "du" || toks[i-1].Norm == "la" || toks[i-1].Norm == "l")
	}
	if person {
		a.add(ruleFinance, word, word+1)
	}
}

// hasMoney: an amount in the sentence ("800 €", "1 200 euros", "£300").
func (a *analysis) hasMoney() bool {
	return a.hasMoneyIn(0, len(a.s.Toks))
}

// hasMoneyIn: an amount of money among the tokens [from, to).
func (a *analysis) hasMoneyIn(from, to int) bool {
	toks := a.s.Toks
	if from >= to {
		return false
	}
	s := a.text[toks[from].From():min(len(a.text), toks[to-1].To()+4)]
	if strings.Contains(s, "€") || strings.Contains(s, "£") || strings.Contains(s, "$") {
		return true
	}
	for i := max(from, 1); i < to; i++ {
		switch toks[i].Norm {
		case "euros", "euro", "eur", "k", "keur":
			if toks[i-1].Has(text.Digit) {
				return true
			}
		}
		if w := toks[i].Norm; len(w) >= 2 && w[len(w)-1] == 'k' && w[0] >= '0' && w[0] <= '9' {
			return true // "5k"
		}
	}
	return false
}

// clauseAround returns the tokens of the clause that holds [i, j): from
// the comma, colon or semicolon before it to the one after it, or past
// « c'est » that takes the clause up again (« notre plancher, c'est
// 22 000 € »).
func (a *analysis) clauseAround(i, j int) (from, to int) {
	toks := a.s.Toks
	for from = i; from > 0 && !isClauseSep(toks[from].Sep); from-- {
	}
	for to = j; to < len(toks) && !isClauseSep(toks[to].Sep); to++ {
	}
	if to+1 < len(toks) && toks[to].Norm == "c" && toks[to+1].Norm == "est" { // « notre plancher, c'est 22 000 € »: the same clause, taken up
		for to += 2; to < len(toks) && !isClauseSep(toks[to].Sep); to++ {
		}
	}
	return from, to
}

// findGrantIntent: a grant application being prepared ("on va solliciter
// la Fondation X", "on prépare le dossier pour la Région") is not yet
// filed: an intent word and a funding word in the same sentence.
func (a *analysis) findGrantIntent() {
	intent, funding := -1, -1
	asking := false
	for _, h := range a.hits {
		if h.dict == dGrantIntent && intent < 0 {
			intent = h.i
		}
		if h.dict == dGrantIntent && a.askingVerb(h) {
			asking = true
		}
		if h.dict == dFunding && funding < 0 {
			funding = h.i
		}
	}
	if funding < 0 && asking && a.hasMoney() {
		funding = a.funderBody() // "on va demander 30 000 € à la CAF"
	}
	if intent >= 0 && funding >= 0 && !a.isPublished() && !a.howToQuestion() && !a.thankedForFunding() { // grant_thanked.go
		a.add(ruleGrant, min(intent, funding), max(intent, funding)+1)
	}
}

// howToQuestion: the sentence asks how things are done (« Comment on
// remplit une demande de subvention ? », "How do we apply for…?")
// without an amount: a question about a procedure, not our application.
func (a *analysis) howToQuestion() bool {
	toks := a.s.Toks
	if len(toks) == 0 || !interrogatives[toks[0].Norm] || a.hasMoney() {
		return false
	}
	return strings.Contains(a.text[a.s.Start:min(len(a.text), a.s.End+2)], "?")
}

// interrogatives open a question about a procedure (data/words/interrogatives.txt).
var interrogatives = lexicon.Words(lexicon.Data, "interrogatives")

// askingVerb: the intent is to ask for money ("on va demander",
// "solliciter", "candidater"), not merely "en cours".
func (a *analysis) askingVerb(h hit) bool {
	for k := h.i; k < h.j; k++ {
		w := a.s.Toks[k].Norm
		for _, p := range []string{"demand", "sollicit", "candidat", "depos", "apply"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// funderBody returns the first public funder named in the sentence, or -1.
func (a *analysis) funderBody() int {
	for i, t := range a.s.Toks {
		if t.Is(cFunderBodies) {
			return i
		}
	}
	return -1
}

// isPublished: the sentence says the fact is already public, and does not
// deny it ("budget détaillé non publié", "pas encore en ligne").
func (a *analysis) isPublished() bool {
	if a.memo&memoPublishedDone == 0 {
		a.memo |= memoPublishedDone
		if a.computePublished() {
			a.memo |= memoPublished
		}
	}
	return a.memo&memoPublished != 0
}

func (a *analysis) computePublished() bool {
	if a.restrictedSomewhere() {
		return false // « résultats provisoires du sondage », "internal survey results"
	}
	toks := a.s.Toks
	for _, h := range a.hits {
		if h.dict != dPublished || a.onlineChannel(h.i, h.j) { // online_channel.go: « dons en ligne »
			continue
		}
		negated := false
		for k := h.i - 1; k >= max(0, h.i-4) && !isClauseSep(toks[k+1].Sep); k-- { // "not yet in the annual report", in its clause
			switch toks[k].Norm {
			case "non", "pas", "not", "jamais", "never", "encore", "yet", "ni":
				negated = true
			}
		}
		if !negated && !a.channelOf(h) {
			return true
		}
	}
	return false
}

// publicTopic: the matter is the topic of a public event or the promise
// of a public service, not the association's own: a confidential
// helpline ("écoute anonyme et confidentielle"), or an event open to the
// public about a court, a deficit or a dismissal ("journée portes
// ouvertes du tribunal", "licenciement : vos droits, permanence
// gratuite"). A name, a person or "notre" keeps the matter the
// association's.
func (a *analysis) publicTopic(k int, kind string) bool {
	if len(a.names) > 0 || a.ownedBefore(k) {
		return false
	}
	toks := a.s.Toks
	if kind == "confidential" {
		for i := max(0, k-3); i < k; i++ {
			if toks[i].Is(cServiceWords) {
				return true
			}
		}
		return a.readersDataKept(k)
	}
	return a.has(cPublicEvents) && a.has(cPublicPromises) && len(a.anchors) == 0
}

// readersDataKept: what is said confidential at k is the reader's own
// data, a promise of the association (« Vos données restent
// confidentielles », "Your details will be kept confidential"): a
// reader's possessive and a noun of readersData in the few words before.
func (a *analysis) readersDataKept(k int) bool {
	toks := a.s.Toks
	for i := max(0, k-5); i+1 < k; i++ {
		switch toks[i].Norm {
		case "vos", "votre", "your", "tes", "ton":
			if readersData[toks[i+1].Norm] {
				return true
			}
		}
	}
	return false
}

// readersData name what a reader gives the association (data/words/readers_data.txt).
var readersData = lexicon.Words(lexicon.Data, "readers_data")

// ownedBefore: "notre", "nos", "our" in the few words before k.
func (a *analysis) ownedBefore(k int) bool {
	for i := max(0, k-4); i < k; i++ {
		switch a.s.Toks[i].Norm {
		case "notre", "nos", "our", "on", "nous", "we":
			return true
		}
	}
	return false
}

// insideRecordName: the words i..j are part of a longer name of a record
// (data/cues/record.txt: « procès-verbal », « compte rendu »), which says
// nothing of the matter its first word names alone.
func (a *analysis) insideRecordName(i, j int) bool {
	for _, h := range a.hits {
		if h.dict == dCue && h.val == int(cueRecord) && h.i <= i && h.j >= j && h.j-h.i > j-i {
			return true
		}
	}
	return false
}
