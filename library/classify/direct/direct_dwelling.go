package direct

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"tamis/i18n"
)

// A dwelling: « Résidence Les Pins, bât C, appt 214, 31200 Toulouse »,
// "Flat 3, 17 rue Thiers, 64200 Biarritz". A flat number is a door, and a
// door is a household: with a postcode and town, a street address or a
// residence's name on the same line, it is someone's home even when no
// name is written, and the address around it is blocked (escalate joins a
// doubtful street address on the line). A room of a public building
// (« salle 12 », "room 3") is no dwelling.

// dwellingStreets are the words before a flat that name a block of flats.
var dwellingStreets = newMarkers("residence", "batiment", "bat", "immeuble", "tour", "block", "building", "house", "court")

// dwelling reads the flat number after a dwelling keyword (from is the
// keyword's end) and reports the dwelling when the line places it; it
// returns where scanning resumes.
func (s *scanner) dwelling(kwStart, from int) int {
	t := s.text
	unitEnd, ok := flatUnit(t, from)
	if !ok {
		return from
	}
	lineStart := strings.LastIndexByte(t[max(0, kwStart-80):kwStart], '\n') + 1 + max(0, kwStart-80)
	lineEnd := min(len(t), unitEnd+100)
	if k := strings.IndexByte(t[unitEnd:lineEnd], '\n'); k >= 0 {
		lineEnd = unitEnd + k
	}
	before, after := s.before(kwStart, 80), s.after(unitEnd, 100)
	if hasWord(before, placeMarkers) || hasWord(after, placeMarkers) {
		return unitEnd // the association's premises or a venue (direct_address.go)
	}
	end, placed := placedOnLine(t, lineStart, lineEnd)
	if !placed && !hasWord(before, dwellingStreets) {
		return unitEnd
	}
	s.add(rulePostalAddress, Blocked, kwStart, max(unitEnd, end),
		i18n.T("adresse du domicile d'une personne (numéro d'appartement)", "a person's home address (flat number)"))
	return unitEnd
}

// flatUnit reads the designator after "appt", "flat"…: an optional '.',
// "n°" or "no", then a number with an optional letter ("214", "4B", "12 bis")
// or a single capital ("C"). It returns the designator's end.
func flatUnit(t string, j int) (int, bool) {
	if j < len(t) && t[j] == '.' {
		j++
	}
	j = skipSpaces(t, j, 2)
	for _, p := range []string{"n°", "N°", "no ", "No ", "n. ", "nº"} {
		if strings.HasPrefix(t[j:], p) {
			j = skipSpaces(t, j+len(p), 1)
			break
		}
	}
	e := j
	for e < len(t) && e-j < 4 && isDigit(t[e]) {
		e++
	}
	switch {
	case e > j && e-j <= 4:
		if e < len(t) && isUpper(t[e]) {
			e++ // "4B"
		}
	case j < len(t) && isUpper(t[j]):
		e = j + 1 // "appt C"
	default:
		return 0, false
	}
	return e, wordEndsAt(t, e)
}

// placedOnLine reports whether the line t[from:to] holds a postcode and a
// town ("31200 Toulouse") or a street address ("17 rue Thiers"), and the
// end of the last postcode and town outside a street address, which the
// dwelling's finding extends over.
func placedOnLine(t string, from, to int) (int, bool) {
	end, placed := 0, false
	for k := from; k < to; k++ {
		if !isDigit(t[k]) || (k > 0 && isWordByte(t[k-1])) {
			continue
		}
		if e, ok := parseAddress(t[:to], k); ok {
			placed = true // the street address is a finding of its own, escalated
			k = e
			continue
		}
		if e, ok := postcodeTownAt(t[:to], k); ok {
			end, placed = e, true
			k = e
		}
	}
	return end, placed
}

// postcodeTownAt reads a French postcode and a capitalised town at k.
func postcodeTownAt(t string, k int) (int, bool) {
	d, e := readNum(t, k, 5)
	if e-k != 5 || d < 1000 || e >= len(t) || t[e] != ' ' {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(t[e+1:])
	if !unicode.IsUpper(r) {
		return 0, false
	}
	return nameWordEnd(t, e+1), true
}
