package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A medical specialist's noun says two things (issue 7, section 4): « Paul
// voit un cardiologue » is Paul's health, « le Dr Mathieu Kervella,
// cardiologue au CHU, animera la conférence » is the speaker's trade. The
// health list holds the specialists for the first reading; here the
// second: the noun in apposition to a name (a comma or a bracket before
// it, a capitalised name or a civility just before that) or just before a
// name (« la cardiologue Anne Morel ») names a trade, not a patient. The
// name itself stays what it is.

// dropSpecialistTrades removes the health findings of the sentence that
// are a specialist's trade.
func (a *analysis) dropSpecialistTrades() {
	k := a.sentenceFindings()
	if k == len(a.findings) {
		return
	}
	a.dropFindingsFrom(k, func(f Finding) bool {
		return f.Rule == ruleHealth.String() && a.tradeAt(f.Start, f.End)
	})
}

// tradeAt: the finding at bytes [from, to) is one specialist's noun
// (« cardiologue », "oncologist") beside the name it describes.
func (a *analysis) tradeAt(from, to int) bool {
	toks := a.s.Toks
	for k := range toks {
		if toks[k].From() != from {
			continue
		}
		if toks[k].To() != to || !specialistNoun(toks[k].Norm) || careSoughtBefore(toks, k) {
			return false
		}
		if k+1 < len(toks) && toks[k+1].Has(text.Cap) && toks[k+1].Sep == 0 && k > 0 && toks[k-1].Is(cDefiniteArticles) {
			return true // « la cardiologue Anne Morel »
		}
		if k < 2 || toks[k].Sep != ',' && toks[k].Sep != '(' {
			return false
		}
		return toks[k-1].Has(text.Cap) || toks[k-1].Is(cCivility) // « Dr Morel, addictologue »
	}
	return false
}

// specialistNoun: the word names a medical specialist or a therapist
// (« cardiologue », « psychiatre », « orthophoniste », "oncologist",
// "psychiatrist", "therapist"), by the endings of their trade.
func specialistNoun(w string) bool {
	w = strings.TrimSuffix(w, "s")
	for _, end := range specialistEndings {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// specialistEndings end the folded, singular nouns of medical trades.
var specialistEndings = []string{"logue", "ologist", "iatre", "iatrist", "phoniste", "therapeute", "therapist"}

// careSeeking are the words of going to a specialist for care
// (data/words/care_seeking.txt).
var careSeeking = lexicon.Words(lexicon.Data, "care_seeking")

// careSoughtBefore: a word of going to a specialist stands in the five
// tokens before the specialist's noun at k: the noun is someone's care.
func careSoughtBefore(toks []text.Token, k int) bool {
	for m := max(0, k-5); m < k; m++ {
		if careSeeking[toks[m].Norm] {
			return true
		}
	}
	return false
}
