package direct

import (
	"strings"

	"tamis/i18n"
)

// document finds an identity document number after its keyword (from is
// the keyword's end): within 48 bytes of the same sentence, a
// code of 6 to 20 letters and digits holding at least 4 digits ("CNI
// 880692310285", "passeport n° 19AB12345", "AGDREF 7501234567"). It
// returns where scanning resumes.
func (s *scanner) document(from int) int {
	t := s.text
	limit := min(len(t), from+48)
	for j := from; j < limit; {
		c := t[j]
		if c == '\n' || ((c == '.' || c == ';') && (j+1 >= len(t) || t[j+1] == ' ') && !numberAbbrev(t, j)) {
			return from
		}
		if !isAlnum(c) || (j > 0 && isWordByte(t[j-1]) && !afterDegree(t, j)) {
			j++
			continue
		}
		if end, ok := s.nir(j); ok { // "CNI et NIR : 2 93 07…": the NIR rule says more
			return end
		}
		e, alnum, digits := docCode(t, j)
		if alnum >= 6 && alnum <= 20 && (digits >= 4 || digits >= 1 && alnum >= 8 && strings.ToUpper(t[j:e]) == t[j:e]) && !isAmount(t, j) {
			s.add(ruleIDDocument, Blocked, j, e,
				i18n.T("numéro de pièce d'identité", "identity document number"))
			return e
		}
		j = e
	}
	return from
}

// numberAbbrev reports a '.' that ends "no.", "n.", "num." or "nr.".
func numberAbbrev(t string, j int) bool {
	b := j
	for b > 0 && j-b < 4 && isLetter(t[b-1]) {
		b--
	}
	var low [4]byte // no allocation: the context windows ask at every full stop
	w := low[:0]
	for k := b; k < j; k++ {
		w = append(w, lower(t[k]))
	}
	switch string(w) {
	case "no", "n", "num", "nr", "nb":
		return true
	}
	return false
}

// afterDegree reports "n°" right before j.
func afterDegree(t string, j int) bool {
	return j >= 2 && t[j-2] == 0xC2 && t[j-1] == 0xB0
}

// docCode reads a document code at j: letters and digits, with single
// spaces between blocks of digits or short capital blocks ("12 AB 34567").
func docCode(t string, j int) (end, alnum, digits int) {
	end = j
	for k := j; k < len(t) && alnum <= 24; {
		b := k
		for k < len(t) && isAlnum(t[k]) {
			if isDigit(t[k]) {
				digits++
			}
			alnum++
			k++
		}
		if k < len(t) && isWordByte(t[k]) { // an accented word: prose, not a code
			return k, 0, 0
		}
		end = k
		block := t[b:k]
		if !allDigits(block) && !(len(block) <= 3 && strings.ToUpper(block) == block) {
			break
		}
		if k+1 < len(t) && t[k] == ' ' && isAlnum(t[k+1]) && (isDigit(t[k+1]) || isUpper(t[k+1])) {
			k++
			continue
		}
		break
	}
	return end, alnum, digits
}

// vehicleMarkers are the words that make a plate-shaped code a licence plate.
var vehicleMarkers = newMarkers(
	"immatricule", "immatriculee", "immatriculation", "immat", "plaque", "voiture", "vehicule", "scooter",
	"moto", "camion", "camionnette", "utilitaire", "minibus", "fourgon", "van", "auto", "stationne",
	"stationnee", "parking", "garee", "licence plate", "license plate", "plate", "registration",
	"vehicle", "truck", "kangoo", "trafic", "clio", "twingo", "berlingo", "voitures",
)

// plate finds a licence plate in the current French format (SIV) at the
// word start i: "AB-123-CD", "AB 123 CD" or "AB123CD" (no I, O, U). With a
// vehicle word nearby it is blocked; the dashed form alone is a doubt.
func (s *scanner) plate(i int) (int, bool) {
	t := s.text
	if i+7 > len(t) || !sivLetter(t[i]) || !sivLetter(t[i+1]) {
		return 0, false
	}
	j := i + 2
	sep := t[j]
	if sep == '-' || sep == ' ' {
		j++
	} else {
		sep = 0
	}
	if j+3 > len(t) || !isDigit(t[j]) || !isDigit(t[j+1]) || !isDigit(t[j+2]) {
		return 0, false
	}
	j += 3
	if sep != 0 {
		if j >= len(t) || t[j] != sep {
			return 0, false
		}
		j++
	}
	if j+2 > len(t) || !sivLetter(t[j]) || !sivLetter(t[j+1]) || !wordEndsAt(t, j+2) {
		return 0, false
	}
	return s.plateFinding(i, j+2, sep == '-')
}

