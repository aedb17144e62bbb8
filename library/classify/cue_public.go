package classify

import (
	"slices"

	"tamis/library/classify/lexicon"
)

// Public text that the rules flagged (issue 7, section 4): a figure the
// association already published (« chiffres de notre bilan public »), a
// photo with nobody in it (« paysages, sans visages »), an announcement to
// the public (« bonne nouvelle, venez nous voir »). The cue says what the
// rule could not see: the doubt or the photo finding of the sentence goes.

func (a *analysis) dropPublicFalseAlarms(cs cueSet) {
	var drop func(f Finding) bool
	switch {
	case cs.has(cueNoFaces):
		drop = func(f Finding) bool { return f.Rule == "photo" }
	case (cs.has(cuePublicSource) || cs.has(cueGoodNews) && len(a.names) == 0) && !cs.has(cueUnofficial):
		// « rapport annuel », unless not approved yet: then it is no published figure
		drop = func(f Finding) bool {
			return f.Verdict == Doubt && (f.Rule == "aggregate" || f.Rule == "internal" || f.Rule == "partner")
		}
	case len(a.anchors) == 0 && a.topicList():
		drop = func(f Finding) bool { return f.Category == Sensitive && f.Rule == "health" }
	case len(a.names) == 0 && len(a.sdirect) == 0 && !a.definiteAnchorOutside(0, 0) && a.underRuleHeading() && a.ruleForAnyone():
		drop = func(f Finding) bool { return f.Rule == "indirect" } // « Rappel général : un enfant qui a de la fièvre reste à la maison »
	default:
		return
	}
	start, end := a.s.Toks[0].From(), a.s.Toks[len(a.s.Toks)-1].To()
	k := a.sentenceFindings()
	a.dropFindingsFrom(k, func(f Finding) bool {
		return f.Start >= start && f.End <= end && drop(f)
	})
}

// dropFindingsFrom drops the findings from index k on (the current
// sentence's, see sentenceFindings) that drop says a rule revised away.
func (a *analysis) dropFindingsFrom(k int, drop func(Finding) bool) {
	a.findings = append(a.findings[:k], slices.DeleteFunc(a.findings[k:], drop)...)
}

// sentenceFindings returns the index of the first finding of the current
// sentence: they are the last ones kept, so a rule that revises them reads
// the tail only, not every finding of a long text.
func (a *analysis) sentenceFindings() int {
	k := len(a.findings)
	for k > 0 && a.findings[k-1].Start >= a.s.Start {
		k--
	}
	return k
}

// topicList: an event noun heads the sentence and a colon opens a list of
// topics (« Forum santé étudiant : sommeil, addictions, santé mentale »):
// themes of a public event, about no one.
func (a *analysis) topicList() bool {
	toks := a.s.Toks
	if len(toks) < 4 || !toks[0].Is(cEventHeads) && !toks[1].Is(cEventHeads) && !toks[2].Is(cEventHeads) {
		return false
	}
	colon, commas := false, 0
	for k, t := range toks {
		switch {
		case t.Sep == ':' && k <= 4:
			colon = true
		case t.Sep == ',' && colon:
			commas++
		}
	}
	return colon && commas >= 2
}

// ruleHeadings open a rule set for anyone (data/words/rule_headings.txt).
var ruleHeadings = lexicon.Words(lexicon.Data, "rule_headings")

// underRuleHeading: the sentence opens on a heading of a rule for anyone
// before its colon (« Rappel général : … », "Volunteer rule: …").
func (a *analysis) underRuleHeading() bool {
	toks := a.s.Toks
	q, mark := headingEnd(a.text, toks, ruleHeading)
	if mark != ':' {
		return false
	}
	for k := 0; k < q; k++ {
		if ruleHeadings[toks[k].Norm] {
			return true
		}
	}
	return false
}

// ruleForAnyone: the sentence states a rule, not a case: no age, no news
// or moment, no day, no past event (« a été signalée »), and its person
// is not placed in one of our groups (« une enfant de l'accueil du
// mercredi »).
func (a *analysis) ruleForAnyone() bool {
	if a.ageGiven() || a.tellsNews() || a.momentSaid() || a.anyWordIn(dayWords) {
		return false
	}
	toks := a.s.Toks
	for k := range toks {
		if toks[k].Norm == "ete" || toks[k].Norm == "been" || toks[k].Is(cPastTime) || placedInGroup(toks, k) {
			return false
		}
	}
	return true
}
