package classify

import (
	"math/bits"
	"slices"

	"tamis/library/classify/text"
)

// learnedSentence is a sentence's part of the learned check, noted at its
// end (noteLearned) and weighed once the value's findings are final
// (addLearned).
type learnedSentence struct {
	start, end     int        // byte span of the sentence
	keyFrom, keyTo int        // its features' keys in analysis.lkeys, sorted and distinct (a short value)
	words          [2]float32 // or the model's bias and their weights, summed at once (a long text: weighed)
	weighed        bool
	rules          uint64 // the rules found in it (bit RuleID), counted once each
	doubt          bool   // one of them is a doubt
	blocked        bool   // one of them blocks (learned_upgrade.go)
	coded          bool   // it holds an anonymisation code (codes.go)
}

// weighNowFrom is the length of text from which noteLearned weighs each
// sentence at once rather than keeping its keys: a short value's keys
// are weighed only if no rule blocks it, most often never; a long
// text's would grow to megabytes (a 1 MB text: 17 MB allocated, 3 MB
// when weighed at once). The sums are the same.
const weighNowFrom = 4 << 10

// A sentence's rules fit one word.
var _ [64 - numRules]struct{}

// noteLearned adds the sentence's words and word pairs to the learned
// check. A number counts as one word, however many groups of digits
// it is written in; an anonymisation code counts as
// nothing (it stands for a person the rules already read). A sentence
// from which a stage dropped a finding is left to the rules: they read
// a frame there (a story, a case made up for training, a public role)
// that the model's words do not see.
func (a *analysis) noteLearned() {
	m := learnedModel()
	trace := a.c != nil && a.c.learnTrace != nil
	cleared := len(a.findings)-a.sentFirst < a.sentKept
	if m == nil && !trace || cleared || len(a.s.Toks) == 0 {
		return
	}
	weighNow := m != nil && len(a.text) >= weighNowFrom
	ls := learnedSentence{start: a.s.Start, end: a.s.End, keyFrom: len(a.lkeys), weighed: weighNow}
	keys := a.lkeys
	if weighNow {
		keys = keys[:0]
	}
	var prev uint64 // the previous word's hash; 0: none (a code, or the sentence's start)
	prevWord := ""
	for k := range a.s.Toks {
		w := learnedWord(&a.s.Toks[k])
		ls.coded = ls.coded || a.s.Toks[k].Has(text.Code)
		if w == "" {
			prev = 0
			continue
		}
		if w == learnedNumber && prevWord == learnedNumber && prev != 0 {
			continue // « 06 12 34 56 78 », « 2.10.4.1 »: one number
		}
		h := wordHash(w)
		if trace {
			a.c.learnTrace("w:" + w)
			if prev != 0 {
				a.c.learnTrace("b:" + prevWord + " " + w)
			}
		}
		if m != nil {
			keys = append(keys, h^unigramSalt)
			if prev != 0 {
				keys = append(keys, bigramKey(prev, h))
			}
		}
		prev, prevWord = h, w
	}
	// A feature counts once in a sentence, as the model learned it: a
	// recipe's ten quantities are not ten identifiers.
	if weighNow {
		slices.Sort(keys)
		a.lkeys = slices.Compact(keys)
		ls.words = m.weigh(a.lkeys)
	} else {
		own := keys[ls.keyFrom:]
		slices.Sort(own)
		a.lkeys = keys[:ls.keyFrom+len(slices.Compact(own))]
		ls.keyTo = len(a.lkeys)
	}
	a.learned = append(a.learned, ls)
}

