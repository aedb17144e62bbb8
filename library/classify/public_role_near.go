package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Where a name stands in a public role (public_role.go): a role noun in
// apposition (« le maire de Quimperlé, X », « X, tête de liste »), the
// performer of a public act (« concert de X », « conférence animée par
// X »), or a person quoted from a published source (« comme l'a dit X
// dans son dernier livre »).

var (
	publicRoles   = phraseSet("public_roles")                       // role nouns in apposition
	actHeads      = lexicon.Words(lexicon.Data, "public_act_heads") // « animée par », « concert de »
	actNameLinks  = prepositionUses.of("act-name")
	roleCoordLink = lexicon.Words(lexicon.Data, "role_coord_links") // et, devant: two names that share a role
	// roleGapStops end the words between a role and its name: past them
	// the name is another person's (« le maire remettra le prix à X »).
	roleGapStops = lexicon.Words(lexicon.Data, "role_gap_stops")
)

// speechVerbs quote a person (« comme l'a dit X », "as X writes").
var speechVerbs = lexicon.Words(lexicon.Data, "speech_verbs")

// hostParticiples host or lead (« animée par », « liste menée par »): who
// hosts a talk is its speaker and who leads a list at an election its
// head, but who hosts a workshop or leads a visit may be a volunteer;
// talkWords are the talks and the elections.
var (
	hostParticiples = lexicon.Words(lexicon.Data, "host_participles")
	talkWords       = lexicon.Words(lexicon.Data, "talk_words")
)

// interviewWords are sources whose « de » names who spoke (data/words/interview_words.txt).
var interviewWords = lexicon.Words(lexicon.Data, "interview_words")

// articles may stand between a name, its comma and its role (data/words/role_articles.txt).
var articles = lexicon.Words(lexicon.Data, "role_articles")

// bodyHeads head a body (data/words/body_heads.txt).
var bodyHeads = lexicon.Words(lexicon.Data, "body_heads")

// nameInPublicRole: the name found at byte offset start stands in a
// public role; a name coordinated with such a name shares its role. It
// returns the tokens of the name.
func (a *analysis) nameInPublicRole(start int) (int, int, bool) {
	i, j, ok := a.nameSpanAt(start)
	if !ok || a.eventTopic(i) && !a.talkGivenBy(i) {
		return 0, 0, false // the topic of a talk or a tribute (« hommage à X ») is no one acting
	}
	if a.toldAfterRole(j) {
		return 0, 0, false // « …, sa femme l'a quitté »: the sentence goes on about them (told_after_role.go)
	}
	for p, q := i, j; ; {
		if a.publicRoleNear(p, q) || a.publicActNear(p) || a.quotedFromSource(p, q) || a.attributedQuote(p) ||
			a.titledSpeaker(p, q) || a.stageDeed(p, q) { // titled_speaker.go, public_stage.go
			return i, j, true
		}
		c, ok := a.coordinatedBefore(p)
		if !ok {
			return 0, 0, false
		}
		p, q = c, p
	}
}

// talkGivenBy: the name at i follows « conférence de », « débat de »: the
// talk is given by that person, its speaker, where « conférence sur X »
// or « hommage à X » is about X.
func (a *analysis) talkGivenBy(i int) bool {
	toks := a.s.Toks
	return i >= 2 && (toks[i-1].Norm == "de" || toks[i-1].Norm == "d") && talkWords[toks[i-2].Norm]
}

