package classify

import "tamis/library/classify/text"

// A family named by its surname after a plural article (issue 7,
// section 4): « noces d'argent des Kerjean », « condoléances aux Picard »,
// « les Brunet déménagent », "congratulations to the Okafors". French
// leaves a surname unchanged in the plural, while its plural common
// nouns, peoples, teams and places take an s or an x (« les Verts »,
// « des Alpes », « les Bleus »): a capitalised word without it after
// « les », « des », « aux » is a name when the surname lists hold it. English adds an s to the surname ("the Pattersons"):
// the word without it must be in the surname lists ("the Cotswolds" is
// no family). The name rules already judge the other shapes; public
// figures and famous families keep their own rule (reportName).

// findFamilySurname reports the first family named so in the sentence.
func (a *analysis) findFamilySurname() {
	toks := a.s.Toks
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if !t.Has(text.Cap) || t.Has(text.Upper) || !t.Has(text.Letter) || a.consumed[i] || a.coveredByName(i) {
			continue
		}
		var ok bool
		switch toks[i-1].Norm {
		case "les", "des", "aux":
			ok = a.frenchFamilyName(i)
		case "the":
			ok = a.englishFamilyName(i) || familyInitial(a.text, toks, i) && i+1 < len(toks) && toks[i+1].Norm == "family"
		}
		if !ok || toks[i].Sep != 0 {
			continue
		}
		j := i + 1
		if j+1 <= len(toks)-1 && toks[j].Sep == '-' && !toks[j].Spaced && a.surnamePart(j) {
			j++ // « les Mbappé-Diallo »
		}
		a.reportName(i-1, j)
		return
	}
}

// frenchFamilyName: the capitalised word at k, after « les », « des » or
// « aux », has no plural ending and is a surname of the lists (and no
// place, venue or body) or a word no lexicon knows.
func (a *analysis) frenchFamilyName(k int) bool {
	t := a.s.Toks[k]
	n := t.Norm
	if len(n) < 3 || n[len(n)-1] == 's' || n[len(n)-1] == 'x' {
		return false
	}
	if t.IsAny(cCapWord, cVenue, cCivility, cPerson, cPopulation, cOrg, cKnownBodies, cDemonym) {
		return false
	}
	if end, _ := a.communeAt(k - 1); end != 0 {
		return false // « Les Lilas », « Les Ulis »: the article is part of a commune's name
	}
	// A surname of the lists may also be a village (Brunet, Picard): after
	// a plural article it is the family. A word the lists do not hold may
	// be a character or a band (« Cosette et les Thénardier »): the name
	// rules that need more context judge it.
	return t.Is(cLast)
}

// englishFamilyName: "the" + a capitalised surname of the lists with an s.
func (a *analysis) englishFamilyName(k int) bool {
	t := a.s.Toks[k]
	n := t.Norm
	if len(n) < 5 || n[len(n)-1] != 's' || t.IsAny(cCapWord, cVenue, cOrg, cKnownBodies, cDemonym) {
		return false
	}
	return a.lex.lastnames[n[:len(n)-1]]
}

// familyInitial: the family is named by its initial and a full stop
// (« chez les T. », « la famille B. », "the K. family"): a note hides the
// surname, and still points at one family. The French shapes are read
// with the other family names (names.go familyName), before the rules
// that need a person.
func familyInitial(s string, toks []text.Token, i int) bool {
	if i >= len(toks) || len(toks[i].Norm) != 1 || !toks[i].Has(text.Letter) || !toks[i].Has(text.Cap) || int(toks[i].End) >= len(s) || s[toks[i].End] != '.' {
		return false
	}
	return int(toks[i].End)+2 >= len(s) || !isLetterDot(s[toks[i].End+1:]) // « les J.O. », « U.S.A. »: an acronym
}

// isLetterDot: s opens on a letter and a full stop (« O. », « S.A. »).
func isLetterDot(s string) bool {
	return len(s) >= 2 && (s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 'a' && s[0] <= 'z') && s[1] == '.'
}
