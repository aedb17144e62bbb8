package classify

import (
	"slices"

	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A special-category word in a general question or statement is a topic
// (« Quels sont les effets de la chimio ? », "Schizophrenia is a
// long-term condition"), unless the same value names someone: « Quels
// sont les effets de la chimio ? Je demande pour Sylvie. », "What are the
// side effects of lithium? Asking for Sam." ask about that person's
// treatment. The topic sentence cannot see the sentences after it, so its
// facts are noted (noteTopic) and kept once the value is read
// (keepTopicsOfNamed) when a name or an anonymisation code stands in it:
// pseudonymised data is still personal data (GDPR recital 26), so
// « … ? Je demande pour Personne_001. » must not be copied after
// anonymisation either.

// noteTopic notes the special-category word at sp, read as a topic.
func (a *analysis) noteTopic(sp span, t term) {
	if len(a.topics) >= maxPooledFindings {
		return // a long text of topics: the first ones are enough to block it
	}
	a.topics = append(a.topics, Finding{
		Rule: t.rule.String(), Category: t.rule.info().cat, Verdict: Blocked,
		Start: a.s.Toks[sp.i].From(), End: a.s.Toks[sp.j-1].To(),
		Reason: t.rule.reason() + i18n.T(" : le texte nomme aussi quelqu’un", ": the text also names someone"),
	})
}

// keepTopicsOfNamed keeps the noted topics as facts when the value names
// a person (a name found) or holds an anonymisation code.
func (a *analysis) keepTopicsOfNamed() {
	named := a.codeSeen
	for _, f := range a.findings {
		named = named || f.Rule == ruleName.String()
	}
	for _, f := range a.topics {
		if named || a.personElsewhere(f.Start) {
			a.findings = slices.DeleteFunc(a.findings, func(d Finding) bool { // no_one_told.go's doubt on the same words
				return d.Verdict == Doubt && d.Rule == f.Rule && d.Start == f.Start && d.End == f.End
			})
			a.keep(f)
		}
	}
}

// notePersonSentence notes the sentence when one of its anchors is
// someone: the writer, a name, a pronoun, a definite person or a few of
// a group — not anyone (« un enfant »).
func (a *analysis) notePersonSentence() {
	toks := a.s.Toks
	request := len(toks) > 0 && requestWords[toks[0].Norm] // « Donne-moi un modèle », « Rédige… »: about the answer
	asks := func(k int) bool {
		// a subject « je » in a request still tells of its writer: « Explique-moi, j'en souffre »
		return request && !selfSubjects[toks[k].Norm] || wantedBy(toks, k) || toks[k].Sep == '-' && k > 0
	}
	someone := false
	for _, an := range a.anchors {
		if an.kind == anchorSelf && asks(an.k) || an.kind == anchorPerson && !an.few && a.indefiniteAnchor(an.k) {
			continue
		}
		someone = true
	}
	for k := range toks {
		if someone || len(a.topics) == 0 {
			break // the words are read only after a topic: « … ? C'est mon cas. » (anchors say the rest)
		}
		if firstPersonWords[toks[k].Norm] && !asks(k) {
			someone = true // « C'est mon cas. », « Mon colocataire l'a. »; not « Donne-moi », « Je voudrais une fiche »
		}
	}
	if !someone && len(a.topics) > 0 && !request {
		someone = a.topicHeldBySomeone() // « Un bénévole de l'asso en souffre », "Two boys from the club have it"
	}
	if !someone {
		return
	}
	sp := span{i: a.s.Start, j: a.s.End}
	if a.personFirst == (span{}) {
		a.personFirst = sp
	}
	a.personLast = sp
}

// wantedBy: the first person at k asks for something (« je voudrais »,
// « j'aimerais », "I'd like", "I need"): a request, not a fact.
func wantedBy(toks []text.Token, k int) bool {
	return k+1 < len(toks) && wishVerbs[toks[k+1].Norm]
}

// wishVerbs ask for something after « je », "I" (data/words/wish_verbs.txt).
var wishVerbs = lexicon.Words(lexicon.Data, "wish_verbs")

// selfSubjects are the writer as the subject of a verb.
var selfSubjects = pronounUses.of("self")

// firstPersonWords are the writer's own person (data/words/first_person_words.txt).
var firstPersonWords = lexicon.Words(lexicon.Data, "first_person_words")

// personElsewhere: a sentence other than the one at byte offset off
// speaks of someone: « Qu'est-ce que la maladie de Crohn ? J'en souffre
// depuis dix ans. », « Qu'est-ce que le VIH ? Mon colocataire l'a. » —
// the topic asked about is that person's.
func (a *analysis) personElsewhere(off int) bool {
	outside := func(sp span) bool { return sp != (span{}) && (off < sp.i || off >= sp.j) }
	return outside(a.personFirst) || outside(a.personLast)
}

// topicHeldBySomeone: the sentence after a topic says that a person of
// its own holds it, with a pronoun that stands for the topic (« Un
// résident du foyer l'a », « Trois enfants de l'accueil de loisirs l'ont
// attrapée », « Un bénévole de l'asso en souffre », "One of our
// volunteers has it"). A share of anyone is a statistic (« Une personne
// sur dix en souffre », "One in ten people has it").
func (a *analysis) topicHeldBySomeone() bool {
	toks := a.s.Toks
	held := -1
	for k := 1; k < len(toks); k++ {
		w, next := toks[k].Norm, ""
		if k+1 < len(toks) {
			next = toks[k+1].Norm
		}
		switch {
		case w == "l" && k+1 < len(toks) && toks[k+1].Sep == '\'' && auxiliaryAfterPronoun[next]:
			held = k // « l'a », « l'ont attrapée »
		case w == "en" && sufferedVerbs[next]:
			held = k // « en souffre », « en est atteint »
		case heldVerbs[w] && (next == "it" || next == "this"):
			held = k // "has it", "suffers from it"
		}
		if held >= 0 {
			break
		}
	}
	if held < 0 {
		return false
	}
	for k := range held {
		t := &toks[k]
		if t.Norm == "sur" || t.Norm == "in" || t.Norm == "out" || t.Is(cQuantity) && !isCount(*t) {
			return false // « une personne sur dix », "one in ten", « beaucoup de gens »: a statistic
		}
	}
	for k := range held {
		t := &toks[k]
		switch {
		case subjectPronouns[t.Norm] && t.Norm != "on" && t.Norm != "nous" && t.Norm != "vous" && t.Norm != "we" && t.Norm != "you":
			return true // « il l'a », "she has it"
		case t.IsAny(cPerson, cKin, cRole):
			return true // « Un bénévole de l'asso en souffre », « Le gardien l'a »
		case t.Is(cPopulation):
			if k > 0 && isCount(toks[k-1]) || k+1 < held && placedInGroup(toks, k+1) {
				return true // « Trois enfants de l'accueil de loisirs l'ont attrapée »; not « Les enfants l'attrapent souvent »
			}
		}
	}
	return false
}

// sufferedVerbs follow « en » that stands for an illness (« en souffre »).
var sufferedVerbs = lexicon.Words(lexicon.Data, "suffered_verbs")

// heldVerbs come before "it" that stands for an illness ("has it").
var heldVerbs = lexicon.Words(lexicon.Data, "held_verbs")
