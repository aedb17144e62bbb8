package classify

import (
	"strings"

	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Direct identifiers in shapes the byte scanner does not read (issue 7,
// section 4): a phone number typed digit by digit, a date of birth or a
// house number in words, a British plate after « reg », a member's or a
// file's number. Each points at one person: personal, blocked.

var (
	numberLabels = lexicon.Words(lexicon.Data, "number_labels")
	streetLinks  = lexicon.Words(lexicon.Data, "street_links")
	phoneFillers = lexicon.Words(lexicon.Data, "phone_fillers")
)

// findNumberShapes reads the shapes that hold digits.
func (a *analysis) findNumberShapes() {
	if !a.digits {
		return // a sentence without a digit shows none of these shapes (a user name of letters alone included)
	}
	a.findSpacedPhone()
	a.findMaskedPhone()
	a.findForeignPlate()
	a.findSpacedPlate() // record_codes.go: « FK 213 TR »
	a.findFileNumber()
	a.findGamerTag()
	a.findBirthdate(isOrdinalDay)
}

// findWordShapes reads the shapes written in words.
func (a *analysis) findWordShapes() {
	a.findDictatedPhone() // spelled_numbers.go
	a.findMixedPhone()    // mixed_phone.go: « 06 douze 34 56 78 »
	a.findBirthdate(func(t *text.Token) bool { return t.Is(cSpelledNumber) })
	a.findAddressInWords()
}

// findSpacedPhone: a phone number typed to slip past a scanner: ten
// digits (eleven in Britain) from a zero, one a group (« 0 6 1 2 3 4 5
// 6 7 8 ») or in groups joined by dictation words (« 06 puis 45 78 12
// 90 »).
func (a *analysis) findSpacedPhone() {
	toks := a.s.Toks
	for i := range toks {
		if t := toks[i].Norm; len(t) == 0 || len(t) > 5 || t[0] != '0' || !toks[i].Has(text.Digit) {
			continue
		}
		if j, ok := a.dictatedPhoneEnd(i); ok {
			a.add(rulePhone, i, j)
			return
		}
	}
}

// dictatedPhoneEnd reads groups of digits from token i: it returns the
// end of a phone number of ten or eleven digits that is either all single
// digits or joined by at least one dictation word.
func (a *analysis) dictatedPhoneEnd(i int) (int, bool) {
	toks := a.s.Toks
	digits, singles, fillers, pending, end := 0, 0, 0, 0, i
	for k := i; k < len(toks) && digits < 12; k++ {
		switch t := toks[k]; {
		case t.Has(text.Digit) && len(t.Norm) <= 5 && t.Sep != ',':
			digits += len(t.Norm)
			if len(t.Norm) == 1 {
				singles++
			}
			fillers += pending // a dictation word counts when digits follow it
			pending, end = 0, k+1
		case phoneFillers[t.Norm] && pending == 0 && k > i:
			pending = 1
		default:
			k = len(toks)
		}
	}
	groups := end - i
	whole := digits == 10 || digits == 11
	return end, whole && toks[i+1].Norm != "0" && (singles == groups || fillers > 0 && groups >= 3)
}

// findMaskedPhone: a French phone number whose last pairs are masked or
// still to come (« 06 12 34 56 XX »): eight digits of a person's line are
// enough to find it.
func (a *analysis) findMaskedPhone() {
	toks := a.s.Toks
	for i := 0; i+5 <= len(toks); i++ {
		if t := toks[i].Norm; len(t) != 2 || t[0] != '0' || t[1] == '0' || !toks[i].Has(text.Digit) {
			continue
		}
		k := i + 1
		for k < i+5 && toks[k].Has(text.Digit) && len(toks[k].Norm) == 2 {
			k++
		}
		masked := k
		for masked < i+5 && isMask(toks[masked].Norm) {
			masked++
		}
		if k-i >= 3 && k < i+5 && masked == i+5 {
			a.add(rulePhone, i, i+5)
			return
		}
	}
}

// isMask: a pair of digits hidden by x (« XX »).
func isMask(w string) bool { return w == "xx" }

// plateFormatWords make the plate after them a format (data/words/plate_format_words.txt).
var plateFormatWords = lexicon.Words(lexicon.Data, "plate_format_words")

// findForeignPlate: after a registration word, a British plate (« AB12
// CDE »: two letters and two digits, then three letters) or a Belgian
// one (« 1-ABC-234 »).
func (a *analysis) findForeignPlate() {
	if !a.has(cPlateWord) {
		return
	}
	toks := a.s.Toks
	seen := false
	for i := 0; i+1 < len(toks); i++ {
		seen = seen || toks[i].Is(cPlateWord)
		if i > 0 && plateFormatWords[toks[i-1].Norm] {
			continue // "plates read like AB12 CDE": a format
		}
		if seen && ukPlateHead(toks[i].Norm) && len(toks[i+1].Norm) == 3 && toks[i+1].Has(text.Letter) && toks[i+1].Sep == 0 {
			a.add(ruleLicencePlate, i, i+2)
			return
		}
		if seen && i+2 < len(toks) && belgianPlate(toks, i) {
			a.add(ruleLicencePlate, i, i+3)
			return
		}
	}
}

// belgianPlate: a digit, three letters, three digits joined by dashes
// (« 1-ABC-234 »).
func belgianPlate(toks []text.Token, i int) bool {
	return len(toks[i].Norm) == 1 && toks[i].Has(text.Digit) && text.Joined(toks, i+1, '-') && text.Joined(toks, i+2, '-') &&
		len(toks[i+1].Norm) == 3 && toks[i+1].Has(text.Letter) && len(toks[i+2].Norm) == 3 && toks[i+2].Has(text.Digit)
}

// ukPlateHead: two letters then two digits (« ab12 »).
func ukPlateHead(w string) bool {
	return len(w) == 4 && isLetter(w[0]) && isLetter(w[1]) && isDigit(w[2]) && isDigit(w[3])
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// findFileNumber: a member's, an employee's or a file's number
// (« matricule du salarié : 00384 », "member no. 5521"): three digits or
// more right after the word, or after a label or a colon, that are no
// amount and no year.
func (a *analysis) findFileNumber() {
	if !a.has(cFileWord) {
		return
	}
	toks := a.s.Toks
	for i := range toks {
		if !toks[i].Is(cFileWord) || a.pseudonymAt(i) {
			continue // « Bénéficiaire_001 »: a pseudonym, which alone points at no one
		}
		for k := i + 1; k < min(len(toks), i+5); k++ {
			end := a.fileCodeEnd(k) // file_codes.go: « 00384 », « A-2021-117 », « 22/187 »
			if end == 0 {
				if toks[k].Has(text.Digit) || !a.fileLabelWord(k) {
					break // « dossier de subvention n° 2024-118 »: the file of a thing
				}
				continue
			}
			labelled := k == i+1 || a.colonBetween(i, k) || numberLabels[toks[k-1].Norm] || toks[k].Sep == '#'
			if labelled && !a.currencyAfter(end-1) {
				a.addAs(rulePublicID, Blocked, i, end, i18n.T("numéro de membre, de dossier ou matricule d’une personne",
					"a person's member, file or staff number"))
				return
			}
			break
		}
	}
}

// findGamerTag: after a handle word (« pseudo », "snapchat"), a name
// with its tag number (« shadowkiller#4471 ») or, after a colon or « is »,
// a user name of letters and digits, dots or underscores (« lily.rose.2010 »,
// « DarkWolf_77 »): an account of one person.
func (a *analysis) findGamerTag() {
	if !a.has(cHandle) {
		return
	}
	toks := a.s.Toks
	for k := 1; k < len(toks); k++ {
		if toks[k].Sep == '#' && !toks[k].Spaced && toks[k].Has(text.Digit) && len(toks[k].Norm) == 4 && !toks[k-1].Has(text.Digit) {
			if !a.directAt(ruleCredential, int(toks[k].Start)) { // « login … / Soleil#2025 »: a secret, reported once as one
				a.add(ruleHandle, k-1, k+1)
			}
			return
		}
	}
	for i := range toks {
		if !toks[i].Is(cHandle) || a.ourAccount(i) { // handle_dotted.go: « Notre compte Twitter, c'est AmicaleBreizh56 »
			continue
		}
		for k := i + 1; k < min(len(toks), i+9); k++ {
			if toks[k].Sep == ':' || secretCopulas[toks[k].Norm] {
				a.userNameAt(k)
				return
			}
		}
	}
}

// userNameAt reports the user name that starts at or after token k (a
// colon before it, or a copula at k), when it looks like one.
func (a *analysis) userNameAt(k int) {
	toks := a.s.Toks
	from := toks[k-1].To() // the colon and what precedes the name (an @ is the byte scanner's)
	if secretCopulas[toks[k].Norm] {
		from = toks[k].To()
	}
	s := a.text[from:a.s.End]
	b, e := fieldAfter(s, 0)
	if b < e && s[b] == ':' {
		b, e = fieldAfter(s, b+1)
	}
	w := s[b:e]
	if len(w) >= 5 && !strings.ContainsAny(w, "@/") && strings.ContainsAny(w, "._0123456789") && looksLikeSecret(strings.NewReplacer(".", "1", "_", "1").Replace(w)) &&
		!a.directAt(ruleCredential, from+b) {
		a.keep(Finding{Rule: ruleHandle.String(), Category: ruleHandle.info().cat, Verdict: Blocked,
			Start: from + b, End: from + e, Reason: ruleHandle.reason()})
	}
}

// findBirthdate: a birth word, then within four words a day and a
// month (« née le quinze août », "date of birth: 14th March"); day says
// what a day is: a spelled number, or digits with an ordinal ending.
func (a *analysis) findBirthdate(day func(*text.Token) bool) {
	if !a.has(cBirthWord) {
		return
	}
	toks := a.s.Toks
	for i := range toks {
		if !toks[i].Is(cBirthWord) {
			continue
		}
		for k := i + 1; k+1 < min(len(toks), i+6); k++ {
			if !day(&toks[k]) {
				continue
			}
			for m := k + 1; m < min(len(toks), k+4); m++ {
				if toks[m].Is(cDayWords) { // days and months (month_names.go)
					a.add(ruleBirthdate, i, m+1)
					return
				}
			}
		}
	}
}

// isOrdinalDay: a day written with an ordinal ending (« 1er », "14th").
func isOrdinalDay(t *text.Token) bool {
	w := t.Norm
	n := 0
	for n < len(w) && n < 2 && isDigit(w[n]) {
		n++
	}
	return n > 0 && ordinalEndings[w[n:]]
}

// ordinalEndings end a day written as an ordinal.
var ordinalEndings = lexicon.Words(lexicon.Data, "ordinal_endings")

// findAddressInWords: a house number in words and a street (« il habite
// au douze rue des Lilas »), in a sentence about where someone lives or
// about a person's address (not the premises': « adresse du local »).
func (a *analysis) findAddressInWords() {
	toks := a.s.Toks
	home := false
	person := a.hasAny(cPerson, cKin, cRole, cCivility) // the stage runs before the anchors
	for i := 0; i+2 < len(toks); i++ {
		home = home || toks[i].Is(cDwelling) || person && toks[i].Is(cAddressNoun)
		if !home || !toks[i].Is(cSpelledNumber) {
			if a.numberedStreet(i) { // numbered_street.go
				a.addNumberedStreet(i)
				return
			}
			continue
		}
		for k := i + 1; k < min(len(toks), i+5); k++ {
			if streetWords[toks[k].Norm] {
				a.add(rulePostalAddress, i, min(len(toks), k+3))
				return
			}
			if !toks[k].Has(text.Cap) && !streetLinks[toks[k].Norm] {
				break // « douze rue des Lilas », « douze de la rue », "twelve Mill Road"
			}
		}
	}
}
