package classify

import (
	"fmt"
	"math/bits"

	"tamis/library/classify/text"
)

// Asking each stage in turn whether the sentence holds its triggers
// (stage.wanted) cost about 2,000 instructions a sentence, a twentieth of
// the short lines' time, for fifty stages of which a few run. The index
// turns the question around: the sentence's classes and dictionaries
// name the stages they trigger, and the engine runs those, in the order
// of sentenceStages. stage.wanted stays the definition: the tests check
// that the index gives the same set (stage_index_test.go).

// maxStages is the number of stages a stageSet holds; init fails past it.
const maxStages = 128

// stageSet is a set of stages, one bit per index in sentenceStages.
type stageSet [maxStages / 64]uint64

func (s *stageSet) add(k int) { s[k>>6] |= 1 << (k & 63) }

func (s *stageSet) union(o *stageSet) {
	s[0] |= o[0]
	s[1] |= o[1]
}

// stageIndex maps every trigger to the stages it calls.
type stageIndex struct {
	byClass [text.MaxClasses]stageSet
	byDict  [32]stageSet
	classes text.ClassSet // the classes some stage needs
	always  stageSet      // stages that run on every sentence
	bare    stageSet      // stages without classes or dictionaries: digits alone decides
	digits  stageSet      // stages that never run on a sentence without a digit
	all     stageSet      // every stage (the tests' everyStage)
}

// A stageSet is read as two words.
var _ [len(stageSet{}) - 2]struct{}
var _ [2 - len(stageSet{})]struct{}

// stages is the index of sentenceStages.
var stages = indexStages(sentenceStages)

// indexStages builds the index of a stage list, with stage.wanted's
// logic: always, or the digit gate passed and a class, a dictionary or
// no trigger at all.
func indexStages(list []stage) *stageIndex {
	if len(list) > maxStages {
		panic(fmt.Sprintf("classify: %d sentence stages, a stageSet holds %d (stage_index.go maxStages)", len(list), maxStages))
	}
	ix := &stageIndex{}
	for k := range list {
		st := &list[k]
		ix.all.add(k)
		switch {
		case st.always:
			ix.always.add(k)
			continue
		case st.needs == text.ClassSet{} && st.dicts == 0:
			ix.bare.add(k)
		}
		if st.digits {
			ix.digits.add(k)
		}
		for c := range text.MaxClasses {
			if st.needs.Has(text.Class(c)) {
				ix.byClass[c].add(k)
				ix.classes.Add(text.Class(c))
			}
		}
		for d := range 32 {
			if st.dicts&(1<<d) != 0 {
				ix.byDict[d].add(k)
			}
		}
	}
	return ix
}

// wanted returns the stages whose triggers the sentence holds: the same
// as asking stage.wanted of each.
func (ix *stageIndex) wanted(a *analysis) stageSet {
	w := ix.bare
	for k := range a.sentCls {
		for x := a.sentCls[k] & ix.classes[k]; x != 0; x &= x - 1 {
			w.union(&ix.byClass[k<<6|bits.TrailingZeros64(x)])
		}
	}
	for d := a.dictHits; d != 0; d &= d - 1 {
		w.union(&ix.byDict[bits.TrailingZeros32(d)])
	}
	if !a.digits {
		w[0] &^= ix.digits[0]
		w[1] &^= ix.digits[1]
	}
	w.union(&ix.always)
	return w
}

// runStages runs the stages of set in the order of sentenceStages.
func (a *analysis) runStages(set stageSet) {
	for w, x := range set {
		for ; x != 0; x &= x - 1 {
			sentenceStages[w<<6|bits.TrailingZeros64(x)].run(a)
		}
	}
}
