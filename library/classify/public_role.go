package classify

import "tamis/library/classify/lexicon"

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

// worshipWords are read as faith by the special rules; beside a cleric in
// apposition to a name they say the cleric's office.
var worshipWords = lexicon.WordSet{"mosquee": true, "eglise": true, "synagogue": true, "paroisse": true, "temple": true,
	"messe": true, "culte": true, "mosque": true, "church": true, "parish": true}

// politicalOffices and clericTitles are the role words that the special
// rules read as politics or faith (the first word of the finding): said
// of a person in a public role they tell the office, or the election.
var (
	politicalOffices = lexicon.WordSet{"candidat": true, "candidate": true, "candidats": true, "candidates": true,
		"tete": true, "conseiller": true, "conseillere": true, "conseillers": true, "elu": true, "elue": true, "elus": true,
		"elues": true, "municipales": true, "legislatives": true, "europeennes": true, "elections": true}
	clericTitles = lexicon.WordSet{"imam": true, "rabbin": true, "rabbi": true, "cure": true, "pasteur": true, "pasteure": true,
		"pretre": true, "priest": true, "eveque": true, "bishop": true, "vicar": true}
)

// groupNouns are the words of ties in the plural: far from the name they
// speak of a group, not of the person (« merci aux bénévoles »).
var groupNouns = lexicon.WordSet{"benevoles": true, "volunteers": true, "adherents": true, "adherentes": true, "membres": true,
	"members": true, "familles": true, "families": true}

// possessives tie what follows them to the association or the writer.
var possessives = lexicon.WordSet{"notre": true, "nos": true, "our": true}

// dropPublicRoleNames removes the name and role findings of a sentence
// that announces persons acting in a public role.
func (a *analysis) dropPublicRoleNames() {
	k := a.sentenceFindings()
	if k == len(a.findings) || len(a.sdirect) > 0 {
		return
	}
	var spans [4][2]int
	n := 0
	for _, f := range a.findings[k:] {
		switch f.Rule {
		case ruleName.String(), rulePublicFigure.String():
			i, j, ok := a.nameInPublicRole(f.Start)
			if !ok || n == len(spans) {
				return
			}
			spans[n] = [2]int{i, j}
			n++
		case rulePolitics.String(), ruleReligion.String():
			if !a.officeWord(f) {
				return
			}
		default:
			return
		}
	}
	if n == 0 || !a.publicFrame() || a.privateSaid() {
		return
	}
	for _, sp := range spans[:n] {
		if a.tiedBeside(sp[0], sp[1]) {
			return
		}
	}
	a.findings = a.findings[:k]
}

// officeWord: a politics or faith finding that only names an office or an
// election (« candidat », « tête de liste », « imam »), or a place of
// worship beside a cleric.
func (a *analysis) officeWord(f Finding) bool {
	for _, t := range a.s.Toks {
		if t.From() != f.Start {
			continue
		}
		one := t.To() == f.End // read from the tokens: folding the span would allocate
		return politicalOffices[t.Norm] || one && (clericTitles[t.Norm] || worshipWords[t.Norm] && a.anyWordIn(clericTitles))
	}
	return false
}

// publicFrame: the sentence announces an event, an act in office, a
// result or a published work.
func (a *analysis) publicFrame() bool {
	return a.anyWordIn(publicActs) || a.sentCls.Intersects(eventGuestGuard) || a.anyWordIn(statementWords) ||
		a.anyWordIn(sourceWords)
}

// privateSaid: the sentence tells news or a private fact, speaks to the
// writer's own (« ma », "my"), or names a pupil's class.
func (a *analysis) privateSaid() bool {
	for _, t := range a.s.Toks {
		if privateFacts[t.Norm] || guestTies[t.Norm] || schoolClasses[t.Norm] && !t.Is(cCivility) {
			return true
		}
	}
	return false
}

// tiedBeside: a word ties a person to the association or to someone
// (« notre bénévole X », « X, adhérente », « sa fille »). A possessive
// ties only the name itself or a person noun within four words of it
// (« dans nos locaux » ties no one), and not the sponsor a title names
// (« notre marraine, la comédienne X »); a group in the plural ties only
// near the name.
func (a *analysis) tiedBeside(i, j int) bool {
	toks := a.s.Toks
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
