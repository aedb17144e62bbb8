package classify

import "tamis/library/classify/lexicon"

// News held back (issue 7, section 4, the gray zone): a word of saying or
// announcing that the sentence holds back (« à ne pas encore afficher »,
// « avant d'en parler », « l'accord du centre pour communiquer n'est pas
// là », "please don't announce it yet", "until the committee meets") says
// by itself that the news is not public yet: a doubt. Advice to the
// reader (« ne partagez pas vos codes », « n'hésitez pas à en parler »)
// and a rule that opens the sentence (« Avant de publier, relisez ») are
// no news, nor an instruction to the reader or to an AI (« Relis ce
// texte avant de le publier », « N'affiche pas les prix »): a negation or
// « avant » holds news back only when the association speaks as « on »,
// « nous », "we"; « pas encore », "yet", "until" do whoever speaks.

var (
	restraintWords = lexicon.Words(lexicon.Data, "restraint_words") // encore, until, yet
	weSubjects     = lexicon.Words(lexicon.Data, "we_subjects")     // on, nous, we
	beforeWords    = lexicon.Words(lexicon.Data, "before_words")    // avant, before
)

// readerWords address the reader: advice, not news (data/words/reader_words.txt).
var readerWords = lexicon.Words(lexicon.Data, "reader_words")

// findHeldBack reports a sentence whose disclosure is held back.
func (a *analysis) findHeldBack() {
	toks := a.s.Toks
	if a.has(cReaderWords) {
		return
	}
	for i, t := range toks {
		if t.Is(cDisclose) && a.restrainedAt(i) {
			a.add(ruleInternal, 0, len(toks))
			return
		}
	}
}

// restrainedAt: a word that holds back in time within four tokens
// before or eight after the disclosure word at i (« … about the prices
// until the board agrees »), or, when the association speaks as « on »
// or "we", a negation within four or « avant » before it, in the same
// clause. « Avant » opening the sentence is a rule, not news.
func (a *analysis) restrainedAt(i int) bool {
	toks := a.s.Toks
	we := a.has(cWeSubjects)
	held := func(k int, near bool) bool {
		n := toks[k].Norm
		return restraintWords[n] || we && (near && isNegation(toks[k]) && n != "plus" || beforeWords[n] && k > 0)
	}
	for k := i - 1; k >= max(0, i-4) && !isClauseSep(toks[k+1].Sep); k-- {
		if held(k, true) {
			return true
		}
	}
	for k := i + 1; k < min(len(toks), i+9) && !isClauseSep(toks[k].Sep); k++ {
		if held(k, k <= i+4) {
			return true
		}
	}
	return false
}
