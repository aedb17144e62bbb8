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
// stands in a public role (a role noun in apposition, a public act whose
// performer it is, a published source it is quoted from), the sentence is a public announcement (an event,
// an act in office, a result, a published work), and nothing private is
// said: no tie to the association or to the writer, no news, no contact
// details, no word of a private life (public_role_private.txt). The same
// mayor with a divorce, a debt or a home stays a person.

var (
	publicRoles   = phraseSet("public_roles")                                      // role nouns in apposition
	publicActs    = lexicon.Words(lexicon.Data, "public_acts", "public_act_verbs") // events, acts in office, works
	actHeads      = lexicon.Words(lexicon.Data, "public_act_heads")                // « animée par », « concert de »
	privateFacts  = lexicon.Words(lexicon.Data, "public_role_private")             // private life said in plain words
	sourceWords   = lexicon.Words(lexicon.Data, "public_sources")                  // published works and interviews
	actNameLinks  = lexicon.WordSet{"par": true, "by": true, "de": true, "d": true, "du": true, "of": true}
	roleCoordLink = lexicon.WordSet{"et": true, "and": true, "devant": true, "ahead": true}
)

// speechVerbs quote a person (« comme l'a dit X », "as X writes").
var speechVerbs = lexicon.WordSet{"dit": true, "ecrit": true, "ecrivait": true, "disait": true, "rappelle": true, "explique": true,
	"souligne": true, "affirme": true, "selon": true, "says": true, "said": true, "writes": true, "wrote": true}

// hostParticiples host an event (« animée par »): who hosts a talk is its
// speaker, who hosts a workshop may be a volunteer; talkWords are the
// events whose host is a speaker.
var (
	hostParticiples = lexicon.WordSet{"anime": true, "animee": true, "animes": true, "animees": true, "presente": true,
		"presentee": true, "led": true, "hosted": true, "presented": true}
	talkWords = lexicon.WordSet{"conference": true, "conferences": true, "debat": true, "colloque": true, "talk": true, "seminar": true}
)

// interviewWords are the sources whose « de » names who spoke, not who
// owns them (« une interview de X », but « le livre de X » may be anyone's).
var interviewWords = lexicon.WordSet{"interview": true, "entretien": true, "tribune": true, "podcast": true,
	"emission": true, "discours": true, "speech": true, "column": true}

// worshipWords are read as faith by the special rules; beside a cleric in
// apposition to a name they say the cleric's office.
var worshipWords = lexicon.WordSet{"mosquee": true, "eglise": true, "synagogue": true, "paroisse": true, "temple": true,
	"messe": true, "culte": true, "mosque": true, "church": true, "parish": true}

// politicalOffices and clericTitles are the role words that the special
// rules read as politics or faith: said of a person in a public role
// they tell the office.
var (
	politicalOffices = lexicon.WordSet{"candidat": true, "candidate": true, "candidats": true, "candidates": true,
		"tete de liste": true, "conseiller municipal": true, "conseillere municipale": true, "conseillers municipaux": true,
		"elu": true, "elue": true, "elus": true, "elues": true}
	clericTitles = lexicon.WordSet{"imam": true, "rabbin": true, "rabbi": true, "cure": true, "pasteur": true, "pasteure": true,
		"pretre": true, "priest": true, "eveque": true, "bishop": true, "vicar": true}
)

// dropPublicRoleNames removes the name and role findings of a sentence
// that announces persons acting in a public role.
func (a *analysis) dropPublicRoleNames() {
	k := a.sentenceFindings()
	if k == len(a.findings) || len(a.sdirect) > 0 {
		return
	}
	named := false
	for _, f := range a.findings[k:] {
		switch f.Rule {
		case ruleName.String(), rulePublicFigure.String():
			if !a.nameInPublicRole(f.Start) {
				return
			}
			named = true
		case rulePolitics.String(), ruleReligion.String():
			if w := text.Fold(a.text[f.Start:f.End]); !politicalOffices[w] && !clericTitles[w] && !(worshipWords[w] && a.anyWordIn(clericTitles)) {
				return
			}
		default:
			return
		}
	}
	if !named || !a.publicFrame() || a.privateSaid() {
		return
	}
	a.findings = a.findings[:k]
}

// publicFrame: the sentence announces an event, an act in office, a
// result or a published work.
func (a *analysis) publicFrame() bool {
	return a.anyWordIn(publicActs) || a.sentCls.Intersects(eventGuestGuard) || a.anyWordIn(statementWords)
}

// privateSaid: the sentence ties a person to the association or to
// someone, tells news, or says a private fact.
func (a *analysis) privateSaid() bool {
	return a.anyWordIn(famousLists().relations) || a.anyWordIn(privateFacts) || a.anyWordIn(guestTies) ||
		a.anyWordIn(schoolClasses) // a pupil's class: a child, not a guest
}

