package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A nickname points at one person as a name does (issue 7, section 4):
// a pet name made of a doubled syllable (« Mimi », « Jojo », « Dédé »,
// « Loulou »), alone before a verb or after a word of size (« le Grand
// Mimi et sa bande », « le gros Bébert », "Big Dave"). A doubled word of
// the dictionaries (« Coco », « Tata », "Yoyo") and a size word before a
// common noun (« le Grand Bleu », « la Petite Sirène ») are none.

// nicknameSizes are the words of size or age a nickname starts with
// (data/words/nickname_sizes.txt).
var nicknameSizes = lexicon.Words(lexicon.Data, "nickname_sizes")

// findNickname reports the first nickname of the sentence.
func (a *analysis) findNickname() {
	toks := a.s.Toks
	for i := range toks {
		if !toks[i].Has(text.Cap) || a.consumed[i] || a.coveredByName(i) { // the flag first: most words have no capital
			continue
		}
		sized := i > 0 && nicknameSizes[toks[i-1].Norm]
		switch {
		case sized && (doubledSyllable(toks[i]) || toks[i].Is(cFirst) && !a.dictionaryWord(i) ||
			!toks[i-1].Has(text.Cap) && a.unknownCapWord(i)): // « Grand Bornand », "Old Trafford": a place's name capitalises its size word
			a.reportName(i-1, i+1) // « le Grand Mimi », « le gros Bébert », "Big Dave"
			return
		case doubledSyllable(toks[i]) && !a.dictionaryWord(i) && a.verbFollows(i+1):
			a.reportName(i, i+1) // « Loulou viendra chercher les tables »
			return
		}
	}
}

// doubledSyllable: a capitalised word of letters made of one syllable
// twice (« Mimi », « Dédé », « Loulou », « Chouchou »), the shape of a pet
// name.
func doubledSyllable(t text.Token) bool {
	n := t.Norm
	if len(n)%2 != 0 || len(n) < 4 || len(n) > 8 || !t.Has(text.Letter) || t.Has(text.Upper) {
		return false
	}
	return n[:len(n)/2] == n[len(n)/2:]
}

// dictionaryWord: token k is a word of the French or English lexicon
// (« Coco », « Tata », "Yoyo").
func (a *analysis) dictionaryWord(k int) bool {
	n := a.s.Toks[k].Norm
	return lexicon.IsFrenchWord(n) || lexicon.IsEnglishWord(n)
}
