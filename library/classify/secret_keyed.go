package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A code is often given as what to key in (« Si la porte du gymnase est
// fermée, compose 5 5 1 9 sur le boîtier », « Pour débloquer l'ordinateur
// de l'accueil, tape Tilleul+2025 », "dial 0419 on the keypad"): no
// password word, no colon, only a verb of keying in right before the
// code and, in the sentence, what the code opens. It gives access as a
// door code does: category 4, blocked, under addSecret's guards.

// keyInVerbs tell someone to key a code in (data/words/key_in_verbs.txt).
var keyInVerbs = lexicon.Words(lexicon.Data, "key_in_verbs")

// keyedTargets are what a keyed code opens (data/words/keyed_targets.txt).
var keyedTargets = lexicon.Words(lexicon.Data, "keyed_targets")

// keyInParticles may stand between the verb and its code ("key in")
// (data/words/key_in_particles.txt).
var keyInParticles = lexicon.Words(lexicon.Data, "key_in_particles")

// keyedCode: a key-in verb, right after it a code (codeIn: digits that
// are no amount and no year, dashed or spelled out) or a value shaped
// like a secret, and a word of what it opens in the sentence.
func (a *analysis) keyedCode() bool {
	toks := a.s.Toks
	for k := 0; k+1 < len(toks); k++ {
		if !keyInVerbs[toks[k].Norm] || rangeBetween(toks, k) {
			continue
		}
		c := k + 1
		if keyInParticles[toks[c].Norm] && c+1 < len(toks) {
			c++
		}
		if isClauseSep(toks[c].Sep) {
			continue
		}
		v := a.valueField(c)
		if (a.codeIn(c, c+1) || doorCodeShape(a.text[toks[c].Start:toks[c].End]) || looksLikeSecretValue(v) && !monthIn(v)) && a.keyedTarget() {
			return true
		}
	}
	return false
}

// keyedTarget: a word of what a code opens stands in the sentence.
func (a *analysis) keyedTarget() bool {
	for _, t := range a.s.Toks {
		if keyedTargets[t.Norm] {
			return true
		}
	}
	return false
}

// doorCodeShape: digits with a letter or two, as a keypad takes them
// (« 4512A », « B1907 », « 2581M »), as written: three digits or more,
// at most two letters, and not a quantity or a rank in lower case
// (« 150ml », « 800m », "104th": unit_suffixes.txt).
func doorCodeShape(w string) bool {
	digits, letters, firstLetter := 0, 0, -1
	lower := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
			lower = lower || c >= 'a'
			if firstLetter < 0 {
				firstLetter = i
			}
		default:
			return false
		}
	}
	if digits < 3 || letters < 1 || letters > 2 {
		return false
	}
	// a unit is written in lower case (« 150ml », « 800m »); a keypad's letter in capitals (« 2581M »)
	return firstLetter == 0 || !lower || !unitSuffixes[w[firstLetter:]]
}

// rangeBetween: « entre » at k opens a range (« entre 800m et 1200m »,
// « entre 10 et 12 h »), not an order to key in: « et » follows within
// three words.
func rangeBetween(toks []text.Token, k int) bool {
	if toks[k].Norm != "entre" {
		return false
	}
	for j := k + 2; j < min(len(toks), k+4); j++ {
		if toks[j].Norm == "et" {
			return true
		}
	}
	return false
}

// unitSuffixes end a number as its unit or its rank (data/words/unit_suffixes.txt).
var unitSuffixes = lexicon.Words(lexicon.Data, "unit_suffixes")
