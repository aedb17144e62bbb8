package classify

import (
	"strings"

	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Special categories (GDPR art. 9 and 10: health, origin, religion,
// political opinions, union membership, sex life, genetic and biometric
// data, criminal records) are sensitive when they concern a person. The
// same words in generic or public use (a workshop, a prevention campaign, a
// statistic about "les personnes") are not: a generic marker just before
// the word explains it; a plural public makes it a gray-zone statistic.

func (a *analysis) findSpecial() {
	a.scratch = a.spansOf(dSpecial, a.scratch[:0])
	a.definition = a.definesTerm(a.scratch)
	n := len(a.scratch)
	for _, sp := range a.scratch[:n] {
		a.judgeSpecialSpan(sp)
	}
	for _, sp := range a.hiddenBehindWeak(a.scratch[:n]) {
		a.judgeSpecialSpan(sp)
	}
	a.findSameSexCouple()
	a.findCoupleDescribed()
	a.findScansAndFasting()
}

// hiddenBehindWeak returns the entries that a weak entry hides: the
// spans are the leftmost longest, so « sous bracelet » (weak: only about
// someone the sentence points at) hides « bracelet électronique »
// (blocked by precaution without a person), and « Le maire est sous
// bracelet électronique » passed. An entry that starts inside a weak
// span, ends after it and is not weak itself is judged too, when the
// weak span is said of a subject that is a person (« Le maire est sous
// bracelet électronique »); « le nombre de détenus sous bracelet
// électronique », « vivre sous bracelet électronique » say it of no one.
func (a *analysis) hiddenBehindWeak(spans []span) []span {
	var out []span
	for _, sp := range spans {
		if a.lex.special[sp.val-1].flags&weak == 0 || sp.i == 0 || !copulas[a.s.Toks[sp.i-1].Norm] || !a.personSubject(sp.i-1) { // police_path.go
			continue
		}
		for k := sp.i + 1; k < sp.j; k++ {
			if end, val := a.at(dSpecial, k); val != 0 && end > sp.j && a.lex.special[val-1].flags&weak == 0 {
				out = append(out, span{k, end, val})
				break
			}
		}
	}
	return out
}

// writtenAsEntry: the entry at sp is written as its flags ask: with a
// capital or in capitals, with its accents, and a faith group named as
// one (faith_group_named.go: not « Rubrique Témoins : … »).
func (a *analysis) writtenAsEntry(sp span, t term) bool {
	toks := a.s.Toks
	if t.flags&capOnly != 0 && !toks[sp.i].Has(text.Cap) || t.flags&upperOnly != 0 && !toks[sp.i].Has(text.Upper) {
		return false
	}
	return faithFormHolds(toks, sp, t) && !a.accentMissing(sp, t) // « contrôle interne » is no « interné »
}

// judgeSpecialSpan judges one special-category entry of the sentence.
func (a *analysis) judgeSpecialSpan(sp span) {
	toks := a.s.Toks
	t := a.lex.special[sp.val-1]
	if !a.writtenAsEntry(sp, t) {
		return
	}
	if t.flags&capOnly != 0 && sp.j-sp.i == 1 && (inDashedCode(toks, sp.i) || a.insideProperName(sp.i)) {
		return // « AA-123-AA »: letters of a plate or a reference, no initialism; « Les Ponts Solidaires »: an association's name
	}
	if t.rule == ruleOrigin && a.frenchBirthplace(sp) {
		return // french_birthplace.go: « né à Dole »
	}
	if a.otherSense(sp) || a.thankedForSupport(sp) {
		return // special_senses.go: « Enceinte Bluetooth à gagner », « Merci à Michelin pour son soutien à l'ASM »
	}
	if insideWebAddress(toks, sp.i, sp.j) {
		return // address_words.go: « accueil.cada@asso-horizon.fr »
	}
	if t.flags&capOnly != 0 && a.compassPlace(sp) {
		return // compass_place.go: « l'Afrique du Sud », « dans le Sud »
	}
	if t.flags&notAfterElision != 0 && sp.i > 0 && isElision(toks[sp.i-1].Norm) {
		return // "cours d'anglais", "en arabe", « peur du noir »: a language or a colour, not an origin
	}
	if t.rule == rulePolitics && t.flags&weak != 0 && a.politicsWordInEverydaySense(sp) {
		return // politics_senses.go: « Jean est parti plus tôt »: he left, no party
	}
	if a.notAFact(sp) || bornInAYear(toks, sp) || votedByABody(toks, sp) || t.rule == rulePolitics && (a.politicianNamed(sp) || a.candidacyLabel(sp)) || a.termIsAName(sp, t) { // politician_named.go
		return
	}
	a.judgeSpecial(sp, t)
}

// bornInAYear: a phrase of birthplace (« né à », "born in") followed by
// a number dates the birth, it tells no origin ("born in 1953"); the
// birth-date rules read the year.
func bornInAYear(toks []text.Token, sp span) bool {
	if sp.j >= len(toks) || !toks[sp.j].Has(text.Digit) {
		return false
	}
	switch toks[sp.j-1].Norm {
	case "in", "a", "au", "en":
		return true
	}
	return false
}

// deliberationWords are the bodies and meetings that vote a text.
var deliberationWords = lexicon.Words(lexicon.Data, "deliberation_words")

// votedByABody: a phrase that would tell an adoption (« adopté en »,
// « adoptée au ») followed by a body or a meeting that votes (« adopté en
// AG », « adoptée au conseil ») tells a vote, not an origin.
func votedByABody(toks []text.Token, sp span) bool {
	if sp.j >= len(toks) || !strings.HasPrefix(toks[sp.i].Norm, "adopt") {
		return false
	}
	return deliberationWords[toks[sp.j].Norm]
}

// notAFact: the word is inside a quoted title (« Le Malade imaginaire »),
// names an organisation ("APF France handicap"), or is itself the person
// ("une psychologue de la faculté", "l'imam de la mosquée").
func (a *analysis) notAFact(sp span) bool {
	toks := a.s.Toks
	if a.inQuotes(sp.i) || a.specialNotAboutSomeone(sp) || a.inConcessive(sp) || a.namingNotBaptism(sp) || a.specialNamesABody(sp) || a.readersOwn(sp) || a.careVenue(sp) ||
		a.careWorkplace(sp) || a.worshipPremisesAt(sp) { // special_not_about_someone.go, concessive.go, naming.go, special_names_a_body.go, readers_own.go, care_venue.go, care_workplace.go, worship_place.go
		return true
	}
	if sp.i > 0 && toks[sp.i-1].Is(cOrgHeadWords) && toks[sp.i-1].Has(text.Cap) && toks[sp.i].Sep == 0 {
		return true // "Secours catholique", "France Parkinson", "Ligue ..."
	}
	return sp.j == sp.i+1 && sp.i > 0 && toks[sp.i].Is(cPerson) && toks[sp.i-1].Is(cPlainDets) && !careOf(toks, sp.i-1)
}

// careLinks make a carer someone's (data/words/care_links.txt).
var careLinks = lexicon.Words(lexicon.Data, "care_links")

// careOf: the carer whose article is at k is someone's: « suivi par un
// orthophoniste », « elle consulte une psychiatre », "sees a therapist".
func careOf(toks []text.Token, k int) bool {
	if k > 0 && (toks[k-1].Norm == "par" || toks[k-1].Norm == "by") {
		k--
	}
	return k > 0 && careLinks[toks[k-1].Norm]
}

// inQuotes: token k is inside a quoted title: a quotation mark opens
// before it and has not closed, the quote starts with a capital and holds
// no pronoun (« je suis séropositif » is reported speech, not a title) and
// no name (« Mme Dupont est diabétique » is a fact about her in quotation
// marks: a pasted sentence, not the title of a work). Guillemets and
// curly quotes say which way they face, so that a list of titles
// (« « Jolene », « Roxanne » et « Hey Jude » ») is read one quote at a
// time; straight quotes are counted.
func (a *analysis) inQuotes(k int) bool {
	open, end, ok := a.facingQuote(k)
	if !ok {
		open, end, ok = a.countedQuote(k)
	}
	if !ok || !a.s.Toks[open].Has(text.Cap) {
		return false
	}
	for i := open; i < end; i++ {
		if a.s.Toks[i].Is(cSpeechPronouns) {
			return false
		}
	}
	return !a.nameWithin(open, end)
}

// facingQuote returns the tokens [open, end) of the guillemets or curly
// quotes around token k.
func (a *analysis) facingQuote(k int) (open, end int, ok bool) {
	toks := a.s.Toks
	before := a.text[toks[0].Start:toks[k].Start]
	o := max(strings.LastIndex(before, "«"), strings.LastIndex(before, "“"))
	if o < 0 || max(strings.LastIndex(before, "»"), strings.LastIndex(before, "”")) > o {
		return 0, 0, false
	}
	for open = k; open > 0 && int(toks[open-1].Start)-int(toks[0].Start) > o; open-- {
	}
	after := a.text[toks[k].End:]
	c := strings.IndexAny(after, "»”")
	if c < 0 {
		return 0, 0, false
	}
	closeAt := int(toks[k].End) + c
	for end = k + 1; end < len(toks) && int(toks[end].Start) < closeAt; end++ {
	}
	return open, end, true
}

// countedQuote returns the tokens [open, end) of the quote around token k
// when an odd number of quotation marks opens before it (straight quotes,
// which face no way).
func (a *analysis) countedQuote(k int) (open, end int, ok bool) {
	toks := a.s.Toks
	open = -1
	for i := 0; i <= k; i++ {
		if toks[i].Has(text.Quoted) {
			if open >= 0 {
				open = -1
			} else {
				open = i
			}
		}
	}
	if open < 0 {
		return 0, 0, false
	}
	for end = open + 1; end < len(toks) && !toks[end].Has(text.Quoted); end++ {
	}
	return open, end, true
}

// nameWithin: a name or a direct identifier stands in tokens [i, j).
func (a *analysis) nameWithin(i, j int) bool {
	for _, an := range a.anchors {
		if an.kind == anchorName && an.k >= i && an.k < j {
			return true
		}
	}
	return false
}

// findSameSexCouple: "deux femmes en couple", "two men who got married":
// an orientation told by description rather than by a word.
func (a *analysis) findSameSexCouple() {
	if !a.has(cSameSex) || !a.has(cCouple) {
		return
	}
	toks := a.s.Toks
	pair, couple := -1, false
	for i := 0; i+1 < len(toks); i++ {
		n := toks[i].Norm
		if (n == "deux" || n == "two") && toks[i+1].Is(cSameSex) {
			pair = i
		}
		couple = couple || toks[i].Is(cCouple) || toks[i+1].Is(cCouple)
	}
	if pair >= 0 && couple && !a.sentenceGeneric() {
		a.add(ruleSexuality, pair, pair+2)
	}
}

// isElision: the word before a term that makes it a language, a colour or
// the dark rather than a person's origin: an elided article (« cours
// d'anglais », « l'arabe »), « en », "in", and the contractions « du »,
// « au » (« peur du noir », « travail au noir », « traduire du japonais »).
func isElision(w string) bool {
	return w == "d" || w == "l" || w == "en" || w == "in" || w == "du" || w == "au"
}

// judgeSpecial decides between sensitive, gray and nothing for one word:
// whether it tells a fact at all, whose fact it is, and what that makes
// of it.
func (a *analysis) judgeSpecial(sp span, t term) {
	an, anchored := a.nearestAnchor(sp.i)
	if anchored && (a.agentAnchor(an, sp) || an.kind == anchorPerson && a.carerInGeneralText(an.k)) { // agent_anchor.go: "led by a nurse"
		an, anchored = a.nearestAnchorBesides(sp.i, an.k)
	}
	if k := a.campaignBacker(sp, t); !anchored && k >= 0 {
		an, anchored = anchor{k: k, kind: anchorPronoun}, true // campaign_backed.go: « pour son soutien à la campagne de Zemmour »
	}
	if k := a.ownerAfter(sp.j); !anchored && k >= 0 {
		kind := anchorPerson
		if a.named(k) {
			kind = anchorName
		}
		an, anchored = anchor{k: k, kind: kind}, true // special_owner.go: « la maladie de Crohn du voisin »
	}
	if a.specialSaysNoFact(sp, t, an, anchored) || a.famousOwner(sp) {
		return
	}
	if k, ok := a.famousNamesake(sp); !anchored && ok { // famous_owner.go: « Stephen Fry, bipolaire, vient à la permanence »
		an, anchored = anchor{k: k, kind: anchorName}, true
	}
	an, anchored, public := a.specialAnchor(sp, t, an, anchored)
	if (!anchored || a.indefiniteAnchor(an.k)) && a.spottingHowTo(sp) { // spotting_howto.go: « Savoir reconnaître un AVC »
		a.noteTopic(sp, t)
		return
	}
	if anchored && !an.few && a.anyoneAnnounced(sp, an) && !a.attendedBy(sp, an) { // « un de nos bénévoles va au groupe de parole VIH » is someone
		return // "groupe de parole pour une personne vivant avec le VIH"
	}
	a.addSpecial(sp, t, an, anchored, public)
}

// carerInGeneralText: token k stands inside a special-category term
// that names a place by whom one sees there (« chez le médecin », « chez
// la psychologue »), in a workshop's or a class's text (« Atelier : se
// repérer à l'hôpital et prendre rendez-vous chez le médecin »): that
// person is the carer, not a patient. Not a term that opens on the
// person (« le délégué syndical »), nor one where the person acts
// (« frappé par son père »); and in an errand (« Emmener karim chez le
// médecin jeudi ») the doctor stays the anchor, for the precaution: the
// errand is someone's, and so is a workshop's sentence that points at
// someone else.
func (a *analysis) carerInGeneralText(k int) bool {
	if !a.carerAt(k) || !a.sentenceGeneric() && !a.startsGeneric() || !a.wholeValue() || a.possibleNameIn() || !a.onlyWeakSpecials() {
		return false // « Atelier : chez le médecin, karim a le VIH »: the doctor stays the anchor of the fact
	}
	for _, an := range a.anchors {
		if !a.carerAt(an.k) {
			return false // « Accompagner les jumeaux chez le médecin »: someone else goes there
		}
	}
	return true
}

// onlyWeakSpecials: every special word of the sentence is one of those
// that tell a fact only of someone (appointments, places of care: « chez
// le médecin », « à l'hôpital »), none a fact by itself (« VIH »,
// « enceinte »).
func (a *analysis) onlyWeakSpecials() bool {
	for _, h := range a.hits {
		if h.dict == dSpecial && a.lex.special[h.val-1].flags&(weak|selfPerson) != weak {
			return false
		}
	}
	return true
}

// carerAt: token k stands inside a term that opens on « chez ».
func (a *analysis) carerAt(k int) bool {
	for _, h := range a.hits {
		if h.dict == dSpecial && h.i < k && k < h.j && a.s.Toks[h.i].Norm == "chez" {
			return true
		}
	}
	return false
}

// specialSaysNoFact: the word is used generically, names a place (« rue
// de l'Hôpital », "église Sainte-Foi"), a topic stated in general, or an
// organisation; an, anchored are the nearest anchor of the word.
func (a *analysis) specialSaysNoFact(sp span, t term, an anchor, anchored bool) bool {
	predicate := t.flags&selfPerson != 0 && sp.j-sp.i > 1                     // « placé par le juge »: said of a person, names no place
	if t.rule == ruleHealth && t.flags&weak != 0 && a.troubledMindIdiom(sp) { // troubled_mind.go
		return true
	}
	attended := anchored && a.attendedBy(sp, an) // attended_group.go: « Un de nos bénévoles va au groupe de parole VIH »
	if !attended && !a.personsPossessive(sp, t) && a.campaignBacker(sp, t) < 0 && (!a.ownedAfter(sp.j) && (a.genericBefore(sp.i) || a.genericAfter(sp.j)) || !predicate && a.venueBefore(sp.i) && (!anchored || an.kind == anchorPerson) && !a.doneByVenuesPerson(sp, t, an, anchored)) {
		return true
	}
	if sp.i > 0 && a.s.Toks[sp.i].Has(text.Cap) && !isClauseSep(a.s.Toks[sp.i].Sep) && a.venueBefore(sp.i) {
		return true // a capitalised word names the place: "5 rue Pasteur", "église Sainte-Foi"
	}
	if !anchored && a.s.Toks[sp.i].Has(text.Cap) && a.namedPlaceAfterTerm(sp.j) {
		return true // "the Quaker Meeting House", "the Methodist Church hall"
	}
	if a.wheelchairDiscipline(sp, anchored) {
		return true // adapted_sport.go: « le club propose du tennis en fauteuil »
	}
	if a.caseOfAnyone(sp) || a.readerCase(sp) { // case_of_anyone.go: "if someone has a panic attack, stay calm", « Si vous êtes diabétique, … »
		a.noteTopic(sp, t)
		return true
	}
	if documentOfAKind(a.s.Toks, sp.i) && !anchored && len(a.names) == 0 {
		return true // document_kinds.go: « chaque bénévole doit fournir un extrait de casier judiciaire »
	}
	if (!anchored || a.indefiniteAnchor(an.k)) && a.questionOfNotions(true) && a.aboutNoOne() {
		a.noteTopic(sp, t) // topic_named.go
		return true        // general_question.go: « Quels sont les droits d'un détenu à recevoir du courrier ? »
	}
	if !anchored && (a.definition || a.generalStatement(sp) || a.lawStatement(sp)) { // law_statements.go
		a.noteTopic(sp, t)
		return true // "Le diabète touche 4 millions de Français", "L'autisme, c'est quoi ?"
	}
	if (!anchored || a.indefiniteAnchor(an.k)) && len(a.names) == 0 && a.s.Toks[sp.i].Sep != ',' && a.materialHeading() && a.namesNothing() && a.aboutNoOne() && a.noneOfOurs(false) {
		a.noteTopic(sp, t) // material_heading.go
		return true        // « Fiche pratique : la libération conditionnelle », "Diabetes: fact sheet"; not a note's « tonton, cancer »
	}
	if a.discriminationGround(sp) { // discrimination_grounds.go
		a.noteTopic(sp, t)
		return true // "it is unlawful to discriminate against someone because of disability"
	}
	if a.vocabularyList() { // vocabulary_list.go
		a.noteTopic(sp, t)
		return true // « Vocabulaire : médecin, ordonnance, allergie »
	}
	if a.instructionSheet(sp) { // instruction_sheet.go
		return true // « Crise d'épilepsie : ne mettez rien dans la bouche »
	}
	if a.faithThing(sp, t, anchored) { // faith_thing.go
		return true // « le calendrier musulman », "the Jewish calendar"
	}
	if a.rightsOfAnyone() { // rights_of_anyone.go
		a.noteTopic(sp, t)
		return true // « Un salarié licencié peut contester la décision devant le conseil de prud'hommes »
	}
	return a.organisationNamed(sp) || a.organisationActs(sp, t) // "Le Parti socialiste tient son université d'été"; organisation_acts.go: « Le syndicat étudiant appelle à… »
}

// personsPossessive: possessorOf finds one, unless the possessive follows a
// famous name, or another special-category word and « et », "and": it is
// that word's (« Atelier sur le diabète et son traitement »).
func (a *analysis) personsPossessive(sp span, t term) bool {
	toks := a.s.Toks
	k := possessorOf(toks, sp.i)
	if k < 0 {
		return false
	}
	if k == sp.i && t.flags&weak != 0 && t.rule == ruleSexuality {
		return false // « Sa transition vers le numérique »: an entry that needs its possessive keeps its own guards
	}
	if infinitiveBefore(toks, k) {
		return false // « parler de ses soucis de santé »: anyone's, the one who would do it
	}
	if !singularPossessives[toks[k].Norm] {
		return false // « leur soutien », "their support": most often a body's or a group's
	}
	for _, f := range a.famous {
		if f.j <= k {
			return false // « Stromae parle de ses idées noires »: the public figure's, judged by famous_owner.go
		}
	}
	for _, n := range a.names {
		if n.public && n.j <= k {
			return false // a public figure named before it: judged as before
		}
	}
	if k < 2 || !andWords[toks[k-1].Norm] {
		return true
	}
	for _, h := range a.hits {
		if h.dict == dSpecial && h.j == k-1 {
			return false
		}
	}
	return true
}

// infinitiveBefore: a French infinitive stands right before the
// possessive at k, or before « de » (« gérer son stress », « parler de
// ses soucis »), not a place or an event (« l'atelier »).
func infinitiveBefore(toks []text.Token, k int) bool {
	m := k - 1
	if m > 0 && (toks[m].Norm == "de" || toks[m].Norm == "d") {
		m-- // « parler de ses soucis »
	}
	if m < 0 {
		return false
	}
	w := toks[m].Norm
	return len(w) > 3 && !toks[m].Has(text.Cap) && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir")) && lexicon.IsFrenchWord(w) && !toks[m].IsAny(cVenue, cGenericEvent)
}

var (
	andWords            = lexicon.Words(lexicon.Data, "and_words")            // et, and
	singularPossessives = lexicon.Words(lexicon.Data, "singular_possessives") // son, his
)

// possessorOf returns the person's possessive that holds the term at i
// (« Reprise de l'atelier après son cancer », "Back at the workshop
// after her chemo": an event or a place near it does not make it the
// event's theme nor the place's name):
// the term's own first word (« sa chimio »), the word before it, or the
// possessive of the file or the card the term names (« son dossier de
// demande d'asile », « sa carte d'invalidité », "her file for
// disability benefits"); -1 when none does.
func possessorOf(toks []text.Token, i int) int {
	switch {
	case personPossessives[toks[i].Norm]:
		return i
	case i > 0 && personPossessives[toks[i-1].Norm]:
		return i - 1
	case i > 2 && caseFileLinks[toks[i-1].Norm] && caseFiles[toks[i-2].Norm] && personPossessives[toks[i-3].Norm]:
		return i - 3
	}
	return -1
}

// caseFiles are the files, cards and papers that hold one person's case
// (data/words/case_files.txt); caseFileLinks join them to what they are
// for.
var (
	caseFiles     = lexicon.Words(lexicon.Data, "case_files")
	caseFileLinks = lexicon.Words(lexicon.Data, "case_file_links")
)

// doneByVenuesPerson: a word that describes a person by itself comes
// right after a place that is a person's complement (« Le gardien du
// gymnase deale le soir »): the place does not name the word, as in
// « centre de dialyse »; the word says what the person does.
func (a *analysis) doneByVenuesPerson(sp span, t term, an anchor, anchored bool) bool {
	toks := a.s.Toks
	v := sp.i - 1
	if !anchored || t.flags&selfPerson == 0 || v < 1 || an.k >= v || !a.lex.in(toks[v].Norm, cVenue) || isClauseSep(toks[sp.i].Sep) {
		return false
	}
	k := v - 1
	for k > an.k && isParticle(toks[k].Norm) {
		k-- // « du », « de la »: the place belongs to the person
	}
	return k < v-1 && k-an.k <= 1 // the anchor's noun, after its determiner (« Le gardien »)
}

// specialAnchor returns whose the fact is, from the nearest anchor an: no
// one's when it is told of a public (public is then true), else a person
// of an earlier sentence, an unknown capitalised subject for a weak word,
// or the writer (« mes séances de dialyse »).
func (a *analysis) specialAnchor(sp span, t term, an anchor, anchored bool) (anchor, bool, bool) {
	public := (!anchored || an.kind == anchorPerson && !an.few) && a.termOfPluralPublic(sp) || a.statisticOf(an, anchored) // public_described.go, proportion.go
	if public {
		anchored = false // « pour les proches de malades d'Alzheimer, animé par une psychologue »
	} else if !anchored {
		an, anchored = a.carriedAnchor(sp) // the person of an earlier sentence (carried_person.go)
	}
	if !anchored && t.flags&weak != 0 {
		an, anchored = a.unknownSubject(sp.i) // unknown_subject.go: « Kev a fait une TS »
	}
	if !anchored {
		an, anchored = a.initialsOwner(sp) // initials_owner.go: « en cas d'hypoglycémie de JPL »
	}
	if !anchored && len(a.s.Toks) > 2 && a.isInitialText(0) && a.isInitialText(1) && sp.i > 1 && !a.dottedAcronym(0, 2) {
		an, anchored = anchor{k: 0, kind: anchorName}, true // « P. M. prend des anxiolytiques »: initials open the sentence as its subject (initials_described.go)
	}
	if !anchored && sp.i > 0 && writerOwns[a.s.Toks[sp.i-1].Norm] {
		an, anchored = anchor{k: sp.i - 1, kind: anchorSelf}, true // « mes séances de dialyse », "my meds": the writer's own
	}
	if !anchored && a.personsPossessive(sp, t) {
		an, anchored = anchor{k: sp.i, kind: anchorPronoun}, true // « Reprise de l'atelier après son cancer »: someone's
	}
	return an, anchored, public
}

// anyoneAnnounced: the anchor an is an indefinite person before the word
// in a generic sentence, with no predicate between them and no name in
// the sentence: whoever the announcement is for, not someone.
func (a *analysis) anyoneAnnounced(sp span, an anchor) bool {
	return an.kind == anchorPerson && isIndefinite(a.s.Toks[an.k].Norm) && a.sentenceGeneric() &&
		an.k < sp.i && !a.predicateBetween(an.k, sp.i+1) && !a.hasNameAnchor()
}

// addSpecial adds the finding of a special-category word that tells a
// fact: blocked when it is someone's, a doubt on a statistic of the
// public, blocked by precaution when the value is singular, else a doubt.
func (a *analysis) addSpecial(sp span, t term, an anchor, anchored, public bool) {
	reason := t.rule.reason()
	if t.rule == ruleBiometric && a.ownPeopleNear(sp) {
		a.addAs(t.rule, Blocked, sp.i, sp.j,
			reason+i18n.T(" : collecte sur des personnes de l'association", ": collected from the association's people"))
		return
	}
	if anchored && (an.kind != anchorPerson || !a.isPlural(sp) || an.few || a.household(an.k) || oneWithPluralThing(a.s.Toks, sp, t, an) || a.articledOne(sp, t, an)) {
		a.addAs(t.rule, Blocked, sp.i, sp.j, reason)
		return
	}
	if a.smallWholeCounted() { // small_share.go: « Parmi les 7 bénévoles du jeudi, deux sont… »
		a.addAs(t.rule, Blocked, sp.i, sp.j, reason+i18n.T(" : une personne d’un petit groupe de l’association", ": one person of a small group of the association"))
		return
	}
	if t.flags&weak != 0 && !anchored && !a.sentenceGeneric() && a.objectPronounTold() { // note_person.go
		a.addAs(t.rule, Blocked, sp.i, sp.j, reason) // « Le syndicat l'a exclu », « Le parti l'a investi »: someone's
		return
	}
	if !anchored && (a.opensOnOwnCondition(sp, t) || a.notesAbsence(sp)) { // note_person.go: « Diabétique, prévoir une collation pendant l'atelier »
		a.addAs(t.rule, Blocked, sp.i, sp.j, reason)
		return
	}
	if t.flags&weak != 0 && !anchored && !a.sentenceGeneric() && a.notesOwnPractice(sp) { // note_person.go
		a.addAs(t.rule, Blocked, sp.i, sp.j, reason) // « Absente pendant les fêtes juives », « Suit le ramadan »: the note's person's
		return
	}
	if t.flags&weak != 0 && !anchored && !a.sentenceGeneric() && a.toldOfPublic(sp) {
		a.addAggregate(sp) // public_served.go: « Les bénévoles sont tous catholiques »
		return
	}
	if a.sentenceGeneric() || t.flags&weak != 0 && !anchored && !a.notesOwnPerson() {
		if !anchored && !a.sentenceGeneric() && a.endsOnQuestion() {
			a.noteTopic(sp, t) // topic_named.go: "What is a suspended sentence? My son just got one."
		}
		return
	}
	if public && a.smallOwnShare() { // small_share.go
		a.addAs(t.rule, Blocked, sp.i, sp.j, reason+i18n.T(" : une personne d’un petit groupe de l’association", ": one person of a small group of the association"))
		return
	}
	if a.aggregated() || a.hasPopulation() || public {
		a.addAggregate(sp)
		return
	}
	if !anchored && len(a.names) == 0 && a.communitiesListed(sp, t) { // communities_listed.go: « juifs, chrétiens et musulmans dialoguent »
		a.noteTopic(sp, t)
		return
	}
	groupName := a.pluralSubject(sp) && !a.isPlural(sp) // "les Témoins de Jéhovah"
	if !anchored && a.noOneTold(sp, t) {                // no_one_told.go: « Le pacemaker est un boîtier implanté sous la peau »
		a.noteTopic(sp, t)
		if a.procedureTold(sp) {
			return // procedure_told.go: « Le récépissé de demande de titre de séjour permet de travailler »
		}
		a.addAs(t.rule, Doubt, sp.i, sp.j, reason+i18n.T(" ? (personne non identifiée)", "? (no person identified)"))
		return
	}
	if (!a.isPlural(sp) && !groupName || t.flags&selfPerson != 0 && !groupName) && !a.generalStatementOf(t) {
		// precaution: a sensitive fact in a filled value with no public
		// and no generic use is most often about the person the form is about
		a.addAs(t.rule, Blocked, sp.i, sp.j, reason)
		return
	}
	if !anchored || a.indefiniteAnchor(an.k) {
		a.noteTopic(sp, t) // topic_named.go: « Comment se passe une cure de désintox ? Mon mari y entre lundi. »
	}
	a.addAs(t.rule, Doubt, sp.i, sp.j, reason+i18n.T(" ? (personne non identifiée)", "? (no person identified)"))
}

// oneWithPluralThing: the term is a thing a person has or does, in the
// plural (« entend des voix », « a des dialyses »), not a word that
// describes people (« diabétiques »), and the anchor before it is one
// person said as someone's (« mon voisin », « sa fille ») or as one of a
// group (« un de nos bénévoles », "one of our members"): the plural is
// the thing's, the fact is that person's. « l'infirmière fait des
// dialyses », « un kiné propose des séances » are a trade, not a fact.
func oneWithPluralThing(toks []text.Token, sp span, t term, an anchor) bool {
	if t.flags&selfPerson != 0 || an.k >= sp.i {
		return false
	}
	w := toks[an.k].Norm
	if w == "un" || w == "une" || w == "one" {
		return an.k+1 < len(toks) && (toks[an.k+1].Norm == "de" || toks[an.k+1].Norm == "d" || toks[an.k+1].Norm == "of")
	}
	return singularOwners[w] || writerOwns[w] && w != "mes" || w == "notre" || w == "votre" || w == "ton" || w == "ta"
}

// articledOne: the anchor is « le » or « la » before a singular word
// (« la résidente de la 12 porte des protections », « le jeune de
// l'atelier a avalé des cachets »): one person, whatever the number of
// the thing said of them; not a word that describes people.
func (a *analysis) articledOne(sp span, t term, an anchor) bool {
	toks := a.s.Toks
	if t.flags&selfPerson != 0 || an.k+1 >= sp.i {
		return false
	}
	w := toks[an.k].Norm
	return (w == "le" || w == "la" || w == "l") && !a.pluralWord(toks[an.k+1].Norm) // « L'ado de l'atelier »
}

// addAggregate adds a doubt on a statistic of the public that touches the
// word, unless the sentence only says whom the association serves.
func (a *analysis) addAggregate(sp span) {
	if !a.aggregated() && a.publicServed() && !a.toldOfPublic(sp) { // public_served.go
		return
	}
	a.addAs(ruleAggregate, Doubt, sp.i, sp.j,
		i18n.T("statistique sur le public touchant une donnée sensible : à vérifier",
			"statistic about the public touching sensitive data: check"))
}

// generalStatement: a special-category noun after a definite article, in
// a sentence that states a general fact or asks a general question, is
// a topic, not a fact about someone.
func (a *analysis) generalStatement(sp span) bool {
	toks := a.s.Toks
	k := sp.i - 1
	for k > 0 && k >= sp.i-3 && toks[k].Is(cIllnessHeads) {
		k-- // "la maladie de Lyme", "le syndrome de Down"
	}
	if k < 0 || !toks[k].Is(cDefiniteArticles) {
		return false
	}
	if strings.Contains(a.text[a.s.Start:min(len(a.text), a.s.End+2)], "?") {
		return true
	}
	return a.has(cGeneralMarkers) || a.generalPresent(sp) // general_present.go
}

// definesTerm: the value is one sentence that opens on a special-category
// term, after a definite article or none, to define it: a copula right
// after the term, an indefinite article, and a noun that heads a
// definition (definition_heads.txt) at most one word later (« Le diabète
// est une maladie chronique qui se soigne », « Le sursis est une
// peine… », "Schizophrenia is a long-term condition"). A definition
// states what a thing is, for anyone, and its other terms (« maladie
// chronique ») define it too. Not a definition: « Sa dépression est une
// maladie » (a possessive), « Le cancer du trésorier est un choc » (words
// between the term and the copula, no head), a definition followed by
// another sentence (« Le trésorier l'a depuis dix ans. »). Read only when
// no person stands near a term.
func (a *analysis) definesTerm(spans []span) bool {
	toks := a.s.Toks
	for _, sp := range spans {
		if personalTies[toks[sp.i].Norm] {
			return false // « Son cancer est l'un des plus agressifs »: the term holds its owner
		}
		if sp.i == 0 || sp.i == 1 && toks[0].Is(cDefiniteArticles) {
			return a.definitionAt(sp.j) && a.wholeValue() && a.saysNoMore() // advice_question.go
		}
	}
	return len(spans) > 0 && a.definesThing()
}

// definesThing: the value is one sentence that defines a thing, not a
// person, and the terms stand in its definition: « Le travail d'intérêt
// général est une peine alternative à la prison », "Community service
// is a sentence served instead of prison". The subject opens on a
// definite article, or is an acronym or a capitalised word, and holds
// no person's word within the six words before the copula; no name is
// found. « Le fils de Paul est un délinquant », « Mon voisin est un
// malade », « Sa dépression est une maladie », "There is a heroin
// addiction" and a lone word before the copula ("Mo is a…", unless an
// acronym: "HIV is a virus") are no definitions of a thing.
func (a *analysis) definesThing() bool {
	toks := a.s.Toks
	if len(a.names) > 0 || len(a.sdirect) > 0 || len(toks) < 4 || !toks[0].Is(cDefiniteArticles) && !toks[0].Has(text.Upper) && toks[0].Norm != "the" && !toks[0].Has(text.Cap) {
		return false
	}
	for c := 0; c < min(len(toks), 7); c++ {
		w := &toks[c]
		if w.IsAny(cPerson, cKin, cRole, cPopulation, cPartner) || thirdPersonWords[w.Norm] || personalTies[w.Norm] || isPossessive(w.Norm) || c > 0 && isClauseSep(w.Sep) {
			return false // « Le fils de Paul est… », « Mon voisin est… », « Sa dépression est… », "His cancer is…"
		}
		if c > 0 && copulas[w.Norm] {
			if c == 1 && !toks[0].Has(text.Upper) || presentative(toks) || toks[0].Norm == "it" || toks[0].Norm == "this" || toks[0].Norm == "that" {
				return false // "There is a heroin addiction", "Mo is a…": no thing defined
			}
			return a.definitionAt(c) && a.wholeValue() && a.saysNoMore()
		}
	}
	return false
}

// saysNoMore: the definition holds nothing of ours and no clause about
// someone (« Le VIH est un virus que porte un de nos entraîneurs », "a
// condition that our goalkeeper has": a read-only review found eleven
// such leaks). A relative clause that names nobody goes on defining
// the thing (« une maladie génétique de la rétine qui réduit le champ
// visuel »).
func (a *analysis) saysNoMore() bool {
	for k, t := range a.s.Toks {
		if toldThat[t.Norm] || ownVoice[t.Norm] {
			return false
		}
		if (relativePronouns[t.Norm] || t.Norm == "which") && !a.namesNobodyAfter(k) {
			return false
		}
	}
	return true
}

// namesNobodyAfter: the clause after token k states what the thing does,
// in the present, to no one: no word names a person, a kin, a group of
// people or an owner (« qui touche notre trésorier », « qui oblige rose
// à… », « qui a contaminé tonton »), no digit counts them, no auxiliary
// tells a past event (« qui a emporté… l'an dernier »), and every word
// is one of the dictionaries (a first name typed in lower case is not).
func (a *analysis) namesNobodyAfter(k int) bool {
	for _, w := range a.s.Toks[k+1:] {
		if w.IsAny(cPerson, cKin, cRole, cPopulation, cPartner, cFirst, cAmbig) || w.Has(text.Digit) ||
			thirdPersonWords[w.Norm] || personalTies[w.Norm] || isPossessive(w.Norm) || relativePronouns[w.Norm] ||
			avoirForms[w.Norm] || haveForms[w.Norm] || familiarTitles[w.Norm] ||
			w.Has(text.Letter) && !lexicon.IsFrenchWord(w.Norm) && !lexicon.IsEnglishWord(w.Norm) && !isArticle(w.Norm) {
			return false
		}
	}
	return true
}

// definitionAt: a copula (« est », "is") at j, an indefinite article, then a head
// of definition, right after it or after one adjective.
func (a *analysis) definitionAt(j int) bool {
	toks := a.s.Toks
	if j+3 < len(toks) && copulas[toks[j].Norm] && oneOfThe(toks, j+1) {
		return true // « Le cancer du pancréas est l'un des plus difficiles à soigner », "is one of the most common"
	}
	if j+2 >= len(toks) || !copulas[toks[j].Norm] || !isIndefinite(toks[j+1].Norm) { // origin_of.go
		return false
	}
	return definitionHeads[toks[j+2].Norm] || j+3 < len(toks) && toks[j+3].Sep == 0 && definitionHeads[toks[j+3].Norm]
}

// oneOfThe: « l'un des », « l'une des », "one of the" at k: the term is
// ranked among its kind, as a definition does.
func oneOfThe(toks []text.Token, k int) bool {
	if k+2 < len(toks) && toks[k].Norm == "l" && (toks[k+1].Norm == "un" || toks[k+1].Norm == "une") && toks[k+2].Norm == "des" {
		return true
	}
	return k+2 < len(toks) && toks[k].Norm == "one" && toks[k+1].Norm == "of" && toks[k+2].Norm == "the"
}

var definitionHeads = lexicon.Words(lexicon.Data, "definition_heads")

// organisationNamed: the term opens the name of an organisation written
// with a capital ("le Parti socialiste", "la Confédération paysanne").
func (a *analysis) organisationNamed(sp span) bool {
	toks := a.s.Toks
	t := &toks[sp.i]
	headed := t.Is(cOrgTermHeads) || toks[sp.j-1].Is(cOrgTermHeads) && toks[sp.j-1].Has(text.Cap) // "the Labour Party": an English head comes last
	if !t.Has(text.Cap) {
		return false
	}
	return sp.i <= 1 && headed && sp.j > sp.i+1 || // the subject of the sentence
		a.coordinatedSubject(sp.i) // a second party after a first (« … et Les Républicains »)
}

// coordinatedSubject: the term at i is the second of a coordinated
// subject (« Le Parti socialiste et Les Républicains », "The Labour
// Party and the Conservative Party"): « et » or "and", maybe an article,
// right before it, and the sentence opens on an organisation's term.
func (a *analysis) coordinatedSubject(i int) bool {
	toks := a.s.Toks
	k := i - 1
	if k > 0 && isArticle(toks[k].Norm) {
		k--
	}
	if k < 1 || !andWords[toks[k].Norm] {
		return false
	}
	for _, h := range a.hits {
		if h.dict == dSpecial && h.j <= k && h.i <= 1 && h.j > h.i+1 && (toks[h.i].Is(cOrgTermHeads) || toks[h.j-1].Is(cOrgTermHeads)) {
			return true // the first is an organisation's term, as organisationNamed asks
		}
	}
	return false
}

// ownPeopleNear: a biometric collection aims at the association's own
// people ("les empreintes digitales des bénévoles", "reconnaissance
// faciale des enfants à l'entrée"): identifiable people, so sensitive
// even in the plural. A talk about biometrics names no such group.
func (a *analysis) ownPeopleNear(sp span) bool {
	toks := a.s.Toks
	for k := sp.j; k < min(len(toks), sp.j+12); k++ { // « … à l'entrée du gymnase pour tous les adhérents »
		if k > sp.j && isClauseSep(toks[k].Sep) {
			return false
		}
		if toks[k].Is(cOwnPeople) && a.ownPeopleDetBefore(k) { // biometric_counted.go
			return true
		}
	}
	return false
}

// pluralSubject: "les Témoins de Jéhovah passent": a plural group.
func (a *analysis) pluralSubject(sp span) bool {
	if sp.i == 0 {
		return false
	}
	switch a.s.Toks[sp.i-1].Norm {
	case "les", "des", "ces":
		return true
	}
	return false
}

// household: the anchor is one family or couple, described in the plural
// ("the Smith family are Travellers", "ce couple est musulman").
func (a *analysis) household(k int) bool {
	for i := k + 1; i < min(len(a.s.Toks), k+4); i++ {
		if a.s.Toks[i].Is(cHouseholdNouns) {
			return true
		}
	}
	return false
}

// isPlural: the matched word ends the way a French or English plural
// does, unless a singular possessive in it or just before it says whose
// it is (« fait ses prières », « prend ses antidépresseurs », "his
// meds"): one person's.
func (a *analysis) isPlural(sp span) bool {
	for _, t := range a.s.Toks[max(0, sp.i-1):sp.j] {
		if singularOwners[t.Norm] {
			return false
		}
	}
	return a.pluralWord(a.s.Toks[sp.j-1].Norm) && a.pluralWord(a.s.Toks[headOfTerm(a.s.Toks, sp)].Norm)
}

// headOfTerm returns the token whose number is the term's: its last, or
// the word before its first preposition (« sclérose en plaques »,
// "bags of pills"). A term ending in a plural whose head is singular is
// singular: « la sclérose en plaques dont souffre mon mari » is his.
func headOfTerm(toks []text.Token, sp span) int {
	for k := sp.i + 1; k < sp.j; k++ {
		switch toks[k].Norm {
		case "de", "du", "des", "d", "en", "a", "au", "aux", "of":
			return k - 1
		}
	}
	return sp.j - 1
}

// pluralWord: the word ends as a plural, s or x, and is not one of the
// singulars that end so (« fils », « époux », data/words of
// cSingularInS).
func (a *analysis) pluralWord(w string) bool {
	if len(w) < 4 || a.lex.in(w, cSingularInS) {
		return false
	}
	last := w[len(w)-1]
	return last == 's' || last == 'x'
}

// genericBefore: a generic marker in the few tokens before k ("atelier
// diabète", "prévention des addictions", "conférence sur la laïcité").
// A marker that is a preposition ("sur les", "pour les") must stand right
// before the word; a clause boundary (",", ":", "(") stops the search.
func (a *analysis) genericBefore(k int) bool {
	toks := a.s.Toks
	if predicateStart(toks[k].Norm) {
		return false // "the cash from the quiz night never went through the books": a fact, not the theme of the quiz
	}
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		if isClauseSep(toks[i+1].Sep) {
			return false
		}
		if end, v := a.at(dGeneric, i); v != 0 && end <= k && !a.predicateBetween(end, k+1) && !markerNotEvent(toks, i) && !a.subjectBetween(end, k) { // clause_subject.go
			if isPreposition(toks[i].Norm) && i > 0 && (isCopula(toks, i-1) || toks[i-1].Norm == "are" || toks[i-1].Norm == "sont") {
				return false // "Paul is on the waiting list for a kidney", « est sous traitement »: where someone is, not a theme
			}
			if !isPreposition(toks[i].Norm) || end == k || end == k-1 && isArticle(toks[k-1].Norm) || a.topicChain(i, end, k) { // topic_chain.go
				return true
			}
		}
	}
	return false
}

// genericAfter: English puts the event after its theme ("World Diabetes
// Day", "HIV testing", "Mental Health Awareness Week").
func (a *analysis) genericAfter(j int) bool {
	toks := a.s.Toks
	if j >= len(toks) || isClauseSep(toks[j].Sep) {
		return false
	}
	w := toks[j].Norm
	if w == "day" || w == "week" || w == "month" {
		return toks[j].Has(text.Cap) // "Diabetes Day", not "arrested last week"
	}
	for k := j; k < min(len(toks), j+3); k++ {
		if k > j && isClauseSep(toks[k].Sep) {
			return false
		}
		if toks[k].Is(cEventAfter) {
			return true // "mental health first aid training"
		}
	}
	return false
}

// predicateBetween: a verb between a marker and the word makes the word
// a predicate of someone ("the volunteer who runs the class is pregnant").
func (a *analysis) predicateBetween(from, to int) bool {
	toks := a.s.Toks
	for k := from; k < to; k++ {
		switch toks[k].Norm {
		case "is", "was", "are", "were", "has", "had", "est", "etait", "sont", "ont", "avait":
			return true
		case "a": // French "a" (has), not the English article after a preposition
			if k > 0 && !toks[k-1].Is(cEnglishLinks) {
				return true
			}
		}
	}
	return false
}

// writerOwns are the possessives of the one who writes.
var writerOwns = map[string]bool{"mes": true, "mon": true, "ma": true, "my": true}

// singularOwners are the possessives of one owner.
var singularOwners = map[string]bool{"ses": true, "sa": true, "son": true, "his": true, "her": true}

func isClauseSep(b byte) bool {
	return clauseSeps[b] // one load: seventy rules ask it of token after token
}

// clauseSeps are the separators isClauseSep reports.
var clauseSeps = [256]bool{',': true, ';': true, ':': true, '(': true, ')': true, '"': true}

func isPreposition(w string) bool {
	switch w {
	case "sur", "pour", "contre", "autour", "aux", "about", "on", "for", "parler", "vivre", "droits", "droit", "aide", "soutien", "accompagnement", "gestion", "histoire", "memoire", "acces":
		return true
	}
	return false
}

func isArticle(w string) bool {
	switch w {
	case "la", "le", "les", "l", "du", "des", "d", "un", "une", "the", "a":
		return true
	}
	return false
}

// venueBefore: the word names a place ("centre de dialyse", "maison du
// diabète", "service de psychiatrie").
func (a *analysis) venueBefore(k int) bool {
	toks := a.s.Toks
	if predicateStart(toks[k].Norm) {
		return false // a predicate about someone at the place: "à l'Ehpad ne reconnaît plus"
	}
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		if isClauseSep(toks[i+1].Sep) {
			return false // « … leur épicerie, pas un mot »: the place ends its clause, it names nothing after
		}
		w := toks[i].Norm
		if a.lex.in(w, cVenue) || w == "service" || w == "unite" || w == "pole" {
			return !stayedIn(toks, i) // « est en centre de désintox »: someone stays there
		}
		if !isParticle(w) {
			return false
		}
	}
	return false
}

