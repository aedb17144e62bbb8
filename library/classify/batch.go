package classify

import (
	"math/bits"

	"tamis/library/classify/lexicon"
)

// A batch of short values (classify --jsonl over an export of notes)
// spends most of its time waiting for code, not running it: a value runs
// the byte scanner, the tagging and some twenty-five stages of its own,
// two hundred functions and about 80 KB of code, more than twice the
// processor's first-level instruction cache (32 KB). Each value fetched
// them again (about 1,300 misses a value, measured with callgrind's
// cache simulation). ClassifyBatch turns the loops around: it runs each
// phase, and then each stage, over the current sentence of many values
// before the next one, so that a stage's code is fetched once for them
// all. Every value still runs the same stages on the same sentences in
// the same order, with its own analysis: the results are those of
// Classify, value by value (batch_test.go checks it).

// batchSize is the number of values a batch reads together: enough that
// a stage's code is fetched once for many sentences, few enough that
// their tokens and state stay in the second-level cache.
const batchSize = 64

// ClassifyBatch returns the result of Classify for each text, in order.
// It holds the analyses of up to batchSize values at once: a caller with
// long texts hands over a few at a time (classify --jsonl bounds the
// bytes of a group). Like Classify, it is safe for concurrent use.
func (c *Classifier) ClassifyBatch(texts []string) []Result {
	out := make([]Result, len(texts))
	var g batchGroup
	for from := 0; from < len(texts); from += batchSize {
		to := min(from+batchSize, len(texts))
		g.classify(c, texts[from:to], out[from:to])
	}
	return out
}

// batchGroup holds the values of a batch being read, kept between groups
// for its buffers.
type batchGroup struct {
	items  []batchItem
	active []*batchItem
	wanted []stageSet
}

// batchItem is one value of a group.
type batchItem struct {
	a     *analysis
	p     prepared
	at    int                // index of the value in the group
	words *lexicon.WordCache // the analysis's own cache, lent to the group's first
}

// classify fills out with the results of texts, a group of at most
// batchSize values.
func (g *batchGroup) classify(c *Classifier, texts []string, out []Result) {
	g.items = g.items[:0]
	for k, t := range texts {
		a, p, r, done := c.start(t)
		if done {
			out[k] = r
			continue
		}
		g.items = append(g.items, batchItem{a: a, p: p, at: k, words: a.words})
	}
	if len(g.items) == 0 {
		return
	}
	shared := g.items[0].words // one cache of the lexicon's answers for the group: one goroutine reads it
	g.active = g.active[:0]
	for k := range g.items {
		g.items[k].a.words = shared
		g.active = append(g.active, &g.items[k])
	}
	for g.nextSentences() {
		g.runSentences()
	}
	for k := range g.items {
		it := &g.items[k]
		it.a.finish()
		it.a.words = it.words
		out[it.at] = it.a.result(it.p)
		*it = batchItem{} // the group keeps no piece of a value
	}
}

// nextSentences moves every active value to its next sentence and drops
// the values that have none left; false when none is left.
func (g *batchGroup) nextSentences() bool {
	n := 0
	for _, it := range g.active {
		if it.a.nextSentence() {
			g.active[n] = it
			n++
		}
	}
	clear(g.active[n:])
	g.active = g.active[:n]
	return n > 0
}

// runSentences runs the current sentence of every active value: the
// tagging of all, then each stage, in the order of sentenceStages, over
// the values that want it.
func (g *batchGroup) runSentences() {
	g.wanted = g.wanted[:0]
	var union stageSet
	for _, it := range g.active {
		it.a.beginSentence()
		w := it.a.wantedStages()
		g.wanted = append(g.wanted, w)
		union.union(&w)
	}
	for w, x := range union {
		for ; x != 0; x &= x - 1 {
			b := bits.TrailingZeros64(x)
			run := sentenceStages[w<<6|b].run
			for k, it := range g.active {
				if g.wanted[k][w]&(1<<b) != 0 {
					run(it.a)
				}
			}
		}
	}
	for _, it := range g.active {
		it.a.endSentence()
	}
}