// nameInPublicRole: the name found at byte offset start stands in a
// public role: a role noun beside it, or a public act right before or
// after it; a name coordinated with such a name shares its role.
func (a *analysis) nameInPublicRole(start int) bool {
	i, j, ok := a.nameSpanAt(start)
	if !ok || a.eventTopic(i) {
		return false // the topic of a talk or a tribute (« hommage à X ») is no one acting
	}
	for {
		if a.publicRoleNear(i, j) || a.publicActNear(i) || a.quotedFromSource(i, j) {
			return true
		}
		p, ok := a.coordinatedBefore(i)
		if !ok {
			return false
		}
		i, j = p, i
	}
}

// nameSpanAt returns the tokens of the name found at byte offset start,
// widened over the names and particles glued to it (« Yannick Le |
// Gall »).
func (a *analysis) nameSpanAt(start int) (int, int, bool) {
	toks := a.s.Toks
	idx := slices.IndexFunc(a.names, func(n nameHit) bool { return toks[n.i].From() == start })
	if idx < 0 {
		return 0, 0, false
	}
	i, j := a.names[idx].i, a.names[idx].j
	for i > 0 && toks[i].Sep == 0 && (a.named(i-1) || isParticle(toks[i-1].Norm) && i > 1 && a.named(i-2)) {
		i--
	}
	for j < len(toks) && toks[j].Sep == 0 && a.named(j) {
		j++
	}
	return i, j, true
}

// coordinatedBefore: the name at i follows another name and « et »,
// "and" or « devant » (« les candidats X et Y », « victoire de X devant
// Y »); it returns where that name starts.
func (a *analysis) coordinatedBefore(i int) (int, bool) {
	toks := a.s.Toks
	if i < 2 || !roleCoordLink[toks[i-1].Norm] || !a.named(i-2) {
		return 0, false
	}
	p := i - 2
	for p > 0 && toks[p].Sep == 0 && a.named(p-1) {
		p--
	}
	return p, true
}

// publicRoleNear: a role noun ends within two words before the name (five
// after a comma: « la députée de la circonscription, X »), or follows it
// after a comma or a bracket (« X, maire de la commune »).
func (a *analysis) publicRoleNear(i, j int) bool {
	toks := a.s.Toks
	reach := i - 2
	if toks[i].Sep == ',' || toks[i].Sep == ':' {
		reach = i - 5
	}
	for s := max(0, i-6); s < i; s++ {
		if e := a.rolePhraseAt(s); e > 0 && e >= reach && e <= i || a.headOfBody(s, i) {
			return true
		}
	}
	if e := a.rolePhraseAt(i); e > i && e < j {
		return true // the role taken into the name: « MP Rachel Hughes »
	}
	if j < len(toks) && (toks[j].Sep == ',' || toks[j].Sep == '(') {
		for s := j; s < min(len(toks), j+3); s++ {
			if a.rolePhraseAt(s) > 0 {
				return true
			}
			if s > j && isClauseSep(toks[s].Sep) {
				break
			}
		}
	}
	return false
}

// rolePhraseAt returns the end of the role phrase starting at token s, or 0.
func (a *analysis) rolePhraseAt(s int) int {
	toks := a.s.Toks
	if _, v := a.at(dTitles, s); v != 0 {
		end, _ := a.at(dTitles, s)
		return end
	}
	var buf [64]byte
	key := buf[:0]
	end := 0
	for e := s; e < min(len(toks), s+4); e++ {
		if e > s {
			if toks[e].Sep != 0 && toks[e].Sep != '\'' && toks[e].Sep != '-' {
				break
			}
			key = append(key, ' ')
		}
		key = append(key, toks[e].Norm...)
		if publicRoles[string(key)] {
			end = e + 1
		}
	}
	return end
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
	toks := a.s.Toks
	if !a.anyWordIn(sourceWords) {
		return false
	}
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

// headOfBody: the words from s to the name at i say « le président de la
// Fondation X, » or "the chair of the X Trust,": the head of a named body.
func (a *analysis) headOfBody(s, i int) bool {
	toks := a.s.Toks
	if !bodyHeads[toks[s].Norm] || toks[i].Sep != ',' || s+2 >= i || !actNameLinks[toks[s+1].Norm] {
		return false
	}
	for k := s + 2; k < i; k++ {
		if toks[k].Has(text.Cap) || toks[k].Is(cPublicBody) {
			return true
		}
	}
	return false
}

// bodyHeads head a body (« président », "chair").
var bodyHeads = lexicon.WordSet{"president": true, "presidente": true, "chair": true, "chairman": true, "chairwoman": true}
