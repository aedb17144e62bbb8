package classify

import (
	"strconv"
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A share of a small group of ours (« 1 bénévole sur 6 à l'antenne de
// Plougastel est témoin de Jéhovah », « dans notre club de 12 membres, 1
// sur 12 est séropositif ») is no statistic of a population: in a group
// of a dozen, everybody knows who the one is. « Un adulte sur cinq » in
// France stays a statistic: no group of ours is named.

// smallGroupWords name a group of the association (data/words/small_group_words.txt).
var smallGroupWords = lexicon.Words(lexicon.Data, "small_group_words")

// maxSmallWhole is the largest whole of a share that still points at one
// person of a group of ours.
const maxSmallWhole = 30

// smallOwnShare: a share of the sentence counts out of a whole of at most
// maxSmallWhole, written in digits, and the sentence names a group of
// the association (a section, an antenna, a club, a team).
func (a *analysis) smallOwnShare() bool {
	toks := a.s.Toks
	own := false
	for _, t := range toks {
		own = own || smallGroupWords[t.Norm] // not « notre département »: a territory is a population
	}
	if !own {
		return false
	}
	for i := range toks {
		if !a.shareAt(i) || i+1 < len(toks) && smallGroupWords[toks[i+1].Norm] {
			continue // « un club sur trois » counts clubs, a population of bodies
		}
		for k := i + 1; k < min(len(toks)-1, i+5); k++ {
			switch toks[k].Norm {
			case "sur", "in", "of":
				n, err := strconv.Atoi(toks[k+1].Norm)
				if err == nil && n > 1 && n <= maxSmallWhole {
					return true
				}
			}
		}
	}
	return false
}

// smallWholeCounted: the sentence counts a small whole of our people — a
// number of at most maxSmallWhole, in digits or in words, right before a
// plural noun of people (« Sur les 8 joueurs de l'équipe vétérans »,
// « la section yoga (6 personnes) », « deux des cinq participantes »,
// « Parmi les 7 bénévoles du jeudi ») — and, after it in the same clause,
// another count, the part (« un est musulman », « deux prennent des
// antidépresseurs »): in a group that small everybody knows who. The
// whole must be ours: after « nos », "our", in a sentence that names a
// group of the association, or of the association's own people
// (ownPeopleNouns); a cited source (« selon France Bénévolat ») or a
// survey makes it a statistic, as do « Sur nos 400 adhérents » and a
// percentage (« 12 % sont »).
func (a *analysis) smallWholeCounted() bool {
	toks := a.s.Toks
	whole := -1
	for i := 0; i+1 < len(toks); i++ {
		if a.smallNumber(i) && (toks[i+1].IsAny(cPopulation, cPerson) || ownPeopleNouns[toks[i+1].Norm]) && pluralNoun(toks[i+1].Norm) {
			whole = i
			break
		}
	}
	if whole < 0 || !a.wholeIsOurs(whole) {
		return false
	}
	if k := whole - 1; k > 0 && (toks[k].Norm == "the" && k > 1 && toks[k-1].Norm == "of" && a.smallNumber(k-2) || (toks[k].Norm == "des" || toks[k].Norm == "of") && a.smallNumber(k-1)) {
		return true // « deux des cinq participantes », "two of the six players"
	}
	for i := whole + 2; i+1 < len(toks); i++ {
		if toks[i].Sep == ';' || toks[i].Sep == ':' {
			return false // « Nos 4 bénévoles sont formés ; 2 des 300 adhérents… »: another clause
		}
		if toks[i].Has(text.Digit) && !a.smallNumber(i) {
			return false // « 2 des 500 colis »: another count comes between
		}
		if a.smallNumber(i) && (partLinks[toks[i+1].Norm] || a.partVerb(i+1)) {
			return true // « deux sont », « 3 ont », « un est », « deux prennent », "two of the six"
		}
	}
	return false
}

// wholeIsOurs: the whole counted at i is a group of the association, not
// a population a source or a survey counts.
func (a *analysis) wholeIsOurs(i int) bool {
	toks := a.s.Toks
	if a.hasAny(cSourceWord, cSurvey, cPublicBody) || a.anyWordIn(studyWords) {
		return false // « selon France Bénévolat », « Au Conseil constitutionnel, 2 des 9 membres »
	}
	if i > 0 && ownerWords[toks[i-1].Norm] {
		return true // « nos 7 bénévoles », "our five volunteers"
	}
	return ownPeopleNouns[toks[i+1].Norm] || a.anyWordIn(smallGroupWords)
}

// ownPeopleNouns are the association's own people in the plural, whose
// small number is a group of ours (« les 7 bénévoles du jeudi »).
var ownPeopleNouns = lexicon.Words(lexicon.Data, "own_people_nouns")

// studyWords make a count a study's (« Sur 10 personnes interrogées »,
// "the 10 people surveyed", « dans l'essai clinique publié »), as the
// cSurvey words do (« enquête », "survey").
var studyWords = lexicon.Words(lexicon.Data, "study_words")

// partLinks follow the count of a part of the group (data/words/part_links.txt).
var partLinks = lexicon.Words(lexicon.Data, "part_links")

// partVerb: the word at k is a verb of the part — a French verb in the
// plural present (« prennent », « vont », « viennent ») or an English one
// after the count (« take », "go"), read by its form: the count is then
// its subject. « seulement », « autres » may stand between (« deux
// seulement sont… », « deux autres sont… »).
func (a *analysis) partVerb(k int) bool {
	toks := a.s.Toks
	if k < len(toks) && (toks[k].Norm == "seulement" || toks[k].Norm == "autres" || toks[k].Norm == "only" || toks[k].Norm == "others") {
		k++
	}
	if k >= len(toks) || isClauseSep(toks[k].Sep) {
		return false
	}
	w := toks[k].Norm
	if partLinks[w] {
		return true
	}
	switch w {
	case "vont", "font", "go", "take", "attend", "pray", "suffer", "live", "use":
		return true
	}
	return len(w) > 4 && (w[len(w)-3:] == "ent") && !toks[k].IsAny(cPopulation, cPerson)
}

// smallNumber: token i is a whole number from 1 to maxSmallWhole, in
// digits or in cardinal words, and no part of a longer number (« 2 025 »,
// « trente-cinq », « cent vingt ») nor a percentage.
func (a *analysis) smallNumber(i int) bool {
	toks := a.s.Toks
	t := &toks[i]
	if i > 0 && (toks[i-1].Has(text.Digit) || toks[i-1].Is(cSpelledNumber)) && toks[i].Sep == 0 {
		return false // « 2 025 », « cent vingt »
	}
	if text.Joined(toks, i, '-') || i+1 < len(toks) && text.Joined(toks, i+1, '-') && toks[i+1].Is(cSpelledNumber) {
		return false // « trente-cinq », « quatre-vingt-dix »
	}
	if rest := strings.TrimLeft(a.text[t.End:], " \u00a0\u202f"); strings.HasPrefix(rest, "%") {
		return false // « 12 % sont »: a percentage
	}
	if smallCardinals[t.Norm] {
		return true // « un est », "one is": « un », "one" are no cSpelledNumber
	}
	if t.Is(cSpelledNumber) {
		return false // « zéro », « deuxième », "second"
	}
	n, err := strconv.Atoi(t.Norm)
	return err == nil && n >= 1 && n <= maxSmallWhole
}

// smallCardinals are the cardinals of one word from one to thirty: not
// « zéro », not the ordinals (« deuxième », "second").
var smallCardinals = lexicon.Words(lexicon.Data, "small_cardinals")

// pluralNoun: a French or English plural (« joueurs », « personnes »,
// "players", "people").
func pluralNoun(w string) bool {
	return len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-1] == 'x') || w == "people" || w == "children"
}
