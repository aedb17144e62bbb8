package classify

import "tamis/library/classify/lexicon"

var (
	namingVerbs = lexicon.Words(lexicon.Data, "naming_verbs") // baptisé, christened
	namingNouns = lexicon.Words(lexicon.Data, "naming_nouns") // nom, name
)

// namingNotBaptism: a verb of baptism followed closely by a name given
// (« le club a été baptisé en 1920 du nom de son fondateur », "the boat
// was christened with the name of") names a thing; it tells no one's
// religion.
func (a *analysis) namingNotBaptism(sp span) bool {
	toks := a.s.Toks
	if sp.j != sp.i+1 || !namingVerbs[toks[sp.i].Norm] {
		return false
	}
	for k := sp.j; k < min(len(toks), sp.j+5); k++ {
		if namingNouns[toks[k].Norm] {
			return true
		}
	}
	return false
}
