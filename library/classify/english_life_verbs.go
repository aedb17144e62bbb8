package classify

import "tamis/library/classify/lexicon"

// An English first name that is also a word or a short one (Tom, Grace,
// Will) opening a clause is a person when a verb of a person's own life
// follows it and the person's pronoun comes right after ("Tom lost his
// job and can't pay", "Grace had her hip replaced"). The verb alone is
// not enough: "Summer came early", "Hope lived on", "Bill passed in
// parliament" tell of a season, a feeling, a law.

// englishLifeVerbs are the verbs (data/words/english_life_verbs.txt).
var englishLifeVerbs = lexicon.Words(lexicon.Data, "english_life_verbs")

// lifePronouns are the pronouns of the person such a verb tells of
// (pronouns.txt, use life-en).
var lifePronouns = pronounUses.of("life-en")

// lifeVerbAt: token k is an English verb of a person's own life and a
// person's pronoun follows within four tokens of the same clause.
func (a *analysis) lifeVerbAt(k int) bool {
	toks := a.s.Toks
	if isClauseSep(toks[k].Sep) || !englishLifeVerbs[toks[k].Norm] {
		return false
	}
	for m := k + 1; m < min(len(toks), k+5); m++ {
		if isClauseSep(toks[m].Sep) {
			return false
		}
		if lifePronouns[toks[m].Norm] {
			return true
		}
	}
	return false
}
