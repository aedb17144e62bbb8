package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Nicknames no list holds: a familiar title before a first name or a
// nickname (« Papy Jo », « Tonton Ray », "Uncle Ray"), and a syllable said
// twice (« Dédé », « Jojo », « Zaza »), the way French makes a pet name of
// André, Georges or Isabelle. Both point at one person a club knows; the
// words of that shape that are no nickname (« Papa », « Bonbon ») are in
// data/words/reduplicated_words.txt.

var (
	familiarTitles    = lexicon.Words(lexicon.Data, "familiar_titles")
	reduplicatedWords = lexicon.Words(lexicon.Data, "reduplicated_words")
)

// titledNickname: a capitalised familiar title and the capitalised name
// after it; returns the end of the name.
func (a *analysis) titledNickname(i int) int {
	toks := a.s.Toks
	if i+1 >= len(toks) || !toks[i].Has(text.Cap) || !toks[i].Is(cFamiliarTitles) || toks[i+1].Sep != 0 {
		return 0
	}
	n := toks[i+1]
	if !n.Has(text.Cap) || !n.Has(text.Letter) || n.Has(text.Digit) || n.IsAny(cCapWord, cVenue, cOrg, cKnownBodies) {
		return 0
	}
	return i + 2
}

// reduplicatedNickname: a capitalised word made of one syllable said
// twice (« Dédé », « Loulou »), with no determiner before it (« le
// Yoyo » is a bar).
func (a *analysis) reduplicatedNickname(i int) int {
	toks := a.s.Toks
	t := toks[i]
	if !t.Has(text.Cap) || t.Has(text.Upper) || t.Has(text.Digit) || t.IsAny(cCapWord, cVenue, cOrg, cKnownBodies) {
		return 0
	}
	if !isReduplicated(t.Norm) || reduplicatedWords[t.Norm] {
		return 0
	}
	if i > 0 && toks[i-1].IsAny(cSingDet, cPlainDets) {
		return 0
	}
	return i + 1
}

// isReduplicated: w (folded) is two equal halves of two or three letters.
func isReduplicated(w string) bool {
	n := len(w)
	if n != 4 && n != 6 {
		return false
	}
	return w[:n/2] == w[n/2:]
}
