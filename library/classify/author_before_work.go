package classify

import "tamis/library/classify/text"

// English names the author of a work before the work's noun: "a Nelson
// Mandela quote", "an Oscar Wilde poem", "the Leonard Cohen song". The
// article before such a name of the famous list is no word that
// addresses a person (« à », which folds to "a"): famousGuarded lets the
// name pass there, with all its other guards. A name no list holds gets
// nothing from this shape: "the Karim Haddad film we shot" is a
// member's video.
//
// A second reading once stood beside this one: the article "a" written
// plain in a sentence of English links, whatever noun followed. On every
// read set and every test sentence it changed no verdict that this
// reading did not already give, so it was dropped: the work noun is what
// tells the author's name from a name addressed.

// englishArticles open the noun phrase whose head is the work.
var englishArticles = map[string]bool{"a": true, "an": true, "the": true}

// authorBeforeWork: the name at [i, j) stands between an English article
// and a work noun that follows it with no punctuation between.
func (a *analysis) authorBeforeWork(i, j int) bool {
	toks := a.s.Toks
	if i == 0 || j >= len(toks) || !englishArticles[toks[i-1].Norm] || isClauseSep(toks[j].Sep) {
		return false
	}
	// « a » is also the French « à » folded: the word itself must be
	// written "a", and a French sentence never puts a work noun right
	// after the name it addresses
	if t := toks[i-1]; a.text[t.Start:t.End] == "à" || a.text[t.Start:t.End] == "À" {
		return false
	}
	return culturalWorks[toks[j].Norm] && !toks[j].Has(text.Cap)
}
