package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A statistic that says where it comes from (issue 7, section 4, public
// text flagged as doubt): « Enquête de satisfaction 2024 : 87 % des
// participants… », « selon notre rapport 2023, 60 % des familles… »,
// "according to the 2022 census". A figure from a dated study or report,
// or one cited as a source, is published: the statistic's doubt goes —
// unless a label keeps it inside or says it is not final (« sondage
// interne », « bilan provisoire »: data/words/restricted_words.txt).

// dropPublishedStatistic removes the statistic doubts of a sentence that
// cites a dated or quoted study and labels nothing as internal.
func (a *analysis) dropPublishedStatistic() {
	k := a.sentenceFindings()
	if k == len(a.findings) || !a.citesStudy() || a.restrictedSomewhere() {
		return
	}
	a.dropFindingsFrom(k, func(f Finding) bool {
		return f.Verdict == Doubt && f.Rule == ruleAggregate.String()
	})
}

// citesStudy: a study word dated by a year within three words after or
// two before it (« enquête de satisfaction 2024 », "2022 census"), or
// named after a word that cites a source (« selon notre rapport »).
func (a *analysis) citesStudy() bool {
	toks := a.s.Toks
	for i, t := range toks {
		if !t.Is(cSurvey) {
			continue
		}
		for k := max(0, i-2); k < i; k++ {
			if yearToken(toks[k]) {
				return true // "the 2023 members' survey"
			}
		}
		for k := i + 1; k < min(len(toks), i+4); k++ {
			if yearToken(toks[k]) {
				return true
			}
		}
		for k := max(0, i-3); k < i; k++ {
			if toks[k].Is(cSourceWord) && !ownPoll(toks, k, i) {
				return true
			}
		}
	}
	return false
}

// ownPoll: the study at i is the association's own poll, undated,
// between the source word at k and it (« d'après notre sondage »,
// "according to our survey"): its answers are not published, unlike a
// report of ours (« selon notre rapport »).
func ownPoll(toks []text.Token, k, i int) bool {
	if !pollWords[toks[i].Norm] {
		return false
	}
	for n := k + 1; n < i; n++ {
		if ownDets[toks[n].Norm] || toks[n].Norm == "nos" {
			return true
		}
	}
	return false
}

// pollWords are the studies an association runs among its own people.
var pollWords = lexicon.Words(lexicon.Data, "poll_words")

// yearToken: a token of four digits from 1900 to 2099.
func yearToken(t text.Token) bool {
	return t.Flags&text.Letter == 0 && isYear(t.Norm)
}

// restrictedSomewhere: a label that keeps information inside or says it
// is not final, anywhere in the sentence (« sondage interne », « bilan
// provisoire », « pas encore validé »).
func (a *analysis) restrictedSomewhere() bool {
	return a.has(cRestricted) || a.sentenceCues().has(cueUnofficial)
}
