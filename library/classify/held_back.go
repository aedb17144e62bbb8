package classify

import "tamis/library/classify/lexicon"

// News held back (issue 7, section 4, the gray zone): a word of saying or
// announcing that the sentence holds back (« à ne pas encore afficher »,
// « avant d'en parler », « l'accord du centre pour communiquer n'est pas
// là », "please don't announce it yet", "until the committee meets") says
// by itself that the news is not public yet: a doubt. Advice to the
// reader (« ne partagez pas vos codes », « n'hésitez pas à en parler »),
// a rule that opens the sentence (« Avant de publier, relisez ») and an
// instruction (« Relis ce texte avant de publier ») are no news.

var restraintWords = lexicon.Words(lexicon.Data, "restraint_words") // avant, until, yet

// instructionVerbs open what a prompt or a note asks the reader to do:
// « Relis ce texte avant de publier » is a procedure, not news.
var instructionVerbs = lexicon.Words(lexicon.Data, "instruction_verbs")

// readerWords address the reader: advice, not news.
var readerWords = lexicon.WordSet{"vous": true, "votre": true, "vos": true, "you": true, "your": true, "hesitez": true, "hesitate": true, "n'hesitez": true}

// findHeldBack reports a sentence whose disclosure is held back.
func (a *analysis) findHeldBack() {
	toks := a.s.Toks
	if len(toks) > 0 && instructionVerbs[toks[0].Norm] {
		return
	}
	for _, t := range toks {
		if readerWords[t.Norm] {
			return
		}
	}
	for i, t := range toks {
		if t.Is(cDisclose) && a.restrainedAt(i) {
			a.add(ruleInternal, 0, len(toks))
			return
		}
	}
}

// restrainedAt: a negation within four tokens before or after the
// disclosure word at i, or a word that holds back within four before or
// eight after (« … about the prices until the board agrees »), in the
// same clause; « avant » opening the sentence is a rule, not news.
func (a *analysis) restrainedAt(i int) bool {
	toks := a.s.Toks
	for k := i - 1; k >= max(0, i-4) && !isClauseSep(toks[k+1].Sep); k-- {
		if isNegation(toks[k]) && toks[k].Norm != "plus" || restraintWords[toks[k].Norm] && k > 0 {
			return true
		}
	}
	for k := i + 1; k < min(len(toks), i+9) && !isClauseSep(toks[k].Sep); k++ {
		if k <= i+4 && isNegation(toks[k]) && toks[k].Norm != "plus" || restraintWords[toks[k].Norm] {
			return true
		}
	}
	return false
}
