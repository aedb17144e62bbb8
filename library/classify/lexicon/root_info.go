package lexicon

import "tamis/library/classify/text"

// A third of a text's tokens start an entry of the phrase dictionary:
// the walk then read the entry's first node, spread over the heap, for
// its values and for the next words it may go on with — a miss of the
// processor's cache per such token, most of them for nothing. What the
// walk needs of that node is kept with the word's classes instead, which
// the tagging has just read: the values of the one-word entries, and a
// signature of the next words, so that the node is read only when the
// next token may go on.

// rootInfo is what the walk needs of a word's first node.
type rootInfo struct {
	sigs   uint64 // the node's sigs: wordSig of every next word
	valOff uint32 // the node's values are Classes.rootVals[valOff:valOff+valN]
	valN   uint16
	stems  bool // the node has stems: every next word must be tried
	more   bool // the node has next words or stems
}

// packRoot returns the rootInfo of n, its values appended to vals.
func packRoot(n *Node, vals []int32) (rootInfo, []int32) {
	r := rootInfo{sigs: n.sigs, valOff: uint32(len(vals)), valN: uint16(len(n.vals)),
		stems: len(n.stems) > 0, more: n.next != nil || len(n.stems) > 0}
	if len(n.vals) > 1<<16-1 {
		panic("lexicon: an entry with more than 65,535 values")
	}
	return r, append(vals, n.vals...)
}

// MayMatchInfo reports whether EachMatchInfo may find an entry at a
// token of the folded word w whose info cl gave: false for most words,
// which start no entry and no stem, so that the caller skips the call.
func (d *Dict) MayMatchInfo(info *WordInfo, w string) bool {
	return info.Root != nil || len(d.root.stems) > 0 || d.mayStem(w)
}

// EachMatchInfo is EachMatch(toks, i, fn) for the word info that cl gave
// toks[i]: the same matches, in the same order, with the entry's first
// node read only when the next token may go on.
func (d *Dict) EachMatchInfo(cl *Classes, info *WordInfo, toks []text.Token, i int, fn func(end int, val int32)) {
	if info.Root != nil {
		r := &info.root
		for _, v := range cl.rootVals[r.valOff : r.valOff+uint32(r.valN)] {
			fn(i+1, v)
		}
		if r.more && i+1 < len(toks) && (r.stems || r.sigs&wordSig(toks[i+1].Norm) != 0) {
			d.walkAll(info.Root, toks, i+1, fn)
		}
	}
	d.visitStems(toks, i, fn)
}
