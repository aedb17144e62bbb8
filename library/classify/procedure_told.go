package classify

import "tamis/library/classify/lexicon"

// A document or a procedure told in general informs: « Le récépissé de
// demande de titre de séjour permet de travailler dans certains cas »,
// "The prefecture's website lists the documents needed for a residence
// permit". noOneTold has already found that the sentence tells of no one;
// for a state (« réfugié », « naturalisé ») it leaves a doubt, for a
// document or a procedure it passes — unless a copula tells the state of
// one file (« Le dossier de naturalisation est complet », « La demande
// a été déposée »).

var procedureHeads = lexicon.Words(lexicon.Data, "procedure_heads")

// procedureTold: the term at sp starts with a document or a procedure
// (data/words/procedure_heads.txt), and no copula or auxiliary in the
// sentence tells the state of one file.
func (a *analysis) procedureTold(sp span) bool {
	return procedureHeads[a.s.Toks[sp.i].Norm] && !a.predicateBetween(0, len(a.s.Toks))
}