// predicateStart: a term that starts with this word is a predicate (« ne
// reconnaît plus », "never went through the books"), not a theme or a
// specialty that a venue or an event before it would name.
func predicateStart(w string) bool {
	switch w {
	case "ne", "n", "est", "a", "is", "has", "was", "were", "had", "never", "jamais":
		return true
	}
	return false
}

// stayedIn: the venue at i follows « en » or « est/sont + à/au/dans »
// (« il est en centre de désintox », « elle est dans un service de
// psychiatrie »): someone stays there, which is the fact itself, not a
// place where a public is served.
func stayedIn(toks []text.Token, i int) bool {
	k := i - 1
	for k >= 0 && (toks[k].Is(cPlainDets) || toks[k].Norm == "un" || toks[k].Norm == "une") {
		k-- // not isIndefinite: "a" is also « à », the link looked for below
	}
	if k < 1 {
		return false
	}
	switch toks[k].Norm {
	case "en", "dans", "au", "a":
	default:
		return false
	}
	switch toks[k-1].Norm {
	case "est", "sont", "etait":
		return true
	}
	return false
}

// sentenceGeneric: the whole sentence addresses a public ("ouvert à tous",
// "pour les personnes", "entrée libre").
func (a *analysis) sentenceGeneric() bool {
	if a.memo&memoGenericDone == 0 {
		a.memo |= memoGenericDone
		for _, h := range a.hits {
			if h.dict == dGeneric && sentenceWideGeneric(a.s.Toks, h.i) {
				a.memo |= memoGeneric
				break
			}
		}
	}
	return a.memo&memoGeneric != 0
}

