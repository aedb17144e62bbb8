package classify

import "tamis/library/classify/lexicon"

// A secret's recipe is not always told after « c'est » or a colon (issue
// 7, section 4): it may stand right after the secret's noun (« mot de
// passe le nom de l'asso avec une majuscule », "password the dog's name
// and 77"), or before it, named as what was chosen (« Julie a mis sa date
// de naissance comme code », "she used her postcode as the PIN"). A
// personal element of a recipe (recipe.txt, recipe_heads.txt) built with a
// number, a birth or a second element (secret_hints.go recipeBuilt) is
// the secret itself: category 4.

// recipeAsLinks name what the recipe before them is used as (data/words/recipe_as_links.txt).
var recipeAsLinks = lexicon.Words(lexicon.Data, "recipe_as_links")

// recipeAroundSecret: a personal recipe right after a secret noun
// (through an article), or before « comme » or "as" and a secret noun.
func (a *analysis) recipeAroundSecret() bool {
	toks := a.s.Toks
	for _, h := range a.hits {
		if h.dict != dCue || h.val != int(cueSecretNoun) || publicCode(toks, h.i, h.j) {
			continue
		}
		if h.j < len(toks) && !isClauseSep(toks[h.j].Sep) && a.personalRecipeWithin(h.j, h.j+2) && a.recipeBuilt(h.j) {
			return true // « mot de passe le nom de l'asso … »
		}
		if h.i >= 2 && recipeAsLinks[toks[h.i-1].Norm] || h.i >= 3 && recipeAsLinks[toks[h.i-2].Norm] && isArticle(toks[h.i-1].Norm) {
			if a.personalRecipeWithin(max(0, h.i-8), h.i-1) && !a.secretAdviceBefore(h.i) {
				return true // « a mis sa date de naissance comme code »
			}
		}
	}
	return false
}

// secretAdviceBefore: a word of advice or a negation before the secret
// noun at k makes the sentence advice (« n'utilisez pas votre date de
// naissance comme code »).
func (a *analysis) secretAdviceBefore(k int) bool {
	for _, t := range a.s.Toks[:k] {
		if secretAdvice[t.Norm] || secretNegations[t.Norm] {
			return true
		}
	}
	return false
}
