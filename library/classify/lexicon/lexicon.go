package lexicon

import (
	"strings"

	"tamis/library/classify/text"
)

// Dict matches word sequences against the tokens of a sentence: a
// token trie keyed by folded words, so a lookup costs one map access per
// token whatever the size of the list. A word ending in '*' in an entry
// matches every token it prefixes ("diabet*" finds "diabète",
// "diabétique", "diabetiques").
type Dict struct {
	root     Node
	stems    map[uint32][]stemEdge // first stemKey bytes of a root-level stem -> edges
	stemKeys [16]uint64            // bit stemBit(k) set for every key k of stems
	ends     byteEnds              // first and last bytes of the first words (start_filter.go)
}

const stemKey = 4

// Node is a node of the trie: the entries that go on, or end, here.
type Node struct {
	next  map[string]*Node
	sigs  uint64 // wordSig of every word of next: most tokens miss them all
	stems []stemEdge
	val   int     // 0: no entry ends here; else the first value given to add
	vals  []int32 // every value given to add for this entry
}

type stemEdge struct {
	prefix string
	node   *Node
}

// NewDict returns an empty dictionary.
func NewDict() *Dict {
	return &Dict{stems: map[uint32][]stemEdge{}}
}

// Add stores entry with a non-zero value; the first value added wins.
func (d *Dict) Add(entry string, val int) {
	words := EntryWords(entry)
	if len(words) == 0 {
		return
	}
	d.ends.note(words[0])
	n := &d.root
	for k, w := range words {
		if strings.HasSuffix(w, "*") {
			n = d.stemChild(n, strings.TrimSuffix(w, "*"), k == 0)
			continue
		}
		if n.next == nil {
			n.next = map[string]*Node{}
		}
		child := n.next[w]
		if child == nil {
			child = &Node{}
			n.next[w] = child
			n.sigs |= wordSig(w)
		}
		n = child
	}
	if n.val == 0 {
		n.val = val
	}
	for _, v := range n.vals {
		if v == int32(val) {
			return
		}
	}
	n.vals = append(n.vals, int32(val))
}

// Empty reports a dictionary without entries (an association without
// allowlist pays nothing for it).
func (d *Dict) Empty() bool {
	return len(d.root.next) == 0 && len(d.root.stems) == 0 && len(d.stems) == 0
}

// FirstWords returns the first words of the entries, and false when an
// entry starts with a stem (« diabet* »): a token starts an entry only if
// its folded form is one of them.
func (d *Dict) FirstWords() ([]string, bool) {
	if len(d.root.stems) > 0 || len(d.stems) > 0 {
		return nil, false
	}
	words := make([]string, 0, len(d.root.next))
	for w := range d.root.next {
		words = append(words, w)
	}
	return words, true
}

// MaySig is MayStart's first test alone, small enough to be inlined in a
// loop over tokens: false says that MayStart is false too (no first word
// of that signature, no stem). A short list (the association's own)
// rejects most words here, without a call.
func (d *Dict) MaySig(w string) bool {
	return d.root.sigs&wordSig(w) != 0 || len(d.root.stems) > 0 || len(d.stems) > 0
}

// MayStart reports whether an entry may start with the folded word w:
// false means EachMatch finds nothing at a token of w. It asks no map,
// so that a short list (the association's allow and deny lists) costs
// next to nothing on the words that start none of its entries.
func (d *Dict) MayStart(w string) bool {
	if d.root.sigs&wordSig(w) != 0 && d.ends.may(w) || d.mayStem(w) {
		return true
	}
	for _, e := range d.root.stems {
		if strings.HasPrefix(w, e.prefix) {
			return true
		}
	}
	return false
}

// EachMatch calls fn for every entry starting at toks[i], with its end.
func (d *Dict) EachMatch(toks []text.Token, i int, fn func(end int, val int32)) {
	if i >= len(toks) {
		return
	}
	if w := toks[i].Norm; d.root.sigs&wordSig(w) != 0 {
		if child := d.root.next[w]; child != nil {
			d.visitAll(child, toks, i+1, fn)
		}
	}
	d.visitStems(toks, i, fn)
}

