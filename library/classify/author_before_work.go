package classify

import "tamis/library/classify/text"

// English names the author of a work before the work's noun: "a Nelson
// Mandela quote", "the Jane Austen novel", "an Edith Piaf song". The name
// is then what the work is by, as after « citation de » or "songs by"
// (cultural_topic.go), and it keeps the same guards: a relation, news, a
// private fact or an age in the sentence still make it a person.

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
