package classify

import (
	"strconv"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// The law, public procedures and history (issue 7, section 4): « la
// procédure d'expulsion locative est interdite pendant la trêve
// hivernale », « la demande d'asile s'enregistre au guichet unique », « en
// 1982, la France a dépénalisé l'homosexualité ». A special-category word
// there is the topic of a rule or of the past, about no one. It must come
// after a definite article (« la demande d'asile »), or after « de » that
// follows one (« la procédure d'expulsion »), in a sentence that speaks of
// no person: « sa demande d'asile » or a case note without an article
// (« demande d'asile rejetée ») stays a fact.

var lawWords = lexicon.Words(lexicon.Data, "law_words") // loi, procédure, droits, history

// lawStatement: the special term at sp is the topic of a law, a public
// procedure or a historical fact.
func (a *analysis) lawStatement(sp span) bool {
	if len(a.names) > 0 || len(a.anchors) > 0 || !a.definiteTopic(sp.i) {
		return false
	}
	for _, t := range a.s.Toks {
		if lawWords[t.Norm] || historicalYear(t) {
			return true
		}
	}
	return false
}

// definiteTopic: a definite article before token i, or « de » after a
// definite noun phrase (« la procédure d'… », « le droit d'… »).
func (a *analysis) definiteTopic(i int) bool {
	toks := a.s.Toks
	if i > 0 && toks[i-1].Is(cDefiniteArticles) {
		return true
	}
	return i > 2 && (toks[i-1].Norm == "de" || toks[i-1].Norm == "d") && (toks[i-3].Is(cDefiniteArticles) || a.definiteChain(i-3))
}

// definiteChain: « des » or « du » at k joins its noun to a definite noun
// phrase a few words before it (« le dépôt en ligne des demandes de titre
// de séjour », « la fin du droit au séjour »): the topic of a rule, as
// « la demande » is. An indefinite plural (« des demandes rejetées ») has
// none before it in its clause.
func (a *analysis) definiteChain(k int) bool {
	toks := a.s.Toks
	if toks[k].Norm != "des" && toks[k].Norm != "du" {
		return false
	}
	for n := k - 1; n >= 0 && n >= k-4; n-- {
		if isClauseSep(toks[n+1].Sep) {
			return false
		}
		if w := toks[n].Norm; toks[n].Is(cDefiniteArticles) || w == "au" || w == "aux" || w == "du" {
			return true // « au dépôt en ligne des demandes »: « au » is « à le »
		}
	}
	return false
}

// historicalYear: a year of the past century or before (« en 1982 »).
func historicalYear(t text.Token) bool {
	if len(t.Norm) != 4 || !t.Has(text.Digit) {
		return false
	}
	y, err := strconv.Atoi(t.Norm)
	return err == nil && y >= 1000 && y < 2000
}