// visitStems calls fn for the entries whose first word is a stem of
// toks[i] (« handicap… »), after its whole-word entries.
func (d *Dict) visitStems(toks []text.Token, i int, fn func(end int, val int32)) {
	for _, e := range d.root.stems {
		if strings.HasPrefix(toks[i].Norm, e.prefix) {
			d.visitAll(e.node, toks, i+1, fn)
		}
	}
	w := toks[i].Norm
	if !d.mayStem(w) {
		return
	}
	for _, e := range d.stems[stemKeyOf(w)] {
		if strings.HasPrefix(w, e.prefix) {
			d.visitAll(e.node, toks, i+1, fn)
		}
	}
}

// walkAll calls fn for the entries that go on from node n (not the root:
// EachMatch reads the root's stem lists) with toks[i].
func (d *Dict) walkAll(n *Node, toks []text.Token, i int, fn func(int, int32)) {
	if i >= len(toks) {
		return
	}
	w := toks[i].Norm
	if n.sigs&wordSig(w) != 0 {
		if child := n.next[w]; child != nil {
			d.visitAll(child, toks, i+1, fn)
		}
	}
	for _, e := range n.stems {
		if strings.HasPrefix(w, e.prefix) {
			d.visitAll(e.node, toks, i+1, fn)
		}
	}
}

func (d *Dict) visitAll(n *Node, toks []text.Token, next int, fn func(int, int32)) {
	for _, v := range n.vals {
		fn(next, v)
	}
	if n.next != nil || len(n.stems) > 0 {
		d.walkAll(n, toks, next, fn)
	}
}

func (d *Dict) stemChild(n *Node, prefix string, atRoot bool) *Node {
	edges := &n.stems
	if atRoot && len(prefix) >= stemKey {
		list := d.stems[stemKeyOf(prefix)]
		edges = &list
		k := stemKeyOf(prefix)
		d.stemKeys[stemBit(k)>>6] |= 1 << (stemBit(k) & 63)
		defer func() { d.stems[k] = list }()
	}
	for _, e := range *edges {
		if e.prefix == prefix {
			return e.node
		}
	}
	child := &Node{}
	*edges = append(*edges, stemEdge{prefix, child})
	return child
}

// wordSig is a one-bit signature of a word, from its length and first
// byte: a node compares the signature of a token with those of its words
// before it hashes the token, and most tokens follow no entry.
func wordSig(w string) uint64 {
	if w == "" {
		return 1
	}
	return 1 << (uint(len(w)&7)<<3 | uint(w[0]&7))
}

// stemBit is the bit of a stem key in Dict.stemKeys.
func stemBit(k uint32) uint32 { return (k * 0x9e3779b1) >> 22 }

// mayStem reports whether a root-level stem may prefix w: few words start
// like one of the few dozen stems, and the bitmap answers without a map.
func (d *Dict) mayStem(w string) bool {
	if len(w) < stemKey {
		return false
	}
	b := stemBit(stemKeyOf(w))
	return d.stemKeys[b>>6]&(1<<(b&63)) != 0
}

// stemKeyOf packs the first stemKey bytes of w (len(w) >= stemKey).
func stemKeyOf(w string) uint32 {
	return uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
}

// EntryWords folds and tokenises a dictionary entry, keeping '*' marks.
func EntryWords(entry string) []string {
	var out []string
	for _, chunk := range strings.Fields(entry) {
		star := strings.HasSuffix(chunk, "*")
		chunk = strings.TrimSuffix(chunk, "*")
		var sc text.Scanner
		sc.Reset(chunk, nil) // no anonymisation code in the vocabulary
		var s text.Sentence
		for sc.Next(&s) {
			for _, t := range s.Toks {
				out = append(out, strings.Clone(t.Norm)) // the scanner writes over its forms
			}
		}
		if star && len(out) > 0 {
			out[len(out)-1] += "*"
		}
	}
	return out
}

// WordSet is a set of folded single words.
type WordSet map[string]bool
