package classify

import (
	"slices"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Things named like people (issue 7, section 4): a feast spelt like a
// first name (« le concert de Noël »), a place named after a public
// figure (« notre théâtre porte le nom de Louise Michel »), an animal up
// for adoption described by its age, its refuge and its care. None of
// them is a person of the association.

var (
	animalWords  = lexicon.Words(lexicon.Data, "animal_words")
	namedAfter   = phraseList("named_after")
	holidayLinks = prepositionUses.of("holiday")
)

// phraseList reads data/phrases/<name>.txt as folded phrases of tokens.
func phraseList(name string) [][]string {
	var out [][]string
	for _, line := range lexicon.Phrases(lexicon.Data, name) {
		out = append(out, lexicon.EntryWords(line))
	}
	return out
}

// holidayName: the one-word name at [i, j) is a feast after a link
// (« concert de Noël », "Easter egg hunt"), not someone spoken to nor
// the first name of a full name (« Noël Martin »).
func (a *analysis) holidayName(i, j int) bool {
	toks := a.s.Toks
	if j != i+1 || !toks[i].Is(cHoliday) || a.addressedAt(i) || j < len(toks) && toks[j].Sep == 0 && toks[j].Has(text.Cap) && !dayWords[toks[j].Norm] {
		return false // « Noël Martin »; not "Easter Monday"
	}
	if i > 0 && !toks[i].IsAny(cAmbig, cLast) && !toks[i-1].Has(text.Cap) {
		return true // a feast no common name spells: "by Easter", « avant Pâques » (Noël, Toussaint need a link)
	}
	return i == 0 && j < len(toks) && !toks[j].Has(text.Cap) || i > 0 && holidayLinks[toks[i-1].Norm] && !toks[i-1].Has(text.Cap) // not « A. Toussaint »
}

// markNamedAfter explains away the capitalised words after « porte le
// nom de », "named after", and the feasts after a link (« de Noël »).
func (a *analysis) markNamedAfter() {
	if !a.hasAny(cHoliday, cNamedAfter) {
		return // the sentence's classes say it at once
	}
	toks := a.s.Toks
	for i := range toks {
		if toks[i].Is(cHoliday) && toks[i].Has(text.Cap) && a.holidayName(i, i+1) {
			a.consumed[i] = true
		}
		if !toks[i].Is(cNamedAfter) {
			continue
		}
		for _, p := range namedAfter {
			if i+len(p) < len(toks) && a.wordsAt(i, p) && !toks[i+len(p)].Is(cCivility) {
				a.consumeCaps(i + len(p))
			}
		}
	}
}

// wordsAt: the tokens from i spell the words of p.
func (a *analysis) wordsAt(i int, p []string) bool {
	toks := a.s.Toks
	for k, w := range p {
		if i+k >= len(toks) || toks[i+k].Norm != w {
			return false
		}
	}
	return len(p) > 0
}

// dropAnimalFacts removes the indirect and health findings of a sentence
// about an animal (« chiot de 4 mois, vacciné, au refuge de … ») that
// names no one and speaks of no person or role (« la dame qui nourrit
// les chats » is someone).
func (a *analysis) dropAnimalFacts() {
	k := a.sentenceFindings()
	if k == len(a.findings) || len(a.names) > 0 || !slices.ContainsFunc(a.findings[k:], animalFact) {
		return
	}
	nouns, care := 0, 0
	toks := a.s.Toks
	for i, t := range toks {
		if t.IsAny(cPerson, cRole) && !t.Is(cHouseholdNouns) || animalKeepers[t.Norm] && keeperOfIt(toks, i) { // « cherche une famille » is the adopters
			return
		}
		if t.Is(cAnimalWords) { // the word or its plural in s
			if animalCareWords[t.Norm] {
				care++
			} else {
				nouns++
			}
		}
	}
	if nouns > 0 || care >= 2 { // "his rescue medication" is no animal's; « pucé, vacciné, au refuge » is
		a.dropFindingsFrom(k, animalFact)
	}
}

// animalKeepers are the animal's people (data/words/animal_keepers.txt).
var animalKeepers = lexicon.Words(lexicon.Data, "animal_keepers")

// animalCareWords are the words of animal_words.txt that also say
// something of people ("rescue medication", « l'adoption de Léa », « la
// SPA »): alone, they make no animal of the sentence.
var animalCareWords = lexicon.Words(lexicon.Data, "animal_care_words")

// animalFact: a finding an animal's description makes.
func animalFact(f Finding) bool {
	return f.Rule == ruleIndirect.String() || f.Rule == ruleHealth.String()
}

// keeperOfIt: the keeper word at i is followed by « du », "of" or comes
// after "'s": someone's animal is named with them.
func keeperOfIt(toks []text.Token, i int) bool {
	if i+1 < len(toks) {
		switch toks[i+1].Norm {
		case "du", "de", "d", "des", "of":
			return true
		}
	}
	return i > 0 && toks[i-1].Norm == "s" && toks[i-1].Sep == '\''
}
