package classify

import "tamis/library/classify/lexicon"

// A document or a procedure told in general informs: « Le récépissé de
// demande de titre de séjour permet de travailler dans certains cas »,
// "The prefecture's website lists the documents needed for a residence
// permit". noOneTold has already found that the sentence tells of no one;
// for a state (« réfugié », « naturalisé ») it leaves a doubt, for a
// document or a procedure it passes — unless a copula tells the state of
// one file (« Le dossier de naturalisation est complet », « La demande
// a été déposée »). So does a sentence that tells how a procedure is
// done: « La RQTH se demande auprès de la MDPH ».

var procedureHeads = lexicon.Words(lexicon.Data, "procedure_heads")

// procedureTold: the term at sp starts with a document or a procedure
// (data/words/procedure_heads.txt), or the sentence tells how a procedure
// is done (« se demande », « s'obtient »), and no copula or auxiliary in
// the sentence tells the state of one file.
func (a *analysis) procedureTold(sp span) bool {
	return (procedureHeads[a.s.Toks[sp.i].Norm] || a.procedureDone()) && !a.predicateBetween(0, len(a.s.Toks))
}

var procedureVerbs = lexicon.Words(lexicon.Data, "procedure_verbs")

// procedureDone: a verb of procedure_verbs.txt after « se » or « s' »:
// the impersonal way French tells how a thing is done.
func (a *analysis) procedureDone() bool {
	toks := a.s.Toks
	for k := 1; k < len(toks); k++ {
		if procedureVerbs[toks[k].Norm] && (toks[k-1].Norm == "se" || toks[k-1].Norm == "s" && toks[k].Sep == '\'') {
			return true
		}
	}
	return false
}