// nameSpanAt returns the tokens of the name found at byte offset start,
// widened over the names and particles glued to it (« Yannick Le |
// Gall »).
func (a *analysis) nameSpanAt(start int) (int, int, bool) {
	toks := a.s.Toks
	idx := -1
	for k, n := range a.names {
		if toks[n.i].From() == start {
			idx = k
			break
		}
	}
	if idx < 0 {
		return 0, 0, false
	}
	i, j := a.names[idx].i, a.names[idx].j
	for i > 0 && toks[i].Sep == 0 {
		if p, ok := a.nameStartAt(i - 1); ok {
			i = p
		} else if p, ok := a.nameStartAt(i - 2); ok && isParticle(toks[i-1].Norm) && toks[i-1].Norm != "et" {
			i = p
		} else {
			break
		}
	}
	for j < len(toks) && toks[j].Sep == 0 && a.named(j) {
		j++
	}
	if i > 0 && (toks[i-1].Is(cCivility) || a.clericHonorific(i-1)) &&
		(toks[i].Sep == 0 || toks[i].Sep == '.') {
		i-- // « l'évêque de Quimper, Mgr | X », « le Père | X »: the civility belongs to the name
	}
	return i, j, true
}

// nameStartAt returns where the name holding token k starts.
func (a *analysis) nameStartAt(k int) (int, bool) {
	if k < 0 {
		return 0, false
	}
	for _, n := range a.names {
		if k >= n.i && k < n.j {
			return n.i, true
		}
	}
	return 0, false
}

// coordinatedBefore: the name at i follows another name and « et »,
// "and" or « devant » (« les candidats X et Y », « victoire de X devant
// Y »); it returns where that name starts.
func (a *analysis) coordinatedBefore(i int) (int, bool) {
	toks := a.s.Toks
	if i < 2 || !roleCoordLink[toks[i-1].Norm] {
		return 0, false
	}
	p, ok := a.nameStartAt(i - 2)
	if !ok || toks[i-1].Norm == "et" || toks[i-1].Norm == "and" {
		return p, ok && a.pluralRoleBefore(p) // « le maire X et Marie » does not make Marie an official
	}
	return p, true
}

// pluralRoleBefore: a role in the plural stands within eight words before
// the name at p (« les candidats aux législatives, M. X et Mme Y »).
func (a *analysis) pluralRoleBefore(p int) bool {
	toks := a.s.Toks
	for s := max(0, p-8); s < p; s++ {
		w := toks[s].Norm
		if (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x")) && a.rolePhraseAt(s) > 0 {
			return true
		}
	}
	return false
}

// publicRoleNear: a role noun stands before the name, with at most four
// words between that do not bring in another person (« la championne
// paralympique de tennis fauteuil X », « la députée de la
// circonscription, X »), or follows it after a comma or a bracket (« X,
// maire de la commune », with its article at most).
func (a *analysis) publicRoleNear(i, j int) bool {
	toks := a.s.Toks
	for s := max(0, i-8); s < i; s++ {
		if e := a.rolePhraseAt(s); e > 0 && e <= i && a.roleGap(e, i) && !a.ownedRole(s, e, i) && !a.kinOfRole(s, e) || a.headOfBody(s, i) {
			return true // ownedRole: owned_role.go
		}
	}
	if a.clericHonorific(i) {
		return true
	}
	if e := a.rolePhraseAt(i); e > i {
		return true // the role taken into the name (« MP Rachel Hughes ») or read as one (« Défenseure des droits »)
	}
	if a.postnominalRole(i, j) {
		return true // "Daniel Price MP" (public_role_postnominal.go)
	}
	if j < len(toks) && (toks[j].Sep == ',' || toks[j].Sep == '(') {
		s := j
		if s+1 < len(toks) && articles[toks[s].Norm] && toks[s+1].Sep == 0 {
			s++ // « X, la maire de la commune »
		}
		return a.rolePhraseAt(s) > 0
	}
	return false
}

// roleGap: the words from e to the name at i qualify the role: at most
// four (five before a comma or a colon), no clause break but that one,
// no word that brings in someone else.
func (a *analysis) roleGap(e, i int) bool {
	toks := a.s.Toks
	apposed := toks[i].Sep == ',' || toks[i].Sep == ':'
	if i-e > 5 || i-e > 4 && !apposed {
		return false
	}
	for k := e; k < i; k++ {
		if roleGapStops[toks[k].Norm] || isClauseSep(toks[k].Sep) {
			return false
		}
	}
	return true
}

