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
// sentence offers a job (data/words/job_words.txt), tells no state of one
// application (no copula or auxiliary) and speaks of no funding
// (no funding noun or verb, no funder: « la candidature pour financer un
// poste » asks for money).
func (a *analysis) jobApplication(sp span) bool {
	if sp.j != sp.i+1 || a.has(cFunding) || a.has(cFunderBodies) || a.stateTold() {
		return false // « la candidature de la stagiaire est écartée »: the state of one application
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

// stateTold: a copula or an auxiliary (« est », « a », "is", "has")
// tells the state of something; « à » (folded to « a ») is no verb.
// predicateBetween (special.go) reads a folded « à » as « a »; teaching
// it the raw spelling instead was measured at stop 49: three public
// values freed, but one sensitive held-out value lost its religion
// block, so the shared helper keeps its reading until that rule is
// mended, and this rule reads the raw spelling itself.
func (a *analysis) stateTold() bool {
	for _, t := range a.s.Toks {
		switch t.Norm {
		case "is", "was", "are", "were", "has", "had", "est", "etait", "sont", "ont", "avait":
			return true
		case "a":
			if a.text[t.Start:t.End] == "a" {
				return true
			}
		}
	}
	return false
}
