package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

// General advice (issue 7, section 4, public text flagged as a doubt):
// « Les enfants s'ennuient parfois à la cantine : proposons des jeux
// calmes », « Pendant les vacances, les enfants s'ennuient vite : voici
// dix jeux sans écran », « En cas d'inondation, coupez l'électricité »,
// "When children get bored on rainy days, try building a blanket fort".
// The gray cue (boredom, a flood) is the situation the advice is for, not
// the association's news: its gray doubts go. A word of ours (« nos
// enfants », « on », "we"), someone named or pointed at, a role of ours,
// a period of ours (« depuis la rentrée »), a future or a conditional
// (« l'accueil fermera », « pourrait ») keep the doubt (world_question.go
// nothingOfOurs for the rest).

var (
	adviceWords        = lexicon.Words(lexicon.Data, "advice_words")        // voici, proposons, try
	instructionOpeners = lexicon.Words(lexicon.Data, "instruction_openers") // quand, en (cas), when
)

// dropGeneralAdviceGray removes the gray doubts of a sentence that gives
// general advice.
func (a *analysis) dropGeneralAdviceGray() {
	a.dropWorldDoubts(a.givesAdvice)
}

// dropWorldDoubts removes the sentence's gray doubts (worldRules) when
// speaksOfWorld, asked only of a sentence with findings, says that it
// speaks of the world and not of the association: general advice, a law,
// a matter of long ago.
func (a *analysis) dropWorldDoubts(speaksOfWorld func() bool) {
	k := a.sentenceFindings()
	if k == len(a.findings) || !speaksOfWorld() {
		return
	}
	a.dropFindingsFrom(k, func(f Finding) bool {
		return f.Verdict == Doubt && worldRules[f.Rule]
	})
}

// givesAdvice: the sentence opens on a general condition (« quand »,
// « en cas de », "when", "in case of") or holds a word of advice, and
// tells nothing of the association's own, of now or of later.
func (a *analysis) givesAdvice() bool {
	toks := a.s.Toks
	if len(toks) < 4 {
		return false
	}
	opens := instructionOpeners[toks[0].Norm] && (toks[0].Norm != "en" && toks[0].Norm != "in" || toks[1].Norm == "cas" || toks[1].Norm == "case")
	if !opens && !a.anyWordIn(adviceWords) {
		return false
	}
	if a.has(cConditional) || a.sentencePending().has(pendThisPeriod) || a.laterTold() {
		return false // « pourrait fermer », « depuis la rentrée », « l'accueil fermera »
	}
	return a.nothingOfOurs()
}

// laterTold: a verb in the future (« fermera », « seront », "will") or
// « depuis », "since": a matter of ours in time, not a general case.
func (a *analysis) laterTold() bool {
	for _, t := range a.s.Toks {
		n := t.Norm
		if n == "will" || n == "depuis" || n == "since" || shortFutures[n] || len(n) > 4 && (strings.HasSuffix(n, "ra") || strings.HasSuffix(n, "ront") || strings.HasSuffix(n, "rons")) {
			return true
		}
	}
	return false
}
