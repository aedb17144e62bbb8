package classify

// A famous name followed by the group it belongs to and a verb of now
// ("Rosa Parks from the debate club will bring the chairs", « Marie
// Curie du club de débat apportera les chaises ») is a member of that
// group: famousNow reads the verb right after the name, this reads it
// after the group.

// groupLinks open the group a person belongs to.
var groupLinks = prepositionUses.of("from")

// famousNowAfterGroup: after the name ending at j, a link and a few
// lower-case words of a group, then a verb of now (famousNow).
func (a *analysis) famousNowAfterGroup(j int) bool {
	toks := a.s.Toks
	if j >= len(toks) || !groupLinks[toks[j].Norm] || isClauseSep(toks[j].Sep) {
		return false
	}
	for k := j + 1; k < min(len(toks), j+6); k++ {
		if isClauseSep(toks[k].Sep) {
			return false
		}
		if a.famousNow(k) && k > j+1 {
			return true
		}
	}
	return false
}
