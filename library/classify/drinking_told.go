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
// drinking_amounts.txt) and names no drink after it. « Il boit un café »,
// « boit souvent du thé », "drinks a lot of water" name the drink; a
// question with no amount (« Qu'est-ce qu'il boit ? »), a baby, a child
// or an animal as the subject (« Le bébé boit, puis il dort ») and the
// galette's « la reine boit ! » are no one's habit; a question about a
// report (« Qui a dit que le trésorier buvait ? ») asserts it. « Est-ce
// que ton frère boit trop ? » asks about a real brother's drinking: an
// amount keeps the question a fact.

// childDrinkers drink milk or water (data/words/child_drinkers.txt).
var childDrinkers = lexicon.Words(lexicon.Data, "child_drinkers")

// childDrinks: the noun right before the verb at k, its subject, is a
// baby, a child or an animal (« Le bébé boit »), not the complement of
// another noun (« Le propriétaire du chien boit », « le père de
// l'enfant boit »).
func childDrinks(toks []text.Token, k int) bool {
	j := k - 1
	if j < 0 || isClauseSep(toks[k].Sep) || !childDrinkers[toks[j].Norm] || text.Joined(toks, j, '-') {
		return false // « Son petit-fils boit »
	}
	p := j - 1
	if p >= 0 && toks[p].IsAny(cDefiniteArticles, cSingDet) {
		p-- // « du chien », « de l'enfant », "of the dog"
	}
	if p >= 0 && !isClauseSep(toks[p+1].Sep) {
		switch toks[p].Norm {
		case "de", "du", "d", "des", "of", "au", "a":
			return false
		}
	}
	return true
}

// drinksAsNoun: the English "drinks" at k is the plural noun ("brings
// the drinks", "soft drinks"): no name, pronoun or person before it.
func (a *analysis) drinksAsNoun(k int) bool {
	toks := a.s.Toks
	if toks[k].Norm != "drinks" {
		return false
	}
	if k == 0 || isClauseSep(toks[k].Sep) {
		return true
	}
	prev := &toks[k-1]
	switch prev.Norm {
	case "he", "she", "who", "everyone", "nobody", "someone":
		return false
	}
	return !prev.Has(text.Cap) && !prev.IsAny(cPerson, cKin, cRole, cWordnetPersons)
}

// reportingVerbs report what someone says or knows (data/words/reporting_verbs.txt).
var reportingVerbs = lexicon.Words(lexicon.Data, "reporting_verbs")

// reportedBefore: the verb at k is told after « que », "that" and a
// verb of reporting (« Qui a dit que le trésorier buvait ? »): the
// question asks about the report, and the drinking is asserted.
func reportedBefore(toks []text.Token, k int) bool {
	for c := k - 1; c >= 1 && c >= k-5; c-- {
		if n := toks[c].Norm; (n == "que" || n == "qu" || n == "that") && reportingVerbs[toks[c-1].Norm] {
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
		if !toks[k].Is(cDrinkVerb) || !a.drinkingHabit(k) || childDrinks(toks, k) || a.drinksAsNoun(k) {
			continue
		}
		if a.factOfSomeone(span{k, k + 1, 0}) {
			a.add(ruleHealth, k, k+1)
			return
		}
	}
}

// drinkingHabit: the verb at k ends its clause (not on a question) or an
// amount of drinkingAmounts follows it with no drink named after it
// (« boit souvent du thé », « boit encore au biberon »).
func (a *analysis) drinkingHabit(k int) bool {
	toks := a.s.Toks
	if k+1 == len(toks) {
		return !a.endsOnQuestion() || reportedBefore(toks, k)
	}
	if next := toks[k+1]; isClauseSep(next.Sep) {
		return next.Sep != '?' || reportedBefore(toks, k)
	}
	if n := toks[k+1].Norm; n == "depuis" || n == "since" {
		return true // « boit depuis son divorce »: since when, no drink
	}
	end := a.phraseAt(drinkingAmounts, k+1)
	if end == 0 {
		return false
	}
	if end < len(toks) && !isClauseSep(toks[end].Sep) && drinkNamers[toks[end].Norm] {
		return false
	}
	return true
}

// drinkNamers start the name of a drink after an amount (data/words/drink_namers.txt).
var drinkNamers = lexicon.Words(lexicon.Data, "drink_namers")
