package classify

import "tamis/library/classify/lexicon"

var (
	fictionVerbs = lexicon.Words(lexicon.Data, "fiction_verbs") // écris, invente, write
	fictionNouns = lexicon.Words(lexicon.Data, "fiction_nouns") // histoire, conte, story
)

// asksForFiction: the sentence asks for a story (« Écris une histoire
// avec un dragon », "Tell a story about…"): « une histoire avec » is then
// the tale asked for, not someone's affair. Names in it stay names: a
// story about a real child is still about that child.
func (a *analysis) asksForFiction() bool {
	toks := a.s.Toks
	for i, t := range toks {
		if !fictionVerbs[t.Norm] {
			continue
		}
		for k := i + 1; k < min(len(toks), i+4); k++ {
			if fictionNouns[toks[k].Norm] {
				return true
			}
		}
	}
	return false
}