// addLearned blocks, in a value that no rule blocked once its findings
// are final (finish drops some: a published IBAN, the allowlist), each
// sentence whose
// words, with the rules that found something in it and their verdict,
// score above the model's threshold. The finding is the whole sentence:
// the model weighs it as a whole. Its category is the sensitive score's
// sign.
func (a *analysis) addLearned() {
	if a.c != nil && a.c.learnTrace != nil {
		a.traceValueRules() // even when no sentence was weighed: the trainer must know a blocked value
		return
	}
	if len(a.learned) == 0 {
		return
	}
	m := learnedModel()
	if m == nil || a.c.noLearned {
		return
	}
	if hasBlocked(a.findings) {
		a.upgradeLearned(m) // learned_upgrade.go
		return
	}
	a.sortFindingsIntoSentences()
	for _, ls := range a.learned {
		verdict := OK
		if ls.doubt {
			verdict = Doubt
		}
		score := a.learnedScore(m, &ls, verdict)
		if score[0] <= m.threshold {
			continue
		}
		r := ruleLearnedPersonal
		if score[1] > 0 {
			r = ruleLearnedSensitive
		} else if ls.coded {
			// « La fille de Personne_001, née le [DATE_NAISSANCE_001] »
			// reads like a note about someone, but its identifiers were
			// taken out: what stays personal is the rules' to find. A
			// sensitive fact about a code stays blocked (issue 7, part 1).
			continue
		}
		reason := r.reason()
		if a.caseDoubted {
			reason += unverifiedCaseHint() // invented_case.go
		}
		a.findings = append(a.findings, Finding{
			Rule: r.String(), Category: r.info().cat, Verdict: Blocked,
			Start: ls.start, End: ls.end, Reason: reason,
		})
	}
}

// learnedScore weighs a sentence: its words and word pairs, the rules
// that found something in it, and the value's verdict as the rules give
// it.
func (a *analysis) learnedScore(m *learnedWeights, ls *learnedSentence, verdict Verdict) [2]float32 {
	score := ls.words
	if !ls.weighed {
		score = m.weigh(a.lkeys[ls.keyFrom:ls.keyTo])
	}
	for r := ls.rules; r != 0; r &= r - 1 {
		addWeights(&score, m.rule[bits.TrailingZeros64(r)])
	}
	addWeights(&score, m.verdict[verdict])
	return score
}

// sortFindingsIntoSentences notes in each sentence of the learned check
// the rules that found something in it and whether one is a doubt. The
// sentences are in order: each finding finds its first one by a binary
// search, so a long text full of findings stays linear.
func (a *analysis) sortFindingsIntoSentences() {
	ls := a.learned
	for k := range ls {
		ls[k].rules, ls[k].doubt, ls[k].blocked = 0, false, false // sorted again after a release (learned_release.go)
	}
	for _, f := range a.findings {
		r := ruleNamed(f.Rule)
		k, _ := slices.BinarySearchFunc(ls, f.Start, func(s learnedSentence, at int) int {
			if s.end <= at {
				return -1
			}
			return 1
		})
		for ; k < len(ls) && ls[k].start < f.End; k++ {
			ls[k].rules |= 1 << r
			ls[k].doubt = ls[k].doubt || f.Verdict == Doubt
			ls[k].blocked = ls[k].blocked || f.Verdict == Blocked
		}
	}
}

// learnedRule reports a finding of the learned check.
func learnedRule(name string) bool {
	return name == ruleLearnedPersonal.String() || name == ruleLearnedSensitive.String()
}

// weigh returns the model's bias plus the weights of the keys, in their
// order.
func (m *learnedWeights) weigh(keys []uint64) [2]float32 {
	score := m.bias
	for _, key := range keys {
		addWeights(&score, m.w[key])
	}
	return score
}

func addWeights(s *[2]float32, w [2]float32) {
	s[0] += w[0]
	s[1] += w[1]
}

// hasBlocked reports a finding that blocks the value.
func hasBlocked(fs []Finding) bool {
	for _, f := range fs {
		if f.Verdict == Blocked {
			return true
		}
	}
	return false
}

// traceValueRules gives the trainer the value's rules, once each, and
// its verdict: the model learns values, and weighs sentences.
func (a *analysis) traceValueRules() {
	verdict := OK
	seen := map[string]bool{}
	for _, f := range a.findings {
		verdict = max(verdict, f.Verdict)
		if !seen[f.Rule] {
			seen[f.Rule] = true
			a.c.learnTrace("r:" + f.Rule)
		}
	}
	a.c.learnTrace("v:" + verdict.String())
}
