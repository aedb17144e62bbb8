package classify

import "tamis/library/classify/lexicon"

// A wheelchair sport is named by the sport and « en fauteuil » (« tennis
// en fauteuil », « basket fauteuil »): the club that offers it tells no
// one's fact. Said of someone (« Karim joue au tennis en fauteuil
// depuis son accident »), the rules read it as before: only a sentence
// with no person in it is the discipline's.

// adaptedSports have a wheelchair discipline (data/words/adapted_sports.txt).
var adaptedSports = lexicon.Words(lexicon.Data, "adapted_sports")

// wheelchairDiscipline: the wheelchair term at sp follows a sport's
// name, in a sentence with no person near it.
func (a *analysis) wheelchairDiscipline(sp span, anchored bool) bool {
	toks := a.s.Toks
	if anchored || len(a.names) > 0 || sp.i == 0 || !adaptedSports[toks[sp.i-1].Norm] {
		return false
	}
	for k := sp.i; k < sp.j; k++ {
		if toks[k].Norm == "fauteuil" {
			return true
		}
	}
	return false
}
