package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// The association's rules, told as rules, are public: its statutes are
// filed at the prefecture and its internal rules are shown to members
// (« Statuts, article 9 : le bureau comprend un président, un secrétaire
// et un trésorier élus pour deux ans », « Tout membre du bureau peut
// convoquer une réunion extraordinaire », "any member can stand for it").
// The role and gray rules read a role, a board or a summons there as a
// person or a matter of now; this stage drops those findings when the
// sentence cites the statutes as its source, makes a rule for anyone who
// holds a role, or tells a term of office — as long as it names no one,
// holds no identifier, points at no one of ours (« notre animateur ») and
// tells nothing in the past or the future (« le bureau a décidé », « la
// salariée sera licenciée »). Only doubts go: a fact about a person
// (health, a conviction) or a blocked word of the association's matters
// (« licencié », « fusion ») is more than a rule, and stays.

var (
	statuteWords       = lexicon.Words(lexicon.Data, "statute_words")
	statuteVerbs       = lexicon.Words(lexicon.Data, "statute_verbs")
	statuteSources     = lexicon.Words(lexicon.Data, "statute_sources")
	genericQuantifiers = lexicon.Words(lexicon.Data, "generic_quantifiers")
	futureAuxiliaries  = lexicon.Words(lexicon.Data, "future_auxiliaries")
)

// dropStatuteRuleDoubts removes the role and matter findings of a
// sentence that tells a rule of the association.
func (a *analysis) dropStatuteRuleDoubts() {
	k := a.sentenceFindings()
	if k == len(a.findings) || len(a.names) > 0 || len(a.sdirect) > 0 {
		return
	}
	if !a.statuteCited() && !a.ruleForAnyHolder() && !a.termOfOffice() || a.pastOrOurs() {
		return
	}
	a.dropFindingsFrom(k, func(f Finding) bool {
		switch f.Rule {
		case ruleSingleRole.String(), ruleSpecificPerson.String(), ruleInternal.String(), ruleVague.String(), ruleAggregate.String():
			return f.Verdict == Doubt // a blocked word (« licencié », « fusion », "sued") is more than a rule
		}
		return false
	})
}

// statuteCited: a word of the statutes (or « article » and its number)
// is the sentence's source: a heading before a colon (« Statuts, article
// 9 : », « Extrait des statuts : »), followed by a verb that sets a rule
// (« les statuts prévoient »), or after « selon », « conformément à »,
// "under".
func (a *analysis) statuteCited() bool {
	toks := a.s.Toks
	for k := range toks {
		article := toks[k].Norm == "article" && k+1 < len(toks) && toks[k+1].Has(text.Digit)
		if !statuteWords[toks[k].Norm] && !article {
			continue
		}
		for j := k + 1; j < min(len(toks), k+4); j++ {
			if statuteVerbs[toks[j].Norm] || toks[j].Sep == ':' && j <= 6 {
				return true
			}
		}
		for j := max(0, k-3); j < k; j++ {
			if statuteSources[toks[j].Norm] {
				return true
			}
		}
	}
	return false
}

// ruleForAnyHolder: a generic quantifier and, within three words, a
// modal: « Tout membre du bureau peut », "any member can", « aucun
// administrateur ne peut ».
func (a *analysis) ruleForAnyHolder() bool {
	toks := a.s.Toks
	for k := range toks {
		if !genericQuantifiers[toks[k].Norm] {
			continue
		}
		for j := k + 1; j < min(len(toks), k+5); j++ {
			if toks[j].Is(cModalWords) {
				return true
			}
		}
	}
	return false
}

// termOfOffice: « élu pour deux ans », "elected for two years".
func (a *analysis) termOfOffice() bool {
	toks := a.s.Toks
	for k := 0; k+1 < len(toks); k++ {
		if electedWords[toks[k].Norm] && (toks[k+1].Norm == "pour" || toks[k+1].Norm == "for") {
			return true
		}
	}
	return false
}

// pastOrOurs: an auxiliary of the past (« a décidé », "was") or of the
// future (« sera licenciée », "will"), one of ours or someone's pointed
// at (« notre animateur », « ce bénévole », « son exclusion »), or a
// clause of what someone knows or sees (« peut savoir que la secrétaire…
// »): a case, not a rule.
func (a *analysis) pastOrOurs() bool {
	toks := a.s.Toks
	for k := range toks {
		w := toks[k].Norm
		if futureAuxiliaries[w] {
			return true
		}
		if (w == "que" || w == "qu" || w == "that") && k > 0 && !statuteVerbs[toks[k-1].Norm] {
			return true
		}
		if avoirForms[w] && (w != "a" || a.text[toks[k].Start:toks[k].End] == "a") || pastAuxiliaries[w] || w == "had" {
			return true
		}
		if (ownDets[w] || isPossessive(w) || a.demonstrative(k)) && k+1 < len(toks) && toks[k+1].IsAny(cRole, cPerson, cOwnPeople) {
			return true
		}
		if toks[k].Is(cPastTime) {
			return true
		}
	}
	return false
}