// rolePhraseAt returns the end of the role phrase starting at token s, or 0.
func (a *analysis) rolePhraseAt(s int) int {
	toks := a.s.Toks
	end := 0
	if e, v := a.at(dTitles, s); v != 0 {
		end = e
	} else {
		end = a.rolePhraseEnd(s)
	}
	if end > 0 && resultRoles[toks[s].Norm] && !a.levelAfter(end) {
		return 0 // « le champion du tournoi de belote » is a neighbour, not a public figure
	}
	if end > 0 && !a.roleComplementOK(s, end) {
		return 0
	}
	return end
}

// roleComplementOK: some roles are public only with the right complement.
// An author is a writer when a work follows (« l'autrice du roman … »),
// not the author of a letter or a complaint; a sponsor sponsors an event
// (« la marraine du festival »), not a child (« le parrain de Lucas »);
// a candidate stands at an election, not for a job or a driving test.
func (a *analysis) roleComplementOK(s, end int) bool {
	toks := a.s.Toks
	w := toks[s].Norm
	linked := end < len(toks) && actNameLinks[toks[end].Norm] && toks[end].Sep == 0
	switch {
	case authorRoles[w]:
		return !linked || a.workAfter(end+1)
	case sponsorRoles[w]:
		return !linked || end+1 < len(toks) && articles[toks[end+1].Norm] && !toks[end+1].Has(text.Cap) ||
			end+1 < len(toks) && toks[end].Norm == "du"
	case politicalOffices[w] && (strings.HasPrefix(w, "candidat")):
		return a.anyWordIn(talkWords) || a.anyWordIn(campaignWords)
	}
	return true
}

// workAfter: a work or a published source stands within three words from k.
func (a *analysis) workAfter(k int) bool {
	toks := a.s.Toks
	for n := k; n < min(len(toks), k+3); n++ {
		if toks[n].IsAny(cWork, cSourceWords) {
			return true
		}
	}
	return false
}

var (
	authorRoles   = lexicon.Words(lexicon.Data, "author_roles")  // auteur, writer
	sponsorRoles  = lexicon.Words(lexicon.Data, "sponsor_roles") // parrain, marraine
	campaignWords = lexicon.Words(lexicon.Data, "campaign_words")
)

// rolePhraseEnd returns the end of the phrase of public_roles.txt that
// starts at token s, or 0.
func (a *analysis) rolePhraseEnd(s int) int {
	if s >= len(a.s.Toks) || !a.s.Toks[s].Is(cPublicRoleStart) {
		return 0 // the class first (set_classes.go): no phrase starts at most words
	}
	return a.phraseAt(publicRoles, s) // public_stage.go
}

// resultRoles say who won: a public figure only at the level of a
// country, the world or a known prize (levelWords), not at the club's
// raffle or the village contest.
var resultRoles = lexicon.Words(lexicon.Data, "result_roles")

// levelWords (data/words/public_levels.txt) name a level of competition
// or a prize that makes a winner public.
var levelWords = lexicon.Words(lexicon.Data, "public_levels")

// levelAfter: a level word stands within five words after e.
func (a *analysis) levelAfter(e int) bool {
	toks := a.s.Toks
	for k := e; k < min(len(toks), e+5); k++ {
		if levelWords[toks[k].Norm] {
			return true
		}
	}
	return false
}

