package classify

import "tamis/library/classify/lexicon"

// A text the general meeting adopted (issue 7, section 4, public text
// flagged as a doubt): « L'assemblée générale a adopté le budget
// provisoire de l'exercice 2025 », « le budget provisoire voté lors de
// l'AG est consultable sur notre site », "the provisional plan approved at
// the AGM". « Provisoire » says the text is not final, not that it is kept
// inside: once the general meeting has voted it, it is public to the
// members and beyond. The board's vote is internal (gray.go boardDecision);
// a vote still to come (« sera voté à l'AG », « pas encore voté »), a
// label that keeps the text inside (« interne », "unofficial") or a verb
// in the future (« on l'annoncera aux partenaires ») keep the doubt.

var (
	notFinalWords  = lexicon.Words(lexicon.Data, "not_final_words") // provisoire, provisional
	generalMeeting = lexicon.Words(lexicon.Data, "assembly_words")  // AG, assemblée, AGM
)

// adoptedInAssembly: a word of settling, not negated nor in the future,
// and the general meeting in the sentence, with no board, nothing said
// unofficial or kept inside, and no verb in the future.
func (a *analysis) adoptedInAssembly() bool {
	if !a.anyWordIn(generalMeeting) || a.has(cBoard) || a.sentenceCues().has(cueUnofficial) || a.notSettled() || a.laterTold() {
		return false // « le CA a validé le budget présenté à l'AG », « on l'annoncera en mai » (general_advice.go)
	}
	toks := a.s.Toks
	adopted := false
	for k, t := range toks {
		if t.Is(cRestricted) && !notFinalWords[t.Norm] {
			return false // « interne », "unofficial"
		}
		if settled[t.Norm] && !a.voteToCome(k) {
			adopted = true // « a été voté », « voté lors de l'AG », not « sera voté »
		}
	}
	return adopted
}

// voteToCome: a verb in the future or an auxiliary of what is to come
// (« va », « doit », « être », "to be") in the two tokens before k.
func (a *analysis) voteToCome(k int) bool {
	for i := max(0, k-2); i < k; i++ {
		if a.futureAt(i) || toComeWords[a.s.Toks[i].Norm] || shortFutures[a.s.Toks[i].Norm] {
			return true
		}
	}
	return false
}

var (
	toComeWords  = lexicon.Words(lexicon.Data, "to_come_words") // « va être voté », "to be approved"
	shortFutures = lexicon.Words(lexicon.Data, "short_futures") // sera, aura
)
