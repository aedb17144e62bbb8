package classify

// "Let go" dismisses someone only when said of a person: "the coach was
// let go", "three staff were let go", "she's been let go". Balloons,
// pigeons or a rope "were let go" too: the entry counts only after a
// person the sentence designates (a name, a role, a pronoun) or a word
// of the association's people (« staff », "volunteers").

// letGoOfThing: the HR entry at sp is a "let go" with no person before it.
func (a *analysis) letGoOfThing(sp span) bool {
	toks := a.s.Toks
	if sp.j < 2 || toks[sp.j-2].Norm != "let" || toks[sp.j-1].Norm != "go" {
		return false
	}
	for _, an := range a.anchors {
		if an.k < sp.i && (an.kind == anchorName || an.kind == anchorPronoun || an.role) {
			return false
		}
	}
	for k := range sp.i {
		if toks[k].IsAny(cRole, cOwnPeople) {
			return false // "three staff were let go"
		}
	}
	return true
}
