package classify

// « à » typed without its accent is a context of names (« demander a
// Karima »), and so was the English article before a famous name ("use a
// Nelson Mandela quote for the poster", "a Mozart concerto"), which kept
// the name a person's. The article is told by the sentence: written
// plain, in a sentence of English links ("for the poster").

// englishArticle: the token at k is "a", written plain, in a sentence
// that holds two English links or more.
func (a *analysis) englishArticle(k int) bool {
	t := a.s.Toks[k]
	if t.Norm != "a" || a.text[t.Start:t.End] != "a" && a.text[t.Start:t.End] != "A" {
		return false
	}
	n := 0
	for _, u := range a.s.Toks {
		if u.Is(cEnglishLinks) || u.Norm == "the" {
			n++
		}
	}
	return n >= 2
}