// wholeValue reports that start..end is the whole text, but for spaces
// and a final full stop.
func (s *scanner) wholeValue(start, end int) bool {
	t := s.text
	for k := 0; k < start; k++ {
		if t[k] != ' ' && t[k] != '\t' && t[k] != '\n' {
			return false
		}
	}
	for k := end; k < len(t); k++ {
		if t[k] != ' ' && t[k] != '\t' && t[k] != '\n' && t[k] != '.' {
			return false
		}
	}
	return true
}

func sivLetter(c byte) bool { return isUpper(c) && c != 'I' && c != 'O' && c != 'U' }

// plateFinding decides on a plate-shaped span from its context.
func (s *scanner) plateFinding(start, end int, strong bool) (int, bool) {
	reason := i18n.T("plaque d'immatriculation", "licence plate")
	if examplePlate(s.text[start:end]) || formatWords[lastWord(s.before(start, 24))] {
		return end, true // « le format AA-123-AA », « du type 1234 AB 56 »: a format, no vehicle
	}
	switch {
	case hasWord(s.before(start, 60), vehicleMarkers) || hasWord(s.after(end, 40), vehicleMarkers),
		strong && s.wholeValue(start, end):
		// A dashed plate that is the whole value was typed as a plate:
		// nothing around it makes it a reference.
		s.add(ruleLicencePlate, Blocked, start, end, reason)
	case strong:
		s.add(ruleLicencePlate, Doubt, start, end, reason)
	default:
		return 0, false
	}
	return end, true
}

// oldPlate finds a plate of the former format (FNI), "1234 AB 75", at the
// digit i; only near a vehicle word, as the shape is common.
func (s *scanner) oldPlate(i int) (int, bool) {
	t := s.text
	j := i
	for j < len(t) && j-i < 5 && isDigit(t[j]) {
		j++
	}
	if j-i > 4 || j+1 >= len(t) || (t[j] != ' ' && t[j] != '-') {
		return 0, false
	}
	j++
	l := j
	for j < len(t) && j-l < 4 && isUpper(t[j]) {
		j++
	}
	if j-l < 1 || j-l > 3 || j+2 >= len(t) || (t[j] != ' ' && t[j] != '-') {
		return 0, false
	}
	j++
	d := j
	for j < len(t) && j-d < 4 && isAlnum(t[j]) {
		j++
	}
	dep := t[d:j]
	if !wordEndsAt(t, j) || !(len(dep) == 2 && (allDigits(dep) || dep == "2A" || dep == "2B") || len(dep) == 3 && strings.HasPrefix(dep, "97") && allDigits(dep)) {
		return 0, false
	}
	return s.plateFinding(i, j, false)
}

// formatWords right before a plate say it shows a format or an example
// (« suivent le format AA-123-AA », « du type 1234 AB 56 », "plates read
// like AB12 CDE"), not a vehicle's plate.
var formatWords = map[string]bool{"format": true, "type": true, "like": true, "exemple": true, "example": true,
	"modele": true, "ex": true, "eg": true}

// lastWord returns the last word of a folded window, or "".
func lastWord(w string) string {
	e := len(w)
	for e > 0 && !isAlnum(w[e-1]) {
		e--
	}
	b := e
	for b > 0 && isAlnum(w[b-1]) {
		b--
	}
	return w[b:e]
}

// examplePlate: the plate of a sample, its letters one letter repeated
// and its first digits a run from 1 or one digit repeated (« AA-123-AA »,
// « XX-000-XX »): no vehicle bears it. « AB-123-CD » is the writers'
// usual stand-in for a real car's plate in a sentence about a person:
// it stays a plate.
func examplePlate(p string) bool {
	var letters, digits []byte
	for k := 0; k < len(p); k++ {
		switch c := p[k]; {
		case isUpper(c):
			letters = append(letters, c)
		case isDigit(c) && (len(digits) == 0 || k > 0 && isDigit(p[k-1]) && len(digits) == k-strings.IndexFunc(p, isDigitRune)):
			digits = append(digits, c) // the first run of digits only
		}
	}
	return sameBytes(letters) && sampleRun(digits, '1')
}

// sampleRun: every byte the same, or a run counting up from first.
func sampleRun(b []byte, first byte) bool {
	if len(b) == 0 {
		return false
	}
	same, up := true, b[0] == first
	for k := 1; k < len(b); k++ {
		same = same && b[k] == b[0]
		up = up && b[k] == b[k-1]+1
	}
	return same || up
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// sameBytes: at least one byte, all the same.
func sameBytes(b []byte) bool {
	return len(b) > 0 && strings.Trim(string(b), string(b[:1])) == ""
}
