package classify

// vocabularyHeadings are the headings of a list of words to learn
// (data/phrases/vocabulary_headings.txt), by first word.
var vocabularyHeadings = byFirstWord(phraseWords(wholeWordPhrases("vocabulary_headings")))

// maxVocabularyItem is the longest item of a vocabulary list, in words
// ("emergency number 15", « prendre rendez-vous »): a longer one says
// something.
const maxVocabularyItem = 3

// vocabularyList: the sentence is a list of words to learn, under a
// heading before its first colon that says so (« Vocabulaire : médecin,
// ordonnance, allergie »): each item at most three words, no verb
// « être » or « avoir », no possessive, no pronoun, no one pointed at
// (« le voisin », « les jumeaux »), no name, no first name in lower case,
// and no item that ties a special word to someone (« président
// séropositif », « voisin sans-papiers », « rose diabétique »).
func (a *analysis) vocabularyList() bool {
	toks := a.s.Toks
	colon := firstColon(toks)
	if colon < 0 || len(a.names) > 0 || !a.wholeValue() || a.possibleNameIn() || !headingHolds(toks, colon, vocabularyHeadings, false) {
		return false
	}
	for _, an := range a.anchors {
		if an.kind != anchorPerson || !a.indefiniteAnchor(an.k) {
			return false // "I have cancer", « il », a code, « ma mère », « le voisin »
		}
	}
	start := colon
	for k := colon; k <= len(toks); k++ {
		if k < len(toks) && (k == colon || toks[k].Sep != ',' && toks[k].Sep != ';') {
			if !a.vocabularyWord(k) {
				return false
			}
			continue
		}
		if k-start > maxVocabularyItem || a.itemTiesSpecial(start, k) {
			return false
		}
		start = k
	}
	return true
}

// vocabularyWord: token k may stand in a vocabulary list.
func (a *analysis) vocabularyWord(k int) bool {
	toks := a.s.Toks
	w := &toks[k]
	if copulas[w.Norm] || avoirForms[w.Norm] || pluralBe[w.Norm] || isPossessive(w.Norm) || thirdPersonWords[w.Norm] ||
		personalTies[w.Norm] || a.lowerNameLike(k) || a.surnameLike(k) {
		return false
	}
	// « le voisin », « les jumeaux »: someone pointed at, not a word to learn
	return !(w.IsAny(cPointingDets, cDefiniteArticles) && k+1 < len(toks) && toks[k+1].IsAny(cPerson, cKin, cRole, cPartner))
}

// itemTiesSpecial: the item [i, j) holds a special word and a person's
// word (« voisin sans-papiers »), or a word that describes a person by
// itself with any other word (« rose diabétique », « mamie démente »).
func (a *analysis) itemTiesSpecial(i, j int) bool {
	toks := a.s.Toks
	for _, h := range a.hits {
		if h.dict != dSpecial || h.j <= i || h.i >= j {
			continue
		}
		self := a.lex.special[h.val-1].flags&selfPerson != 0
		for k := i; k < j; k++ {
			if k >= h.i && k < h.j || isArticle(toks[k].Norm) || toks[k].Norm == "l" {
				continue
			}
			if self || toks[k].IsAny(cPerson, cKin, cRole, cPartner, cFirst, cAmbig) {
				return true
			}
		}
	}
	return false
}