// headOfBody: the words from s to the name at i say « le président de
// l'association, X » or "the chair of the Food Trust, X": the head of a
// body, named in apposition.
func (a *analysis) headOfBody(s, i int) bool {
	toks := a.s.Toks
	if !bodyHeads[toks[s].Norm] || toks[i].Sep != ',' || s+2 >= i || i-s > 8 || !actNameLinks[toks[s+1].Norm] {
		return false
	}
	if a.ownedRole(s, s+1, i) {
		return false // « le président du club de foot, X » (owned_role.go)
	}
	named := false
	for k := s + 2; k < i; k++ {
		if roleGapStops[toks[k].Norm] || isClauseSep(toks[k].Sep) {
			return false
		}
		named = named || toks[k].Has(text.Cap) || toks[k].Is(cPublicBody)
	}
	return named // « présidente de la Fédération française de rugby », not « de l'amicale des locataires »
}

// publicActNear: the name is who performs, hosts or wins a public act
// named just before it (« conférence animée par X », « victoire de X »,
// « Dédicace : X »). A verb after the name is not enough: « Marie
// tiendra la caisse » is a volunteer's task.
func (a *analysis) publicActNear(i int) bool {
	toks := a.s.Toks
	if i >= 2 && actNameLinks[toks[i-1].Norm] {
		for s := i - 2; s >= max(0, i-4); s-- { // « exposition des photographies de X »
			if actHeads[toks[s].Norm] {
				return a.hostedTalk(s) // the nearest head decides
			}
		}
	}
	return i >= 1 && toks[i].Sep == ':' && actHeads[toks[i-1].Norm]
}

// hostedTalk: the sentence announces a talk or a debate, whose host is a
// speaker; a workshop « animé par » a volunteer stays a person.
func (a *analysis) hostedTalk(s int) bool {
	return !hostParticiples[a.s.Toks[s].Norm] || a.anyWordIn(talkWords)
}

// quotedFromSource: the sentence holds a published work or interview, and
// a speech verb stands right before or after the name (« comme l'a dit
// X », "as X writes"), or the name follows its link a few words after the
// source (« une interview au Monde de X »).
func (a *analysis) quotedFromSource(i, j int) bool {
	return a.quotedNear(i, j) && a.has(cSourceWords) // a source word: one bit of the sentence's classes (set_classes.go)
}

// quotedNear is quotedFromSource without the source.
func (a *analysis) quotedNear(i, j int) bool {
	toks := a.s.Toks
	if i >= 1 && speechVerbs[toks[i-1].Norm] || j < len(toks) && speechVerbs[toks[j].Norm] ||
		i >= 2 && toks[i-2].Norm == "according" && toks[i-1].Norm == "to" {
		return true
	}
	if i >= 2 && actNameLinks[toks[i-1].Norm] {
		for s := i - 2; s >= max(0, i-5); s-- {
			if interviewWords[toks[s].Norm] {
				return true
			}
		}
	}
	return false
}

// attributedQuote: the name signs a quotation of a published source
// (« « On ne naît pas raciste… » — X, dans son livre … », "“…” — X, in a
// speech"): a closing quotation mark, then a dash or a colon, stand
// right before it. A guest book is no published source.
func (a *analysis) attributedQuote(i int) bool {
	toks := a.s.Toks
	if !a.has(cSourceWords) || a.guestBook() {
		return false
	}
	from := toks[i].From()
	start := max(0, from-8) // the quotation may have ended the sentence before
	if i > 0 {
		start = toks[i-1].To()
	}
	gap := a.text[start:from]
	return strings.ContainsAny(gap, "»”\"") && (strings.ContainsAny(gap, ":-") || strings.Contains(gap, "—") || strings.Contains(gap, "–"))
}

// guestBook: the sentence names a guest book (« livre d'or », "guest
// book", "book of comments"), where anyone writes.
func (a *analysis) guestBook() bool {
	toks := a.s.Toks
	for k := 0; k+1 < len(toks); k++ {
		w, next := toks[k].Norm, toks[k+1].Norm
		if w == "livre" && next == "d" && k+2 < len(toks) && toks[k+2].Norm == "or" || w == "guest" && next == "book" ||
			w == "book" && next == "of" || w == "visitors" && next == "book" {
			return true
		}
	}
	return false
}
