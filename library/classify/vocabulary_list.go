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
// « être » or « avoir », no possessive, no one pointed at (« le voisin »),
// no name, no first name in lower case. « Vocabulaire : Karim,
// diabétique » names someone; « mots clés : le voisin, séropositif »
// points at him.
func (a *analysis) vocabularyList() bool {
	toks := a.s.Toks
	colon := firstColon(toks)
	if colon < 0 || len(a.names) > 0 || !headingHolds(toks, colon, vocabularyHeadings, false) {
		return false
	}
	item := 0
	for k := colon; k < len(toks); k++ {
		w := &toks[k]
		if k > colon && (w.Sep == ',' || w.Sep == ';') {
			item = 0
		}
		item++
		if item > maxVocabularyItem || copulas[w.Norm] || avoirForms[w.Norm] || pluralBe[w.Norm] ||
			isPossessive(w.Norm) || thirdPersonWords[w.Norm] || personalTies[w.Norm] || a.lowerNameLike(k) || a.surnameLike(k) {
			return false
		}
		if w.Is(cPointingDets) && k+1 < len(toks) && toks[k+1].IsAny(cPerson, cKin, cRole, cPartner) {
			return false // « le voisin »: someone pointed at, not a word to learn
		}
	}
	return true
}
