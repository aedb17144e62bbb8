package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A house number written in words right before a named street is an
// address by itself (« Sept impasse des Glycines à Langon », "Seven Mill
// Lane"): no word about a home is needed beside it, as it is for a
// number some words away from the street (findAddressInWords). A count
// of streets (« trois rues du centre »), an ordinal (« première rue à
// gauche ») or a street without a name (« deux impasses ») is none.

// notHouseNumbers are the spelled numbers that start no address: « un »,
// ordinals (data/words/not_house_numbers.txt).
var notHouseNumbers = lexicon.Words(lexicon.Data, "not_house_numbers")

// numberedStreet: token i is a house number in words and a named street
// follows it, French (« sept impasse des Glycines ») or English ("seven
// Mill Lane").
func (a *analysis) numberedStreet(i int) bool {
	toks := a.s.Toks
	if !toks[i].Is(cSpelledNumber) || notHouseNumbers[toks[i].Norm] || i+2 >= len(toks) {
		return false
	}
	if streetWords[toks[i+1].Norm] && toks[i+1].Norm != "cours" { // « trois cours de Yoga » are lessons
		k := i + 2
		for k < len(toks) && k < i+4 && streetLinks[toks[k].Norm] {
			k++
		}
		return k < len(toks) && k > i+1 && toks[k].Has(text.Cap) && toks[k].Sep == 0
	}
	k := i + 1
	for k < len(toks) && k < i+3 && toks[k].Has(text.Cap) && toks[k].Sep == 0 && !streetWords[toks[k].Norm] {
		k++
	}
	return k > i+1 && k < len(toks) && streetWords[toks[k].Norm] && toks[k].Sep == 0
}

// homeWords describe a home or its door (data/words/home_words.txt).
var homeWords = lexicon.Words(lexicon.Data, "home_words")

// premisesWords make an address the association's premises or a venue
// (data/words/premises_words.txt).
var premisesWords = lexicon.Words(lexicon.Data, "premises_words")

// addNumberedStreet reports the address in words that starts at token i:
// blocked when the sentence says where someone lives, speaks of a person
// or of a house (« la dernière maison avant les vignes »); nothing for
// the association's premises or a venue (« notre local », « ouvert le
// mercredi »); a doubt otherwise, as an address in digits with no clue
// either way is.
func (a *analysis) addNumberedStreet(i int) {
	toks := a.s.Toks
	end := min(len(toks), i+5)
	switch {
	case a.has(cDwelling):
		a.add(rulePostalAddress, i, end)
		return
	case wordOutside(toks, premisesWords, i, end):
		return // the association's premises or a venue
	case a.personOutside(i, end) || homeWordIn(toks):
		a.add(rulePostalAddress, i, end)
		return
	}
	a.addAs(rulePostalAddress, Doubt, i, end,
		addressOfWhom())
}

// homeWordIn: a home word written in lower case stands in the sentence.
func homeWordIn(toks []text.Token) bool {
	for k := range toks {
		if homeWords[toks[k].Norm] && !toks[k].Has(text.Cap) {
			return true
		}
	}
	return false
}

// personOutside: a word for a person, a relative, a role or a civility
// stands outside tokens [i, j): the street's own name may be one (« rue
// Pasteur », « allée du Docteur Roux »).
func (a *analysis) personOutside(i, j int) bool {
	for k, t := range a.s.Toks {
		if (k < i || k >= j) && (t.Is(cPerson) || t.Is(cKin) || t.Is(cRole) || t.Is(cCivility)) {
			return true
		}
	}
	return false
}

// wordOutside: a word of set stands outside tokens [i, j).
func wordOutside(toks []text.Token, set lexicon.WordSet, i, j int) bool {
	for k := range toks {
		if (k < i || k >= j) && set[toks[k].Norm] {
			return true
		}
	}
	return false
}
