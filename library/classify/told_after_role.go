package classify

import "tamis/library/classify/lexicon"

// A public-role frame reads a name as someone acting in public: elected,
// awarded, on stage, giving a talk. The frame does not hold when the
// sentence goes on about that person in a clause of its own (« X a été
// élue à l'Assemblée, sa femme l'a quittée », « Prix attribué à X, qui a
// perdu son emploi », "Gig with X tonight, he lost his job"): the second
// clause tells their private life, whatever words it uses, and no list
// of private facts can hold them all. A clause that goes on with a
// public act or a work (« …, qui signe ici son troisième roman ») keeps
// the frame.

// toldAfterRole: after token j, a clause opens on a pronoun or a
// possessive of the third person or a relative pronoun, after a clause
// break (« …, sa femme ») or a joining word (« et elle »), and holds no
// public act nor work.
func (a *analysis) toldAfterRole(j int) bool {
	toks := a.s.Toks
	for k := j; k < len(toks); k++ {
		first := k
		if toks[k].Is(cClauseJoiner) && k+1 < len(toks) {
			first = k + 1
		} else if !isClauseSep(toks[k].Sep) {
			continue
		}
		// thirdPersons: reader_appeal.go; relativePronouns: title_frame.go
		if (thirdPersons[toks[first].Norm] || relativePronouns[toks[first].Norm]) && !a.publicClause(k) {
			return true
		}
	}
	return false
}

// clauseJoiners join a new clause (data/words/clause_joiners.txt).
var clauseJoiners = lexicon.Words(lexicon.Data, "clause_joiners")

// publicClause: the clause opening at k holds a public act or a work.
func (a *analysis) publicClause(k int) bool {
	toks := a.s.Toks
	for m := k; m < len(toks); m++ {
		if m > k && isClauseSep(toks[m].Sep) {
			break
		}
		if publicActs[toks[m].Norm] || toks[m].Is(cWork) || sourceWords[toks[m].Norm] {
			return true
		}
	}
	return false
}
