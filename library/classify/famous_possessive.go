package classify

import "tamis/library/classify/text"

// English names an author or a public figure before what is theirs,
// where French puts « de » after it: "Marcus Rashford's campaign" is
// « la campagne de Marcus Rashford », "Fauré's Requiem" is « le Requiem
// de Fauré ». publicCue reads « de » before a famous name (authorLinks);
// possessiveAfter is its English side, with the same guards: a relation
// word beside the name ("Paul Smith's daughter", famous_relations.txt)
// still keeps it a person's.

// possessiveAfter: the name ending at j is followed by the English
// possessive ("'s", or a lone apostrophe after a name ending in s), and
// what is theirs is no private life ("Paul Smith's divorce", "…'s
// rent": public_role_private.txt).
func (a *analysis) possessiveAfter(j int) bool {
	toks := a.s.Toks
	if j >= len(toks) {
		return false
	}
	owned := j
	if toks[j].Norm == "s" && text.Joined(toks, j, '\'') {
		owned = j + 1
	} else if last := toks[j-1].Norm; last[len(last)-1] != 's' || toks[j].Sep != '\'' || !toks[j].Spaced {
		return false // "Charles Dickens' novels" has its apostrophe alone
	}
	return owned >= len(toks) || !privateFacts[toks[owned].Norm]
}
