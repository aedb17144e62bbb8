package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A role qualified by our possessive or by the association's own body is
// a role of ours, not a public one (issue 7, section 4): « la conteuse de
// notre association », « le chef cuisinier de notre repas solidaire », « le
// président du club de foot, X », « la présidente du comité des fêtes, X »
// name a member. Only an elected office keeps the territory it is held
// for after « notre » (« la députée de notre circonscription »,
// "the councillor for our ward"): that office holder is public.

var (
	electedOffices    = phraseSet("office_roles")
	officeTerritories = lexicon.Words(lexicon.Data, "office_territories")
)

// ownedRole: the words from the role at s (ending at e) to the name at i
// make it a role of ours: a possessive of ours, or a word of
// own_body_words.txt in lower case (a proper name such as « le Club des
// Cinq » is not our body).
func (a *analysis) ownedRole(s, e, i int) bool {
	toks := a.s.Toks
	office := a.phraseAt(electedOffices, s) > 0
	for k := e; k < i && k < len(toks); k++ {
		w := toks[k].Norm
		if possessives[w] && !(office && k+1 < i && officeTerritories[toks[k+1].Norm]) {
			return true
		}
		if ownBodyWords[w] && !toks[k].Has(text.Cap) {
			return true
		}
	}
	return false
}

// kinOfRole: the role at [s, e) is a relative's tie (« la femme du
// député, X », « la mère de la maire, X », "the wife of the mayor, X",
// "the mayor's wife, X"): the name apposed is the relative's, a private
// person, not the office holder's.
func (a *analysis) kinOfRole(s, e int) bool {
	toks := a.s.Toks
	if e+1 < len(toks) && toks[e].Norm == "s" && toks[e].Sep == '\'' && toks[e+1].IsAny(cKin, cPartner) {
		return true // "the mayor's wife"
	}
	m := s - 1
	for m >= 0 && s-m <= 2 && (articles[toks[m].Norm] || formerWords[toks[m].Norm]) {
		m-- // « de la », « de l'ancien », "of the former"
	}
	if m < 1 {
		return false
	}
	switch toks[m].Norm {
	case "du", "des", "de", "d", "of":
		return toks[m-1].IsAny(cKin, cPartner) // « la compagne de l'ancien ministre »
	}
	return false
}
