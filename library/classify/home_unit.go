package classify

import (
	"tamis/i18n"
	"tamis/library/classify/lexicon"
)

// A home told without a street number (issue 7, section 4: addresses in
// words): a flat's number in a building (« Résidence Les Tilleuls, bât. C,
// appt 24 », "Flat 3B, block C") or a hamlet named after a verb of
// residence (« domicilié au hameau de la Ferrière »). One door, one
// household: a postal address. A flat's size (« appartement 3 pièces »,
// « T3 ») and a count (« logement 12 places ») are none.

// homeUnits name one home in a building or a site
// (data/words/home_units.txt); buildingWords say the building
// (data/words/building_words.txt); unitCounts after a number make it a
// size or a count (data/words/unit_counts.txt); hamletWords name a rural
// place a household lives in (data/words/hamlet_words.txt).
var (
	homeUnits     = lexicon.Words(lexicon.Data, "home_units")
	buildingWords = lexicon.Words(lexicon.Data, "building_words")
	unitCounts    = lexicon.Words(lexicon.Data, "unit_counts")
	hamletWords   = lexicon.Words(lexicon.Data, "hamlet_words")
)

// findHomeUnit reports the first flat of the sentence: blocked in a
// building or beside a person, a doubt alone (a camping's pitch may be
// the association's stand).
func (a *analysis) findHomeUnit() {
	toks := a.s.Toks
	for k := 0; k+1 < len(toks); k++ {
		if !homeUnits[toks[k].Norm] {
			continue
		}
		end := a.unitNumberEnd(k + 1)
		if end < 0 {
			continue
		}
		if a.sentenceGeneric() || a.addressesPublic() {
			return
		}
		if len(a.anchors) > 0 || wordOutside(toks, buildingWords, k, k+2) {
			a.add(rulePostalAddress, k, end)
			return
		}
		a.addAs(rulePostalAddress, Doubt, k, end, addressOfWhom())
		return
	}
}

// unitNumberEnd: token k is a door's number (« 24 », « 3B », « n° 14 »),
// not a size or a count (« 3 pièces », « 12 places »); the end of the
// number's tokens, or -1.
func (a *analysis) unitNumberEnd(k int) int {
	toks := a.s.Toks
	if toks[k].Norm == "n" && k+1 < len(toks) { // « n° 14 », « n°14 »
		k++
	}
	n := toks[k].Norm
	if n == "" || n[0] < '0' || n[0] > '9' || len(n) > 5 {
		return -1 // « T3 », « F2 »: a flat's type
	}
	if k+1 < len(toks) && unitCounts[toks[k+1].Norm] {
		return -1
	}
	return k + 1
}

// addressOfWhom is the doubt of an address that may be the association's
// or a person's.
func addressOfWhom() string {
	return i18n.T("adresse postale : est-ce celle d’une personne ?", "postal address: does it belong to a person?")
}

// namedHamlet: a hamlet word with its name after it (« hameau de la
// Ferrière », « lieu-dit Les Granges »); it returns the end of the name,
// 0 if there is none. A place of findResidence (street_address.go).
func (a *analysis) namedHamlet(k int) int {
	toks := a.s.Toks
	if k+1 < len(toks) && toks[k].Norm == "lieu" && toks[k+1].Norm == "dit" && toks[k+1].Sep == '-' {
		k++ // « lieu-dit », two tokens
	} else if !hamletWords[toks[k].Norm] {
		return 0
	}
	n := k + 1
	for n < len(toks) && n < k+3 && isParticle(toks[n].Norm) {
		n++
	}
	if n < len(toks) && isCapWord(toks[n]) {
		return n + 1
	}
	return 0
}

// streetOrHamlet is namedStreet, else namedHamlet.
func (a *analysis) streetOrHamlet(k int) int {
	if end := a.namedStreet(k); end > 0 {
		return end
	}
	return a.namedHamlet(k)
}
