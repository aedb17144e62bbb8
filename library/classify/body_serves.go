package classify

import "tamis/library/classify/lexicon"

// A committee is often the association itself (« comité des fêtes »,
// « comité de quartier »): when it lends tables, holds a stand or says
// it is non-partisan, it acts in the open, and the sentence is no board
// deliberating (gray_affairs.go ownBody). Deliberating verbs (« le
// comité envisage », « a décidé », "is split") are not in the list, and
// a vote, a closed session or a sanction (« invite les membres à voter
// l'exclusion du trésorier », "holds a closed session on the director's
// dismissal") keep the board deliberating.

var (
	bodyPublicActs   = lexicon.Words(lexicon.Data, "body_public_acts")
	bodyDeliberation = lexicon.Words(lexicon.Data, "body_deliberation")
)

// bodyServes: the board word at i is followed by one of its public acts,
// past a negation or a copula (« le comité est apolitique »), in a
// sentence with no vote, closed session or sanction.
func (a *analysis) bodyServes(i int) bool {
	if a.anyWordIn(bodyDeliberation) {
		return false
	}
	toks := a.s.Toks
	for n := i + 1; n < min(len(toks), i+3); n++ {
		w := toks[n].Norm
		if bodyPublicActs[w] {
			return true
		}
		if w != "est" && w != "is" && w != "ne" && w != "n" {
			return false
		}
	}
	return false
}
