package classify

import (
	"strings"

	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// The association's own website is category 1 of the method: a board
// officer named there in the office the site gives (« présidente Martine
// Lebrun (voir la page « Qui sommes-nous » de notre site) », "The chair,
// Margaret Okafor, … (minutes on our website)") is a doubt for the
// volunteer to check, not a private person's name. The words alone
// cannot prove the claim, so the rule asks much of them: an elected
// office (office_titles.txt) right before the name, as a label's value or
// in apposition after it, held now and for the association
// (office_holder_limits.txt), a claim that is not denied (« pas sur notre
// site », « à retirer de notre site »: site_removals.txt) nor about another site (« notre
// site de rencontre »), and nothing else personal in the sentence: no
// special-category or quasi-identifying word, no number but a year, no
// word of a home.

var (
	ownSitePhrases     = byFirstWord(phraseWords(wholeWordPhrases("own_site_markers")))
	officeTitles       = lexicon.Words(lexicon.Data, "office_titles")
	officeHolderLimits = lexicon.Words(lexicon.Data, "office_holder_limits")
	siteRemovals       = lexicon.Words(lexicon.Data, "site_removals")
)

// publishedOfficer: the name at [i, j) is a board officer's, given in
// that office, in a sentence that says it is on the association's own
// website and says nothing else of anyone.
func (a *analysis) publishedOfficer(i, j int) bool {
	toks := a.s.Toks
	claim, ok := a.ownSiteClaimed()
	if !ok || !a.nothingElsePersonal() || semicolonBetween(toks, min(claim, i), max(claim, i)) {
		return false // « Président (voir notre site) : Marc Duval ; trésorière : Léa Roux »: the claim is the first one's
	}
	if i > 0 && officeTitles[toks[i-1].Norm] && (toks[i].Sep == 0 || toks[i].Sep == ',') && !complementOf(toks, i-1) {
		return true // « présidente Martine Lebrun », "The chair, Margaret Okafor"; not « la fille de la présidente, Léa »
	}
	if (toks[i].Sep == ':' || a.claimBracketBefore(i)) && officeLabel(toks, a.bracketStart(i)) {
		return true // « Président de l'association : Marc Duval », « Président (publié sur le site) : Marc Duval »
	}
	if j < len(toks) && toks[j].Sep == ',' {
		k := j
		if possessives[toks[k].Norm] && k+1 < len(toks) {
			k++
		}
		return officeTitles[toks[k].Norm] && ownTail(toks, k+1) // « Karim Aït-Saïd, notre trésorier »; not « …, président de l'association des victimes de l'amiante »
	}
	return false
}

// claimBracketBefore: a bracket closes right before token i, then a
// colon: « Président (publié sur le site) : Marc Duval ».
func (a *analysis) claimBracketBefore(i int) bool {
	toks := a.s.Toks
	return i > 0 && toks[i].Sep == ')' && strings.Contains(a.text[toks[i-1].End:toks[i].Start], ":")
}

// bracketStart is the token after which the label's brackets open, when
// a bracket closes before token i (the site's claim inside the label),
// else i.
func (a *analysis) bracketStart(i int) int {
	toks := a.s.Toks
	if toks[i].Sep != ')' {
		return i
	}
	for k := i - 1; k > 0 && k >= i-maxClaimWords; k-- {
		if toks[k].Sep == '(' {
			return k
		}
	}
	return i
}

// maxClaimWords bounds the words of a claim in brackets (« publié sur
// notre site internet »).
const maxClaimWords = 8

// complementOf: the office word at k is the complement of a relation
// (« la fille de la présidente », "the chair's husband").
func complementOf(toks []text.Token, k int) bool {
	for n := k - 1; n >= max(0, k-3); n-- {
		switch toks[n].Norm {
		case "de", "du", "d", "of", "s":
			return true
		}
		if isClauseSep(toks[n+1].Sep) {
			return false
		}
	}
	return false
}

// officeLabel: the label before the colon at token i is an office alone,
// or an office « de l'association »: « Trésorier : », « Président de
// l'association : »; not « … Paul Girard ; patiente : ».
func officeLabel(toks []text.Token, i int) bool {
	k := i - 1
	for k > 0 && !isClauseSep(toks[k].Sep) && ownLabelWord(toks[k].Norm) {
		k--
	}
	return k >= 0 && officeTitles[toks[k].Norm]
}

// ownTail: the words from k to the end of the clause are none, or only
// « de l'association », "of the charity" (ownLabelWord).
func ownTail(toks []text.Token, k int) bool {
	for ; k < len(toks); k++ {
		if isClauseSep(toks[k].Sep) || toks[k].Sep == '(' {
			return true
		}
		if !ownLabelWord(toks[k].Norm) {
			return false
		}
	}
	return true
}

// ownLabelWord: w may follow an office in its label, naming the
// association's own body (« de l'association », "of the charity").
func ownLabelWord(w string) bool {
	switch w {
	case "de", "du", "d", "l", "la", "le", "of", "the":
		return true
	}
	return ownGroups[w]
}

// ownSiteClaimed: the sentence says its facts are on the association's own
// website, and does not deny it or speak of another kind of site; claim
// is where it says so.
func (a *analysis) ownSiteClaimed() (claim int, ok bool) {
	toks := a.s.Toks
	s, e := phraseSpan(toks, ownSitePhrases)
	if s < 0 || e < len(toks) && (toks[e].Norm == "de" || toks[e].Norm == "d") {
		return 0, false // « notre site de rencontre », « notre site d'hébergement »
	}
	if a.negated() {
		return 0, false // « pas sur notre site »
	}
	for k := range toks {
		if siteRemovals[toks[k].Norm] || officeHolderLimits[toks[k].Norm] {
			return 0, false // « à retirer de notre site », « non publié », « l'ancien trésorier »
		}
	}
	return s, true
}

// semicolonBetween: a semicolon opens one of the tokens (from, to].
func semicolonBetween(toks []text.Token, from, to int) bool {
	for k := from + 1; k <= to && k < len(toks); k++ {
		if toks[k].Sep == ';' {
			return true
		}
	}
	return false
}

// nothingElsePersonal: the sentence holds no special-category, quasi-
// identifying or strategy word, no word of a home and no number but a
// year: a board's names are all it gives.
func (a *analysis) nothingElsePersonal() bool {
	if a.dictHits&(1<<dSpecial|1<<dQuasi) != 0 || a.hasAny(cResidenceVerbs, cHomePointers, cKin) {
		return false
	}
	toks := a.s.Toks
	for k := range toks {
		if toks[k].Has(text.Digit) && !historicalOrRecentYear(toks[k]) {
			return false // « a 67 ans », « 3e étage »
		}
	}
	return true
}

// publishedOfficerReason is the doubt's reason.
func publishedOfficerReason() string {
	return ruleName.reason() + i18n.T(" : publié sur le site de l’association ? à vérifier",
		": published on the association's website? to check")
}
