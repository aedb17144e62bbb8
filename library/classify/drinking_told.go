package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// « Il boit » says alcohol without its name (issue 7, section 4: a
// sensitive fact in everyday words): « boire », "drink" in the singular,
// said of a person, with no drink after it — the clause ends (« Il boit,
// le nouveau du théâtre, ça se voit ») or an amount or a manner follows
// (« il boit trop », « elle boit en cachette », "he drinks heavily":
// drinking_amounts.txt). « Il boit un café », « boit de l'eau » name the
// drink; a question (« Qu'est-ce qu'il boit ? »), a baby, a child or an
// animal (« Le bébé boit, puis il dort ») are no one's habit.

// childDrinkers drink milk or water (data/words/child_drinkers.txt).
var childDrinkers = lexicon.Words(lexicon.Data, "child_drinkers")

// childDrinks: a baby or a child is the subject, within three words
// before the verb (« Le bébé boit, puis il dort »).
func childDrinks(toks []text.Token, k int) bool {
	for i := max(0, k-3); i < k; i++ {
		if childDrinkers[toks[i].Norm] {
			return true
		}
	}
	return false
}

// drinkingAmounts may follow the verb (data/words/drinking_amounts.txt).
var drinkingAmounts = lexicon.Words(lexicon.Data, "drinking_amounts")

// findDrinkingTold reports the first drinking said of a person.
func (a *analysis) findDrinkingTold() {
	toks := a.s.Toks
	for k := range toks {
		if !toks[k].Is(cDrinkVerb) || !a.drinkingHabit(k) || childDrinks(toks, k) {
			continue
		}
		if a.factOfSomeone(span{k, k + 1, 0}) {
			a.add(ruleHealth, k, k+1)
			return
		}
	}
}

// drinkingHabit: the verb at k ends its clause (not on a question) or an
// amount of drinkingAmounts follows it.
func (a *analysis) drinkingHabit(k int) bool {
	toks := a.s.Toks
	if k+1 == len(toks) {
		return !a.endsOnQuestion()
	}
	if next := toks[k+1]; isClauseSep(next.Sep) {
		return next.Sep != '?'
	}
	return a.phraseAt(drinkingAmounts, k+1) > 0
}
