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
// blocking findings: weighed as blocked, every sentence reads risky, and
// a template's own line beside a filled name (« N'invente ni chiffres,
// ni dates… ») was called sensitive.
func (a *analysis) upgradeLearned(m *learnedWeights) {
	if slices.ContainsFunc(a.findings, func(f Finding) bool { return f.Category == Sensitive }) {
		return // the rules found category 4
	}
	a.sortFindingsIntoSentences()
	for _, ls := range a.learned {
		if !ls.blocked || a.learnedScore(m, &ls, Blocked)[1] <= m.upgrade {
			continue
		}
		a.findings = append(a.findings, Finding{
			Rule: ruleLearnedSensitive.String(), Category: Sensitive, Verdict: Blocked,
			Start: ls.start, End: ls.end, Reason: ruleLearnedSensitive.reason(),
		})
	}
}
