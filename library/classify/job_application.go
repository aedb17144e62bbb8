package classify

import "tamis/library/classify/lexicon"

// « Candidature » and "application" are a grant application only when
// money is asked for: in « Offre : CDI 35h à Villeurbanne, candidature via
// France Travail » or "We are hiring: send your CV and application by
// Friday" they apply for a job, and a job offer is posted on the door.

var (
	jobWords     = lexicon.Words(lexicon.Data, "job_words")
	fundingVerbs = lexicon.Words(lexicon.Data, "funding_verbs")
)

// jobApplication: the grant term at sp is one word (« candidature »), the
// sentence offers a job (data/words/job_words.txt) and speaks of no funding
// (no funding noun or verb, no funder: « la candidature pour financer un
// poste » asks for money).
func (a *analysis) jobApplication(sp span) bool {
	if sp.j != sp.i+1 || a.has(cFunding) || a.has(cFunderBodies) {
		return false
	}
	job := false
	for _, t := range a.s.Toks {
		if fundingVerbs[t.Norm] {
			return false
		}
		job = job || jobWords[t.Norm]
	}
	return job
}
