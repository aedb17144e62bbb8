package classify

import (
	"slices"

	"tamis/library/classify/text"
)

// A role without a person (issue 7, section 4): « le trésorier sera élu
// en AG », « poste de secrétaire à pourvoir », "we are hiring a youth
// worker", « un arbitre est présent à chaque match ». The role rules
// (indirect.go) see one person designated by a role; the sentence says
// the role is spoken of in general: an election to come, a vacancy, a
// job offer, a routine task. The doubts about a designated person go,
// and so does « élu » read as a political fact. Anything else found in
// the sentence (a name, a health fact, a blocked description) stays.

var (
	roleVacancy = phraseSet("role_vacancy") // elections, vacancies, job offers
	roleRoutine = phraseSet("role_routine") // chaque, sans rendez-vous
)

// electedWords are the spans of a politics finding that only say « élu ».
var electedWords = map[string]bool{"elu": true, "elue": true, "elus": true, "elues": true, "elected": true, "reelu": true, "reelue": true}

// dropRolesWithoutPerson removes the findings of the sentence that a
// role spoken of in general explains.
func (a *analysis) dropRolesWithoutPerson() {
	k := a.sentenceFindings()
	if k == len(a.findings) || !slices.ContainsFunc(a.findings[k:], a.roleDoubt) {
		return
	}
	vacancy := a.hasPhraseOf(roleVacancy)
	if !vacancy && !a.hasPhraseOf(roleRoutine) {
		return
	}
	a.dropFindingsFrom(k, func(f Finding) bool {
		switch f.Rule {
		case ruleSingleRole.String(), ruleSpecificPerson.String():
			return true
		case ruleIndirect.String():
			return vacancy && f.Verdict == Doubt
		case rulePolitics.String():
			return vacancy && electedWords[text.Fold(a.text[f.Start:f.End])]
		}
		return false
	})
}

// roleDoubt: a finding this rule may explain.
func (a *analysis) roleDoubt(f Finding) bool {
	switch f.Rule {
	case ruleSingleRole.String(), ruleSpecificPerson.String(), ruleIndirect.String(), rulePolitics.String():
		return true
	}
	return false
}

// hasPhraseOf: the sentence holds a phrase of set, of one to four words.
// set is roleVacancy or roleRoutine, whose first words are the class
// cRolePhraseStart (another set needs its first words in that class too).
func (a *analysis) hasPhraseOf(set map[string]bool) bool {
	toks := a.s.Toks
	var buf [64]byte
	for i := range toks {
		if !toks[i].Is(cRolePhraseStart) {
			continue // no phrase of either set starts here (set_classes.go)
		}
		key := buf[:0]
		for j := i; j < min(len(toks), i+4); j++ {
			if j > i {
				key = append(key, ' ')
			}
			key = append(key, toks[j].Norm...)
			if set[string(key)] {
				return true
			}
		}
	}
	return false
}
