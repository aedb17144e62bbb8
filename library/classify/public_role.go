package classify

import (
	"slices"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A living public person acting in a public role, in a public frame, is
// category 2 by the door test (issue 7, section 4): « le maire de
// Quimperlé, X, inaugurera le jardin », « le candidat X, tête de liste,
// tiendra un meeting », « conférence animée par X », "guest speaker X
// will speak on Tuesday". The name shapes found a person, the titles a
// public figure (a doubt), and the special words read « candidat »,
// « conseiller municipal » or « imam » as an opinion or a faith; here
// the office is public, not the opinion of a private person.
//
// Read as a whole, not word by word: every finding of the sentence is a
// name or a role word (anything else found keeps them all), every name
// stands in a public role (public_role_near.go: a role noun in
// apposition, a public act whose performer it is, a published source it
// is quoted from), the sentence is a public announcement (an event, an
// act in office, a result, a published work), and nothing private is
// said: no tie to the association or to the writer beside the name, no
// news, no contact details, no word of a private life
// (public_role_private.txt). The same mayor with a divorce, a debt or a
// home stays a person.

var (
	publicActs   = lexicon.Words(lexicon.Data, "public_acts", "public_act_verbs") // events, acts in office, works
	privateFacts = lexicon.Words(lexicon.Data, "public_role_private")             // private life said in plain words
	sourceWords  = lexicon.Words(lexicon.Data, "public_sources")                  // published works and interviews
)

// politicalOffices are the role words that the special rules read as
// politics (the first word of the finding): said of a person in a public
// role they tell the office, or the election; clericTitles
// (public_role_clerics.go) do so for faith.
var (
	politicalOffices = lexicon.Words(lexicon.Data, "political_offices")
)

// groupNouns are ties in the plural (data/words/group_nouns.txt).
var groupNouns = lexicon.Words(lexicon.Data, "group_nouns")

// possessives tie what follows them to the association (data/words/tied_possessives.txt).
var possessives = lexicon.Words(lexicon.Data, "tied_possessives")

// roleTally is what the findings of a sentence were read as: the spans
// of the persons in a public role, how many of them are clerics' roles,
// and how many findings only name an office.
type roleTally struct {
	spans             [4][2]int
	n, roles, offices int
	parties           int  // findings that are the party of an office (partyOfOffice)
	framed            bool // a name's own frame is a public one (nameInOwnFrame)
}

// dropPublicRoleNames removes the name and role findings of a sentence
// that announces persons acting in a public role.
func (a *analysis) dropPublicRoleNames() {
	k := a.sentenceFindings()
	if k == len(a.findings) || len(a.sdirect) > 0 || slices.ContainsFunc(a.findings[k:], notTallied) {
		return // a finding that tally refuses whatever its words: none of them is read
	}
	var t roleTally
	for _, f := range a.findings[k:] {
		if !a.tally(&t, f) {
			return
		}
	}
	clerics := t.roles > 0 || t.n == 0 && t.offices > 0 && a.anyWordIn(clericTitles)
	// only the party of an office is left (« la sénatrice écologiste X »,
	// whose name passed as a guest): the office's, unless someone is tied
	partiesOnly := t.n == 0 && t.parties > 0 && t.parties == t.offices && !a.tiedOrTold()
	if t.n == 0 && !clerics && !partiesOnly || !t.framed && !a.publicFrame() && !a.stageNamed() || a.privateSaid() || clerics && !a.anyWordIn(clericEvents) && !a.clericLeadsWorship() {
		return
	}
	for _, sp := range t.spans[:t.n] {
		if a.tiedBeside(sp[0], sp[1]) {
			return
		}
	}
	a.findings = a.findings[:k]
}

// notTallied: a finding of a rule that tally refuses at once.
func notTallied(f Finding) bool {
	switch f.Rule {
	case ruleSingleRole.String(), ruleIndirect.String(), ruleName.String(), rulePublicFigure.String(),
		rulePolitics.String(), ruleReligion.String(), rulePhoto.String():
		return false
	}
	return true
}

// tally reads one finding into t; false when the finding is something
// else than a person in a public role, an office word or their picture.
func (a *analysis) tally(t *roleTally, f Finding) bool {
	var i, j int
	ok := false
	switch f.Rule {
	case ruleSingleRole.String(), ruleIndirect.String():
		i, j, ok = a.clericSpan(f)
		t.roles++
	case ruleName.String(), rulePublicFigure.String():
		i, j, ok = a.nameInPublicRole(f.Start)
		if !ok {
			i, j, ok = a.nameInOwnFrame(f.Start)
			t.framed = t.framed || ok
		}
	case rulePolitics.String(), ruleReligion.String():
		t.offices++
		if a.partyOfOffice(f) {
			t.parties++
			return true
		}
		return a.officeWord(f) || a.ownNameInRole(f)
	case rulePhoto.String():
		return a.photoOfOfficials()
	}
	if !ok || t.n == len(t.spans) {
		return false
	}
	t.spans[t.n] = [2]int{i, j}
	t.n++
	return true
}

// photoOfOfficials: the picture shows no one but the persons named in
// their public role (« photo of MP X opening the food bank »): nobody is
// tagged, and the only person words are public roles, not « les enfants
// du foyer » or a face.
func (a *analysis) photoOfOfficials() bool {
	if a.photoTagged() {
		return false
	}
	for k, t := range a.s.Toks {
		if t.Is(cPopulation) || t.Is(cPhotoPeople) || shownWords[t.Norm] || t.Is(cPerson) && a.rolePhraseAt(k) == 0 {
			return false
		}
	}
	return true
}

// shownWords say that people are seen on a picture (data/words/shown_words.txt).
var shownWords = lexicon.Words(lexicon.Data, "shown_words")

// officeWord: a politics or faith finding that only names an office or an
// election (« candidat », « tête de liste », « imam »), or a place of
// worship beside a cleric.
func (a *analysis) officeWord(f Finding) bool {
	for _, t := range a.s.Toks {
		if t.From() != f.Start {
			continue
		}
		one := t.To() == f.End // read from the tokens: folding the span would allocate
		return politicalOffices[t.Norm] || one && (clericTitles[t.Norm] || worshipWords[t.Norm] && a.clericNamed()) ||
			a.assemblyVote(f)
	}
	return false
}

// nameInOwnFrame: the name found at byte offset start is the author of a
// work whose title the sentence quotes (work_author.go) or a person of
// public life in a dated deed of the nation (dated_public_deed.go). The
// famous names read these frames only for a surname of their list
// (famous_names.go markFamous); here they serve any full name, under
// the guards of the public role: nothing else found, no tie, no private
// fact. It returns the tokens of the name.
func (a *analysis) nameInOwnFrame(start int) (int, int, bool) {
	i, j, ok := a.nameSpanAt(start)
	if !ok || a.eventTopic(i) {
		return 0, 0, false
	}
	return i, j, a.quotedWorkAuthor(i, j) || a.datedPublicDeed(i, j)
}

// partyOfOffice: the finding is one word, a party, that qualifies a
// public role beside it (« la députée écologiste X », "Labour MP X"): an
// office holder's party is public, as the office is.
func (a *analysis) partyOfOffice(f Finding) bool {
	toks := a.s.Toks
	for k := range toks {
		if toks[k].From() != f.Start || toks[k].To() != f.End {
			continue
		}
		if k+1 < len(toks) && toks[k+1].Sep == 0 && a.rolePhraseAt(k+1) > 0 {
			return true // "Labour MP"
		}
		for s := max(0, k-3); s < k; s++ {
			if a.rolePhraseAt(s) == k && toks[k].Sep == 0 {
				return true // « députée écologiste »
			}
		}
		return false
	}
	return false
}

// ownNameInRole: the finding lies inside a name that stands in a public
// role: a politician's surname read as someone's support (« soutient
// Darmanin ») is here the politician acting in office (« le garde des
// Sceaux Gérald Darmanin a présenté sa réforme »).
func (a *analysis) ownNameInRole(f Finding) bool {
	toks := a.s.Toks
	for _, n := range a.names {
		if toks[n.i].From() <= f.Start && f.End <= toks[n.j-1].To() {
			_, _, ok := a.nameInPublicRole(toks[n.i].From())
			return ok
		}
	}
	return false
}

// assemblyVote: a finding that says a vote (« a voté », "voted") in a
// sentence where an assembly votes (« le conseil municipal … a voté à
// l'unanimité ») or an elected person does (« le député Jean Dupont a voté
// la loi »): the deliberation of a public body, or a vote in office on
// the public record; no one's private opinion.
func (a *analysis) assemblyVote(f Finding) bool {
	vote := false
	for _, t := range a.s.Toks {
		if t.From() >= f.Start && t.To() <= f.End {
			vote = vote || voteWords[t.Norm]
		}
	}
	return vote && (a.anyWordIn(assemblyWords) || a.anyWordIn(electedPersons)) // political_deal.go
}

// voteWords say a vote; assemblyWords an assembly that deliberates.
var (
	voteWords     = lexicon.Words(lexicon.Data, "vote_words")     // vote, voted
	assemblyWords = lexicon.Words(lexicon.Data, "assembly_words") // conseil, council
)

// publicFrame: the sentence announces an event, an act in office, a
// result or a published work.
func (a *analysis) publicFrame() bool {
	return a.anyWordBut(publicActs) || a.classBut(eventGuestGuard) || a.anyWordIn(statementWords) || // encounter.go
		a.has(cSourceWords) || a.anyWordIn(actHeads)
}

// privateSaid: the sentence tells news or a private fact, speaks of the
// writer's own (« ma », "my", outside a quoted statement), or names a
// pupil's class.
func (a *analysis) privateSaid() bool {
	for k, t := range a.s.Toks {
		if privateFacts[t.Norm] && !a.publicPlaceOrAct(k) || schoolClasses[t.Norm] && !t.Is(cCivility) && a.stageAt(k) == 0 { // « Première ministre » is no class
			return true
		}
		if t.Norm == "confie" && k > 0 && avoirForms[a.s.Toks[k-1].Norm] {
			return true // « nous a confié », a confidence; « », confie X » quotes a published interview
		}
		if guestTies[t.Norm] && (k == 0 || !t.Has(text.Cap)) && !a.quotedAt(k) {
			return true // not « Mes étoiles noires », a title, nor « m'a appris » in the speaker's quoted words
		}
	}
	return false
}

// publicPlaceOrAct: the private word at k is, here, the place or the
// paper of an act in office: a hospital that a public act visits or
// opens (« a visité l'hôpital », "opened the hospital"), or a decree
// after its article (« a signé l'arrêté », where « arrêté » after « l' »
// is no arrest).
func (a *analysis) publicPlaceOrAct(k int) bool {
	toks := a.s.Toks
	if actPlaces[toks[k].Norm] {
		for s := max(0, k-3); s < k; s++ {
			if publicActs[toks[s].Norm] {
				return true
			}
		}
	}
	return toks[k].Norm == "arrete" && k > 0 && decreeArticles[toks[k-1].Norm]
}

// actPlaces are the private words that are also places an official
// visits (data/words/act_places.txt); decreeArticles make « arrêté » a noun.
var (
	actPlaces      = lexicon.Words(lexicon.Data, "act_places")
	decreeArticles = lexicon.Words(lexicon.Data, "decree_articles") // l, un, cet: « arrêté » a noun
)

// tiedBeside: a word ties a person to the association or to someone
// (« notre bénévole X », « X, adhérente », « sa fille »). A possessive
// ties only the name itself or a person noun within four words of it
// (« dans nos locaux » ties no one), and not the sponsor a title names
// (« notre marraine, la comédienne X »); a group in the plural ties only
// near the name.
func (a *analysis) tiedBeside(i, j int) bool {
	toks := a.s.Toks
	if j+1 < len(toks) && toks[j].Sep == ',' && toks[j].Has(text.Digit) && isAgeUnit(toks[j+1].Norm) {
		return true // « X, 42 ans »: a person described, not a public part
	}
	if a.oursInApposition(j) {
		return true // « X, président de notre club », "X, chair of our walking club"
	}
	rel := famousLists().relations
	for k := range toks {
		if k >= i && k < j || !rel[toks[k].Norm] {
			continue
		}
		if !possessives[toks[k].Norm] && (k >= i-4 && k < j+4 || !groupNouns[toks[k].Norm]) {
			return true // « notre bénévole X », « sa fille », but « le travail des bénévoles » ties no one
		}
		if k+1 == i {
			return true // « notre Marie »
		}
		person := k+1 < len(toks) && (toks[k+1].IsAny(cPerson, cRole) || rel[toks[k+1].Norm])
		if person && !(a.rolePhraseAt(k+1) > 0 && a.titledBefore(i)) && k >= i-4 && k < j+4 {
			return true // « notre trésorière, X »
		}
	}
	return false
}

// oursAround: the name at [i, j) is one of the association's people by
// what stands beside it: an apposition of ours after it (« X, président
// de notre club de marche », « X, notre trésorier », "X, a former inmate
// supported by our resettlement project") or a role of ours before it
// ("our club secretary, Helen Crossley"), or a membership of any
// association (« X, bénévole à la banque alimentaire »). A guest or a
// sponsor of ours
// (« X, invitée de notre salon », « notre marraine, la comédienne X »)
// is a public figure who came, not one of us.
func (a *analysis) oursAround(i, j int) bool {
	return a.oursInApposition(j) || a.oursBefore(i)
}

// oursInApposition: the apposition that opens at token j, after a name
// and its comma, is a role or a person of ours.
func (a *analysis) oursInApposition(j int) bool {
	toks := a.s.Toks
	if j >= len(toks) || toks[j].Sep != ',' {
		return false
	}
	head, ours := j, false
	if apposedArticles[toks[head].Norm] && head+1 < len(toks) {
		head++ // "X, a former inmate supported by our project"
	} else if possessives[toks[head].Norm] && head+1 < len(toks) {
		head, ours = head+1, true // « X, notre trésorier »
	}
	if !a.memberNoun(head) && !(head > j && head+1 < len(toks) && a.memberNoun(head+1)) { // "the oldest member of our club"
		return false // « X, tiendra sa permanence dans nos locaux » goes on with the sentence; "Romeo and Juliet, our spring production" is a play
	}
	if memberships[toks[head].Norm] {
		return true // « X, adhérent du club de lecture », "X, a volunteer at the food bank": a member is nobody's public figure
	}
	for k := head + 1; !ours && k < min(len(toks), head+8); k++ {
		if isClauseSep(toks[k].Sep) {
			return false
		}
		ours = possessives[toks[k].Norm]
	}
	return ours
}

// oursBefore: a possessive and a role or a person stand in the few words
// before the name and its comma (« notre trésorière, X », "our club
// secretary, X"), and no public title names the person (« notre
// marraine, la comédienne X »).
func (a *analysis) oursBefore(i int) bool {
	toks := a.s.Toks
	if i < 2 || toks[i].Sep != ',' || a.titledBefore(i) {
		return false
	}
	for k := i - 1; k >= max(0, i-4); k-- {
		if a.memberNoun(k) {
			for p := k - 1; p >= max(0, k-3) && !isClauseSep(toks[p+1].Sep); p-- {
				if possessives[toks[p].Norm] {
					return true // "our club secretary, X"
				}
			}
		}
		if isClauseSep(toks[k].Sep) {
			return false // the words before a comma are another clause's
		}
	}
	return false
}

// memberNoun: the word at k is a role or a person that may be one of
// the association's, not a guest's or a sponsor's.
func (a *analysis) memberNoun(k int) bool {
	t := &a.s.Toks[k]
	return (t.IsAny(cRole, cPerson) || apposedMembers[t.Norm]) && !guestNouns[t.Norm] && !sponsorNouns[t.Norm]
}

// apposedMembers describe someone of ours beside the role and person
// nouns (data/words/apposed_member_nouns.txt).
var apposedMembers = lexicon.Words(lexicon.Data, "apposed_member_nouns")

// memberships are the nouns of belonging to an association
// (data/words/membership_nouns.txt).
var memberships = lexicon.Words(lexicon.Data, "membership_nouns")

// apposedArticles open an apposition that describes someone (data/words/apposed_articles.txt).
var apposedArticles = lexicon.Words(lexicon.Data, "apposed_articles")

// sponsorNouns are the public figures who lend their name to an
// association (data/words/sponsor_nouns.txt).
var sponsorNouns = lexicon.Words(lexicon.Data, "sponsor_nouns")

// titledBefore: a public title stands right before the name at i (« la
// comédienne X »).
func (a *analysis) titledBefore(i int) bool {
	for s := max(0, i-3); s < i; s++ {
		if end, v := a.at(dTitles, s); v != 0 && end >= i-1 {
			return true
		}
	}
	return false
}
