package classify

import (
	"math"
	"slices"

	"tamis/i18n"
)

// releaseLearned lets through a value that the rules block for names
// alone when every sentence holding one of those names reads, to the
// learned check, like public text: « Thomas Pesquet a passé six mois dans
// la Station spatiale internationale », "David Beckham scored a free kick
// against Greece in 2001". The name rules cannot tell a public figure from a member who
// bears an ordinary name; the words around the name can, and the model
// weighed them on every labelled set. Its threshold (model.release) is
// cross-validated when it learns (learned_train_test.go): on the sets, at
// most releasedRiskyShare of the personal and sensitive values blocked by
// names alone score below it. Any other blocking finding (an identifier,
// a sensitive fact, a description that points at someone) keeps the
// value blocked, and so does a name in a sentence the model does not
// weigh, a public stage of an amateur's level (public_stage.go: « la
// coupe du monde de belote » is a neighbour's feat), an age in
// apposition (famous_guards.go apposedAge: « Kylian Mbappé (U11) »), or a
// role of ours beside the name (public_role.go oursAround: « Zinédine
// Zidane, notre trésorier, a été réélu à l'unanimité »).
//
// Between the release and a second threshold (model.doubt, where at most
// doubtedRiskyShare of the risky values score below), the text reads
// public but not surely enough: the names become a doubt that the
// volunteer must confirm, rather than a block (« Le pilote Pierre Gasly a
// terminé troisième du Grand Prix de Monaco »).
func (a *analysis) releaseLearned() {
	m := learnedModel()
	if m == nil || a.c.noLearned || a.c.learnTrace != nil || len(a.learned) == 0 {
		return
	}
	names := 0
	for _, f := range a.findings {
		if f.Verdict != Blocked {
			continue
		}
		if f.Rule != ruleName.String() {
			return
		}
		names++
	}
	if names == 0 || a.heldName {
		return
	}
	release, doubt := m.release, m.doubt
	if a.unlistedNames > 0 || names > a.namesReported {
		release -= unlistedMargin
		doubt -= unlistedMargin
	}
	a.sortFindingsIntoSentences()
	highest := float32(math.Inf(-1))
	for _, f := range a.findings {
		if f.Rule != ruleName.String() {
			continue
		}
		k := a.learnedSentenceOf(f)
		if k < 0 {
			return // a name outside the weighed sentences
		}
		highest = max(highest, a.learnedScore(m, &a.learned[k], Blocked)[0])
	}
	switch {
	case highest < release:
		a.findings = slices.DeleteFunc(a.findings, func(f Finding) bool { return f.Rule == ruleName.String() })
	case highest < doubt:
		a.doubtNames()
	}
}

// doubtNames turns the blocked names into doubts: text that reads public,
// but not surely enough to let the names through. The volunteer, who
// knows whether the person is a public figure in a public role, says.
func (a *analysis) doubtNames() {
	reason := ruleName.reason() + i18n.T(
		" : une personnalité publique dans son rôle ?",
		": a public figure in a public role?")
	for k := range a.findings {
		if f := &a.findings[k]; f.Rule == ruleName.String() {
			f.Verdict, f.Reason = Doubt, reason
		}
	}
}

// learnedSentenceOf returns the index in a.learned of the sentence that
// holds f whole, or -1.
func (a *analysis) learnedSentenceOf(f Finding) int {
	ls := a.learned
	k, _ := slices.BinarySearchFunc(ls, f.Start, func(s learnedSentence, at int) int {
		if s.end <= at {
			return -1
		}
		return 1
	})
	if k < len(ls) && ls[k].start <= f.Start && f.End <= ls[k].end {
		return k
	}
	return -1
}

// unlistedMargin lowers the release threshold for a name that no list of
// public figures holds: nothing but the words around says it is not a
// member's, so the model must be surer (a logit of 1: odds 2.7 times
// lower). « Claire Dubois a couru le semi-marathon de Lyon » reads like a
// sports page too.
const unlistedMargin = 1
