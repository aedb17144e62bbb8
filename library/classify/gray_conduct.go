package classify

import "tamis/library/classify/lexicon"

// Allusions (issue 7, section 4, the gray zone): someone of the
// association pointed at without a name, and a conduct that troubles the
// team (« Une bénévole de longue date s'est fâchée avec tout le monde »,
// « Quelqu'un a parlé à la presse sans autorisation », "One of our
// volunteers has been acting strangely lately"). Those who know the team
// know who it is: a doubt, never a silent ok.

// unnamedOpeners open a sentence on someone not named (data/words/unnamed_openers.txt).
var unnamedOpeners = lexicon.Words(lexicon.Data, "unnamed_openers")

// unnamedConduct: a conduct of the list pendConduct, in a sentence that
// opens on someone not named — a rule (« Un bénévole ne peut pas engager
// l'association sans autorisation »), a question or a thing (« Un chien
// non tenu en laisse pose problème ») is no allusion.
func (a *analysis) unnamedConduct(ps pendingSet) bool {
	toks := a.s.Toks
	if !ps.has(pendConduct) || len(toks) < 2 || !unnamedOpeners[toks[0].Norm] || a.has(cModalWords) || a.endsOnQuestion() {
		return false
	}
	return a.unnamedPerson()
}

// unnamedPerson: the opening points at a person: « quelqu'un »,
// "someone", or a word of a person within the next three (« Une bénévole
// de longue date », "One of our volunteers").
func (a *analysis) unnamedPerson() bool {
	toks := a.s.Toks
	switch toks[0].Norm {
	case "quelqu", "someone", "somebody":
		return true
	}
	for k := 1; k < min(len(toks), 5); k++ {
		if toks[k].IsAny(cPerson, cPopulation, cRole, cOwnPeople) {
			return true
		}
	}
	return false
}
