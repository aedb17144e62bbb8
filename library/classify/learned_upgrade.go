package classify

import "slices"

// upgradeLearned calls sensitive a value that the rules block as
// personal data only, in each sentence whose words and rules read, to
// the learned check's second model (sensitive rather than personal), like
// the sensitive values of the sets: "Sam came out of Pentonville last
// month" is blocked for its name, and the prison is what matters (issue
// 7: sensitive found as category 4). The threshold is cross-validated
// when the model learns (learned_train_test.go upgradeThreshold): on the
// sets, upgradedPersonalShare of the personal values blocked as personal
// data only score above it. Only the category moves: the value was
// blocked already. A sentence is weighed only if it holds one of the
// blocking findings or reads risky by itself, so that a public sentence
// beside a name does not make the value sensitive.
func (a *analysis) upgradeLearned(m *learnedWeights) {
	if slices.ContainsFunc(a.findings, func(f Finding) bool { return f.Category == Sensitive }) {
		return // the rules found category 4
	}
	a.sortFindingsIntoSentences()
	for _, ls := range a.learned {
		score := a.learnedScore(m, &ls, Blocked)
		if score[1] <= m.upgrade || !a.blockedIn(ls) && score[0] <= m.threshold {
			continue
		}
		a.findings = append(a.findings, Finding{
			Rule: ruleLearnedSensitive.String(), Category: Sensitive, Verdict: Blocked,
			Start: ls.start, End: ls.end, Reason: ruleLearnedSensitive.reason(),
		})
	}
}

// blockedIn: a blocking finding lies in the sentence ls.
func (a *analysis) blockedIn(ls learnedSentence) bool {
	return slices.ContainsFunc(a.findings, func(f Finding) bool {
		return f.Verdict == Blocked && f.Start >= ls.start && f.End <= ls.end
	})
}
