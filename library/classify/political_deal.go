package classify

import (
	"tamis/i18n"
	"tamis/library/classify/lexicon"
)

// The association's support for an elected person traded for a favour
// (« le maire nous laisse la salle si on l'aide pour sa campagne », "the
// councillor says we keep the hall if we back his re-election"): a
// political bargain the association would never publish, category 4. A
// call to the public to vote (« votez pour lui ») speaks to its reader
// and passes.

func (a *analysis) findPoliticalDeal(cs cueSet) {
	if !a.politicalBargain(cs) {
		return
	}
	if !a.weSpeak() || a.addressesPublic() || a.isPublished() || a.asksHow() {
		return // the association's own support (« si on », "if we"), not a candidate's programme
	}
	a.addAs(ruleNegotiation, Blocked, 0, len(a.s.Toks),
		i18n.T("soutien politique échangé contre une faveur", "political support traded for a favour"))
}

// electedPersons name an elected person by his post; favourWords what
// he gives in return (data/words/elected_persons.txt, favour_words.txt).
var (
	electedPersons = lexicon.Words(lexicon.Data, "elected_persons")
	favourWords    = lexicon.Words(lexicon.Data, "favour_words")
)

// politicalBargain: the association's support for an elected person
// with a condition, something given in return or a favour (« pour sa
// campagne, il arrange notre permis »); or an elected person named by
// his post, a condition and a favour or a thing given in return (« la
// maire : si on l'aide pour le porte-à-porte on récupère la salle »,
// "the councillor will push our grant through if we keep quiet").
func (a *analysis) politicalBargain(cs cueSet) bool {
	favour := a.has(cFavourWord) // set_classes.go
	if cs.has(cuePoliticalSupport) {
		return cs.has(cueCondition) || cs.has(cueDeal) || favour
	}
	return favour && a.anyWordIn(electedPersons) && a.ourCondition() && a.favourToUs()
}

// ourCondition: « si », "if" followed by the association as subject
// (« si on l'aide », « si on ne dit rien », "if we keep quiet"): the
// condition is the association's part of the bargain.
func (a *analysis) ourCondition() bool {
	toks := a.s.Toks
	for i := 0; i+1 < len(toks); i++ {
		if n := toks[i].Norm; (n == "si" || n == "if") && weSubjects[toks[i+1].Norm] {
			return true
		}
	}
	return false
}

// favourToUs: a favour word given to the association: « on », « nous »,
// "we" as its subject (« on récupère la salle »), or right after it
// « notre », "our", "us" or one of its matters (« promet la subvention »,
// "push our grant through"). « Le maire a promis de venir si nous
// l'invitons » gives nothing.
func (a *analysis) favourToUs() bool {
	toks := a.s.Toks
	for k, t := range toks {
		if !favourWords[t.Norm] {
			continue
		}
		if k > 0 && weSubjects[toks[k-1].Norm] || a.cueWithin(cueOurMatter, k+1, k+4) {
			return true
		}
		for m := k + 1; m < min(len(toks), k+3); m++ {
			switch toks[m].Norm {
			case "notre", "nos", "our", "us":
				return true
			}
		}
	}
	return false
}

// weSpeak: the association speaks of itself (« on », « nous », "we", "us").
func (a *analysis) weSpeak() bool {
	for _, t := range a.s.Toks {
		if weSubjects[t.Norm] || t.Norm == "us" {
			return true
		}
	}
	return false
}
