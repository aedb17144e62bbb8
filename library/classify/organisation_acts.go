package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A party or a union acting in public is the organisation, not a member:
// its term opens the sentence and a verb of what it does follows (« Le
// syndicat étudiant appelle à une assemblée générale », « Reconquête
// tient une réunion publique au palais des congrès », "The union is
// calling a strike"), or a public event is named as its own (« Réunion
// publique du Parti socialiste, salle des fêtes », "Rally of the Green
// Party"). It tells someone's membership when the sentence names or
// points at someone or holds a person's word beyond the term's own
// adjective (« Le syndicat appelle Paul à témoigner », « Réunion
// publique du PS : notre trésorier y sera »). The term must be the
// organisation's name (capitalised) or its head (« syndicat », "party"),
// not a member's word (« militant »).

var (
	orgActs   = lexicon.Words(lexicon.Data, "org_acts")
	orgEvents = lexicon.Words(lexicon.Data, "org_events")
)

// organisationActs: the party's or union's term at sp is the
// organisation acting or holding its event in public.
func (a *analysis) organisationActs(sp span, t term) bool {
	if t.rule != rulePolitics && t.rule != ruleUnion || len(a.names) > 0 || len(a.sdirect) > 0 {
		return false
	}
	toks := a.s.Toks
	if !toks[sp.i].Has(text.Cap) && !toks[sp.i].Is(cOrgTermHeads) {
		return false // « Le militant de… »: a member's word, no organisation's name
	}
	for k := range toks {
		if k >= sp.i && k < sp.j {
			continue // the term
		}
		w := &toks[k]
		if k == sp.j && !thirdPersonWords[w.Norm] && w.Norm != "l" {
			continue // the term's adjective (« syndicat étudiant »); not « lui », « l' »
		}
		if w.Is(cPerson) || w.Is(cKin) || w.Is(cPartner) || w.Is(cRole) || thirdPersonWords[w.Norm] || possessives[w.Norm] || subjectPronouns[w.Norm] {
			return false
		}
		if k > 0 && toks[k-1].Is(cModalWords) && w.Is(cDefiniteArticles) || w.Norm == "l" && k+1 < len(toks) && toks[k+1].Sep == '\'' && k > sp.j {
			return false // « l'a exclu »: an object pronoun, someone
		}
	}
	return a.orgSubjectActs(sp) || orgEventOf(toks, sp.i)
}

// orgSubjectActs: the term opens the sentence, after an article or none,
// and a verb of org_acts.txt follows within three words.
func (a *analysis) orgSubjectActs(sp span) bool {
	toks := a.s.Toks
	if sp.i > 1 || sp.i == 1 && !isArticle(toks[0].Norm) {
		return false
	}
	for k := sp.j; k < min(len(toks), sp.j+3); k++ {
		if orgActs[toks[k].Norm] {
			return true
		}
	}
	return false
}

// orgEventOf: a public event's word stands within three words before
// « du », « de la », « de », "of", "by" right before the term at i.
func orgEventOf(toks []text.Token, i int) bool {
	k := i - 1
	if k > 0 && toks[k].Is(cDefiniteArticles) {
		k--
	}
	if k < 1 {
		return false
	}
	switch toks[k].Norm {
	case "du", "de", "d", "of", "by":
	default:
		return false
	}
	for n := k - 1; n >= 0 && n >= k-3; n-- {
		if orgEvents[toks[n].Norm] {
			return true
		}
	}
	return false
}