func sentenceWideGeneric(toks []text.Token, i int) bool {
	if n := toks[i].Norm; (n == "semaine" || n == "mois" || n == "journee") && i+1 < len(toks) && toks[i+1].Is(cPastOrNext) {
		return false // "la semaine dernière" dates a fact, it is no public week
	}
	if n := toks[i].Norm; (n == "semaine" || n == "semaines" || n == "mois" || n == "week" || n == "weeks") && i > 0 && (isCount(toks[i-1]) || toks[i-1].Is(cQuantity)) {
		return false // « depuis quelques mois », "for three weeks": a length of time, no public month
	}
	if i > 0 && toks[i-1].Is(cFrequency) || i > 1 && toks[i-1].Norm == "les" && toks[i-2].Is(cFrequency) {
		return false // « à relancer chaque semaine », "every week": how often, no public week
	}
	if i > 0 && toks[i].Has(text.Cap) && secretAccounts[toks[i].Norm] {
		return false // « le compte Free »: a service's name (secret_account.go), no free event
	}
	if toks[i].Is(cGenericEvent) {
		return !markerNotEvent(toks, i) // "six mois de prison", « en cours »: no campaign, no course
	}
	return false
}

// hasNameAnchor: someone is named in the sentence (a name, a direct
// identifier, a code). A generic framing ("Notre mission : aider …") then
// no longer makes "un bénévole malade" anyone: it may be the one named.
func (a *analysis) hasNameAnchor() bool {
	for _, an := range a.anchors {
		if an.kind == anchorName {
			return true
		}
	}
	return false
}

