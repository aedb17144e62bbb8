package classify

// The lists of the association's plans kept from those they concern
// (strategy_untold.go), of its money kept out of its accounts
// (strategy_off_books.go), of another body's work it copies
// (strategy_copied.go) and of figures padded for a funder
// (strategy_padded.go): each is an embedded text file under data/cues/,
// one word or phrase a line, like the cues of cues.go; they join the
// combined trie as their own dictionary (dUntold), since the cue set is
// full.

// untold names one list of the rule.
type untold uint8

const (
	untoldNone     untold = iota
	untoldUnaware         // pas au courant, n'en savent rien, hasn't been told: those concerned do not know
	untoldHidden          // sans le dire, personne ne vérifie, nobody will notice: done so that nobody learns
	untoldLearn           // l'apprendront, seront informés, will hear: a word of learning, besides cDisclose and cTell
	untoldUntil           // quand, tant que, qu'après, until: a telling put off until an event
	untoldDeferred        // reportée, postponed: a telling put off by itself
	untoldWait            // on attend, waiting for: before an awaited event, then a telling
	untoldAwaited         // signature, vote, adhésions, CSE, fees: the event the telling waits for
	untoldChange          // réduit, gèle, sera vendu, ends, cut: a change the association makes
	untoldOffBooks        // pas comptabilisés, pas à la banque, out of the books: money kept out of the accounts (strategy_off_books.go)
	untoldMoney           // dons, recette, chèque, donation: money received, besides cash and donors
	untoldCopy            // recopie, calque, copy their: another body's work copied (strategy_copied.go)
	untoldDocument        // dossier, trame, handbook, bid: a body's work that may be copied
	untoldPadded          // alors qu'on en a eu, financer deux fois, counted twice: figures padded for a funder (strategy_padded.go)
	numUntold
)

// untoldFiles maps each list to its file.
var untoldFiles = [numUntold]string{
	untoldUnaware:  "data/cues/untold_unaware.txt",
	untoldHidden:   "data/cues/untold_hidden.txt",
	untoldLearn:    "data/cues/untold_learn.txt",
	untoldUntil:    "data/cues/untold_until.txt",
	untoldDeferred: "data/cues/untold_deferred.txt",
	untoldWait:     "data/cues/untold_wait.txt",
	untoldAwaited:  "data/cues/untold_awaited.txt",
	untoldChange:   "data/cues/untold_change.txt",
	untoldOffBooks: "data/cues/untold_off_books.txt",
	untoldMoney:    "data/cues/untold_money.txt",
	untoldCopy:     "data/cues/untold_copy.txt",
	untoldDocument: "data/cues/untold_document.txt",
	untoldPadded:   "data/cues/untold_padded.txt",
}

// untoldSet is the set of lists found in a sentence.
type untoldSet = listSet[untold]

var _ [64 - numUntold]struct{} // the set has room for every list

// sentenceUntold collects the lists of the rule that the sentence holds.
func (a *analysis) sentenceUntold() untoldSet { return untoldSet(a.listsFound(dUntold)) }
