package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// An origin is told by a journey as often as by a nationality (issue 7,
// section 4): « la famille Kovač est arrivée de Bosnie en 2019 », « ils
// ont fui la Syrie », "Amina came over from Somalia as a child". A verb
// of arrival or flight (arrival_verbs.txt) with a person as subject
// (police_path.go personSubject), then « de », "from" or the country
// itself, and a country (countries.txt, from i18n-iso-countries) is an
// origin, category 4. A holiday (« arrivé d'Italie pour les vacances »)
// and France itself tell none.

var (
	countries      = lexicon.Words(lexicon.Data, "countries")
	arrivalLinks   = lexicon.Words(lexicon.Data, "arrival_links") // « de », "from" and the articles before the country
	travelWords    = lexicon.Words(lexicon.Data, "travel_words")  // vacances, trip: a holiday tells no origin
	arrivalHelpers = auxiliaryUses.of("arrival")
)

// findArrivalFrom reports the first person said to come from a country.
func (a *analysis) findArrivalFrom() {
	toks := a.s.Toks
	for k := range toks {
		if !toks[k].Is(cArrival) {
			continue
		}
		j := countryAfter(toks, k+1)
		if j < 0 || a.holidayTrip() || a.sentenceGeneric() || a.hypotheticalBefore(k) {
			continue
		}
		s := k
		for s > 0 && arrivalHelpers[toks[s-1].Norm] {
			s--
		}
		if a.personSubject(s) {
			a.add(ruleOrigin, k, j)
			return
		}
	}
}

// countryAfter returns the end of a country named within three words
// after i, through « de », "from", "over" and articles, or -1.
func countryAfter(toks []text.Token, i int) int {
	for k := i; k < min(len(toks), i+3); k++ {
		if isClauseSep(toks[k].Sep) && k > i {
			return -1
		}
		if toks[k].Has(text.Cap) && countries[toks[k].Norm] {
			return k + 1
		}
		if !arrivalLinks[toks[k].Norm] {
			return -1
		}
	}
	return -1
}

// holidayTrip: the sentence speaks of a holiday or a trip.
func (a *analysis) holidayTrip() bool {
	for _, t := range a.s.Toks {
		if travelWords[t.Norm] {
			return true
		}
	}
	return false
}
