package classify

import "tamis/library/classify/lexicon"

var missionVerbs = lexicon.Words(lexicon.Data, "mission_verbs")

// missionStatement: the association's people, then a verb of serving
// (« nos bénévoles accompagnent les personnes âgées isolées », "our
// volunteers support isolated elderly people"): the description that
// follows says whom the association is for, as its leaflet would, not a
// profile of its own members or beneficiaries.
func (a *analysis) missionStatement() bool {
	toks := a.s.Toks
	for i := 1; i+1 < len(toks); i++ {
		if !toks[i].Is(cPopulation) || !missionVerbs[toks[i+1].Norm] {
			continue
		}
		switch toks[i-1].Norm {
		case "nos", "our":
			return true
		}
	}
	return false
}