// inDashedCode: token i is joined by a dash to a token holding a digit,
// before or after it (« AA-123-AA », « NA-2024 »).
func inDashedCode(toks []text.Token, i int) bool {
	return i > 0 && text.Joined(toks, i, '-') && toks[i-1].Has(text.Digit) ||
		i+1 < len(toks) && text.Joined(toks, i+1, '-') && toks[i+1].Has(text.Digit)
}

// insideProperName: the capitalised word k ends the name of an
// organisation: a word that starts such names (org_head_words.txt:
// « association », « collectif ») stands within the four words before
// it, the words between capitalised or particles (« Association Les
// Ponts Solidaires », « l'association Toits Solidaires »), not a union,
// a party or a people (« chez Sud Rail », « Irish Travellers »).
func (a *analysis) insideProperName(k int) bool {
	toks := a.s.Toks
	for n := k - 1; n >= max(0, k-4); n-- {
		if toks[n].Is(cOrgHeadWords) {
			return true
		}
		if isClauseSep(toks[n+1].Sep) || !toks[n].Has(text.Cap) && !isParticle(toks[n].Norm) {
			return false
		}
	}
	return false
}

// namedPlaceAfterTerm: capitalised words from j end on a word that closes
// a place's name ("Meeting House", "Church"), so that the capitalised
// special term before them is part of that name.
func (a *analysis) namedPlaceAfterTerm(j int) bool {
	toks := a.s.Toks
	for k := j; k < min(len(toks), j+3) && toks[k].Has(text.Cap) && !isClauseSep(toks[k].Sep); k++ {
		if toks[k].Is(cPlaceAfterName) {
			return true
		}
	}
	return false
}
