package classify

import "tamis/library/classify/lexicon"

// duesWords name a member's dues (data/words/dues_words.txt);
// thirdPossessives own them for someone the sentence speaks of.
var (
	duesWords        = lexicon.Words(lexicon.Data, "dues_words")
	thirdPossessives = lexicon.Words(lexicon.Data, "third_possessives") // sa, his: dues owned by someone spoken of
)

// ownDuesSaid: the sentence speaks of someone's own dues (« qui doit
// encore sa cotisation », "has not paid her membership"): whoever it
// names is a member, not a public figure met at an event.
func (a *analysis) ownDuesSaid() bool {
	toks := a.s.Toks
	for k := 1; k < len(toks); k++ {
		if duesWords[toks[k].Norm] && thirdPossessives[toks[k-1].Norm] {
			return true
		}
	}
	return false
}
