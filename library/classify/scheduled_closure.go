package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A closure scheduled and told to the public (issue 7, section 4, public
// text flagged as doubt): « fermeture exceptionnelle de l'épicerie le
// lundi de Pâques », « fermeture annuelle du 1er au 15 août », « fermé
// pour inventaire ». A word of closing is trouble for a partner only
// when nothing dates or explains it as a notice: a day, a month, a
// holiday, a number, « exceptionnelle », « pour congés »
// (data/words/closure_notices.txt).

var (
	closureNotices = lexicon.Words(lexicon.Data, "closure_notices")
	closureWords   = lexicon.Words(lexicon.Data, "closure_words") // the words of closing among data/words/trouble_words.txt
)

// scheduledClosure: the word of closing at i is followed, within six
// words, by what makes it a notice.
func (a *analysis) scheduledClosure(i int) bool {
	toks := a.s.Toks
	if !closureWords[toks[i].Norm] {
		return false
	}
	for k := i + 1; k < min(len(toks), i+7); k++ {
		if closureNotices[toks[k].Norm] || toks[k].Is(cHoliday) || toks[k].Has(text.Digit) {
			return true
		}
	}
	return false
}
