package classify

import (
	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Direct identifiers in shapes the byte scanner does not read (issue 7,
// section 4): a phone number typed digit by digit, a date of birth or a
// house number in words, a British plate after « reg », a member's or a
// file's number. Each points at one person: personal, blocked.

var (
	birthWords    = lexicon.Words(lexicon.Data, "birth_words")
	dwellingWords = lexicon.Words(lexicon.Data, "dwelling_words")
	plateWords    = lexicon.Words(lexicon.Data, "plate_words")
	fileWords     = lexicon.Words(lexicon.Data, "file_number_words")
	numberLabels  = lexicon.Words(lexicon.Data, "number_labels")
	monthWords    = lexicon.Words(lexicon.Data, "day_month_words")
	streetLinks   = lexicon.Words(lexicon.Data, "street_links")
	phoneFillers  = lexicon.Words(lexicon.Data, "phone_fillers")
)

// findNumberShapes reads the shapes that hold digits.
func (a *analysis) findNumberShapes() {
	a.findSpacedPhone()
	a.findForeignPlate()
	a.findFileNumber()
}

// findWordShapes reads the shapes written in words.
func (a *analysis) findWordShapes() {
	a.findSpelledBirthdate()
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

// findForeignPlate: after a registration word, a British plate (« AB12
// CDE »): two letters and two digits, then three letters.
func (a *analysis) findForeignPlate() {
	toks := a.s.Toks
	seen := false
	for i := 0; i+1 < len(toks); i++ {
		seen = seen || toks[i].Is(cPlateWords)
		if seen && ukPlateHead(toks[i].Norm) && len(toks[i+1].Norm) == 3 && toks[i+1].Has(text.Letter) && toks[i+1].Sep == 0 {
			a.add(ruleLicencePlate, i, i+2)
			return
		}
	}
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
	toks := a.s.Toks
	for i := range toks {
		if !toks[i].Is(cFileWords) {
			continue
		}
		for k := i + 1; k < min(len(toks), i+5); k++ {
			t := toks[k]
			if !t.Has(text.Digit) {
				continue
			}
			labelled := k == i+1 || t.Sep == ':' || numberLabels[toks[k-1].Norm] || t.Sep == '#'
			alone := k+1 == len(toks) || !toks[k+1].Has(text.Digit) // a longer number is the byte scanner's
			if labelled && alone && len(t.Norm) >= 3 && !isYear(t.Norm) && !a.currencyAfter(k) {
				a.addAs(rulePublicID, Blocked, i, k+1, i18n.T("numéro de membre, de dossier ou matricule d’une personne",
					"a person's member, file or staff number"))
				return
			}
			break
		}
	}
}

// findSpelledBirthdate: a birth word, then within four words a day and a
// month (« née le quinze août », "born on the second of May").
func (a *analysis) findSpelledBirthdate() {
	toks := a.s.Toks
	for i := range toks {
		if !toks[i].Is(cBirthWords) {
			continue
		}
		for k := i + 1; k+1 < min(len(toks), i+6); k++ {
			if !toks[k].Is(cSpelledNumber) {
				continue
			}
			for m := k + 1; m < min(len(toks), k+4); m++ {
				if monthWords[toks[m].Norm] {
					a.add(ruleBirthdate, i, m+1)
					return
				}
			}
		}
	}
}

// findAddressInWords: a house number in words and a street (« il habite
// au douze rue des Lilas »), in a sentence about where someone lives.
func (a *analysis) findAddressInWords() {
	toks := a.s.Toks
	home := false
	for i := 0; i+2 < len(toks); i++ {
		home = home || toks[i].Is(cDwellingWords)
		if !home || !toks[i].Is(cSpelledNumber) {
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
