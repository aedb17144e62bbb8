package direct

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"tamis/i18n"
	"tamis/library/classify/lexicon"
)

// Dates: an event date is public, a date of birth is personal. A date
// with a birth word before it ("né le", "date de naissance", "DOB") is
// blocked; an old full date right after a name ("Noah Perrin, 30/06/2011")
// is a doubt. Other dates are consumed silently, so that "12.03.2025" is
// never read as a phone number.

// birthMarkers announce a date of birth anywhere in the window before it.
var birthMarkers = newMarkers(
	"naissance", "naiss", "ddn", "dob", "d.o.b", "date of birth", "born", "birth", "birthday",
	"nee", "ne(e)", "ne-e", "ne a", "nee a", "ne en", "anniversaire", "age de", "agee de", "dn", "d.n",
	"date naiss", "anniv", "anniversary", "fete ses", "fetera ses", "feter ses", "fete son", "fetera son",
	"celebrates his", "celebrates her",
)

// birthAfter, right after a date, say it is a date of birth
// ("12/03/1987 (date de naissance)").
var birthAfter = newMarkers("naissance", "ddn", "dob", "date of birth", "birthday", "birth date")

// monthNames maps French and English month names (folded) to their number.
var monthNames = map[string]int{
	"janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4,
	"mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9,
	"octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	// English abbreviations, as « janv », « févr » above ("2 Feb 1990")
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
}

// date reads a date at the digit i and returns where scanning resumes.
func (s *scanner) date(i int) (int, bool) {
	end, year, ok := parseDate(s.text, i)
	if !ok {
		var start int
		if start, end, year, ok = monthFirstDate(s.text, i); !ok {
			return s.birthYear(i)
		}
		i = start
	}
	w := s.before(i, 50)
	switch {
	case hasWord(w, orgAnniversary):
		// "l'anniversaire de l'association le 12 mars 2025": an event
	case historicYear(year, s.thisYear()):
		// « Victor Schœlcher, né le 22 juillet 1804 », « L'association, née le 3 mars 1901 »: history
	case hasWord(w, birthMarkers) || bornLe(w) || hasAgeAfter(s.after(end, 16)) || hasWord(s.after(end, 30), birthAfter) ||
		hasWord(s.colonLabel(i), birthMarkers) || year >= 1900 && year <= s.thisYear()-10 && isFrom(w):
		s.add(ruleBirthdate, Blocked, i, end, i18n.T("date de naissance", "date of birth"))
	case year >= 1900 && year <= s.thisYear()-3 && s.nameBefore(i):
		s.add(ruleBirthdate, Doubt, i, end,
			i18n.T("date ancienne à côté d'un nom : une date de naissance ?", "old date next to a name: a date of birth?"))
	}
	return end, true
}

// oldestLivingAge is above the age of the oldest person alive (116 in
// 2026): a date of birth further back is no living person's, and data
// about the dead is no personal data (RGPD, considérant 27).
const oldestLivingAge = 117

// historicYear: a year of birth no living person has.
func historicYear(year, now int) bool {
	return year >= 1000 && year < now-oldestLivingAge
}

// birthYear finds "né en 2015", "born in 1987": a year of birth alone is a
// doubt (with a first name or a town it identifies a child).
func (s *scanner) birthYear(i int) (int, bool) {
	y, e := readNum(s.text, i, 4)
	if e-i != 4 || y < 1900 || y > s.thisYear() || historicYear(y, s.thisYear()) || !wordEndsAt(s.text, e) {
		return 0, false
	}
	w := strings.TrimRight(s.before(i, 20), " ")
	for _, m := range []string{"ne en", "nee en", "ne(e) en", "born in", "annee de naissance", "naissance :", "naissance",
		"il est de", "elle est de"} { // « il est de 1952 »: the year he was born
		if endsWithWords(w, m) { // not « bagne en 1905 »
			if hasWord(s.before(i, 60), birthdayWords) {
				s.add(ruleBirthdate, Blocked, i, e, i18n.T("année de naissance", "year of birth"))
				return e, true
			}
			s.add(ruleBirthdate, Doubt, i, e, i18n.T("année de naissance", "year of birth"))
			return e, true
		}
	}
	return 0, false
}

// birthdayWords: a birthday next to a year of birth makes it a person's
// ("Marie fête ses 50 ans, née en 1974").
var birthdayWords = newMarkers("anniv", "anniversaire", "birthday", "fete ses", "fetera ses", "feter ses")

// orgAnniversary: the anniversary of a body, not of a person.
var orgAnniversary = newMarkers("anniversaire de l'association", "anniversaire de l'asso", "anniversaire du club",
	"anniversaire de notre", "anniversaire de la structure", "anniversaire du centre", "anniversaire de la maison",
	"anniversaire de la creation", "anniversaire du festival", "anniversary of the association", "our anniversary")

// bornLe reports "né le" or "née le" right before the date (the words
// "ne le" alone are also a negation, so only directly before).
func bornLe(w string) bool {
	w = strings.TrimRight(w, " :")
	return endsWithWords(w, "ne le") || endsWithWords(w, "nee le") || endsWithWords(w, "ne(e) le")
}

// isFrom reports « elle est du », « il est de » right before an old date
// (« elle est du 3 juin 1948 »): the day a person was born.
func isFrom(w string) bool {
	w = strings.TrimRight(w, " :")
	for _, m := range []string{"il est du", "elle est du", "il est de", "elle est de", "il est d", "elle est d"} {
		if endsWithWords(w, m) {
			return true
		}
	}
	return false
}

// endsWithWords: w ends with m, and m starts a word there (« né le »,
// not « guillotinée le », « donné le »).
func endsWithWords(w, m string) bool {
	return strings.HasSuffix(w, m) && (len(w) == len(m) || !isWordByte(w[len(w)-len(m)-1]))
}

// hasAgeAfter reports "(38 ans)" or ", 38 ans" after a date.
func hasAgeAfter(a string) bool {
	a = strings.TrimLeft(a, " ,(-")
	k := 0
	for k < len(a) && k < 3 && isDigit(a[k]) {
		k++
	}
	return k > 0 && strings.HasPrefix(a[k:], " ans")
}

// parseDate reads "12/03/1987", "12.03.1987", "12-03-87", "1987-03-12" or
// "12 mars 1987" at i. year is 0 when it has two digits.
func parseDate(t string, i int) (end, year int, ok bool) {
	d1, j := readNum(t, i, 4)
	if j == i {
		return 0, 0, false
	}
	if j-i == 4 && j < len(t) && t[j] == '-' { // ISO
		m, k := readNum(t, j+1, 2)
		if k-j-1 == 2 && k < len(t) && t[k] == '-' {
			d, e := readNum(t, k+1, 2)
			if e-k-1 == 2 && validDay(d, m) && dateEnd(t, e) {
				return e, d1, true
			}
		}
		return 0, 0, false
	}
	if j-i > 2 || j >= len(t) {
		return 0, 0, false
	}
	if sep := t[j]; sep == '/' || sep == '.' || sep == '-' {
		m, k := readNum(t, j+1, 2)
		if k == j+1 || k >= len(t) || t[k] != sep {
			return 0, 0, false
		}
		y, e := readNum(t, k+1, 4)
		n := e - k - 1
		if (n == 4 || n == 2) && (validDay(d1, m) || usDate(sep, d1, m)) && dateEnd(t, e) {
			if n == 2 {
				y = 0
			}
			return e, y, true
		}
		return 0, 0, false
	}
	return wordDate(t, j, d1)
}

// usDate: an American date, month first ("03/14/1987"), read only where
// it cannot be a French one: slashes, and a second number that is no
// month.
func usDate(sep byte, month, day int) bool {
	return sep == '/' && day > 12 && validDay(day, month)
}

// wordDate reads "12 mars 1987" or "1er mars 1987" (the day ends at j).
func wordDate(t string, j, day int) (end, year int, ok bool) {
	if strings.HasPrefix(t[j:], "er") {
		j += 2
	}
	if j >= len(t) || t[j] != ' ' {
		return 0, 0, false
	}
	k := j + 1
	for k < len(t) && k-j < 12 && isWordByte(t[k]) {
		k++
	}
	var key [48]byte
	m := monthNames[string(foldKey(&key, t[j+1:k]))]
	if k < len(t) && t[k] == '.' {
		k++
	}
	if m == 0 || k >= len(t) || t[k] != ' ' {
		return 0, 0, false
	}
	y, e := readNum(t, k+1, 4)
	if e-k-1 != 4 || !validDay(day, m) || !dateEnd(t, e) {
		return 0, 0, false
	}
	return e, y, true
}

// monthFirstDate reads the English "March 12, 1987" whose day is at i; it
// returns the span from the month name.
func monthFirstDate(t string, i int) (start, end, year int, ok bool) {
	if i < 4 || t[i-1] != ' ' {
		return 0, 0, 0, false
	}
	b := i - 1
	for b > 0 && i-b < 12 && isLetter(t[b-1]) {
		b--
	}
	if !isUpper(t[b]) {
		return 0, 0, 0, false // asked below too: an English month is capitalised, and most numbers follow no word that is
	}
	var key [48]byte
	m := monthNames[string(foldKey(&key, t[b:i-1]))]
	day, j := readNum(t, i, 2)
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(t[j:], suf) {
			j += 2
			break
		}
	}
	if j < len(t) && t[j] == ',' {
		j++
	}
	if m == 0 || j >= len(t) || t[j] != ' ' || !isUpper(t[b]) {
		return 0, 0, 0, false
	}
	y, e := readNum(t, j+1, 4)
	if e-j-1 != 4 || !validDay(day, m) || !dateEnd(t, e) {
		return 0, 0, 0, false
	}
	return b, e, y, true
}

// readNum reads at most max digits at i.
func readNum(t string, i, max int) (int, int) {
	v, j := 0, i
	for j < len(t) && j-i < max && isDigit(t[j]) {
		v = v*10 + int(t[j]-'0')
		j++
	}
	return v, j
}

func validDay(d, m int) bool { return d >= 1 && d <= 31 && m >= 1 && m <= 12 }

// dateEnd reports that no digit (nor a separator and a digit) follows: the
// numbers were not the start of a phone number or a version.
func dateEnd(t string, e int) bool {
	if e >= len(t) {
		return true
	}
	if isAlnum(t[e]) {
		return false
	}
	return !((t[e] == '.' || t[e] == '/' || t[e] == '-') && e+1 < len(t) && isDigit(t[e+1]))
}

// dateStopWords are capitalised words that come before event dates.
var dateStopWords = map[string]bool{
	"le": true, "la": true, "les": true, "du": true, "au": true, "depuis": true, "avant": true,
	"apres": true, "des": true, "en": true, "et": true, "date": true, "on": true, "since": true,
	"from": true, "to": true, "until": true, "the": true, "jusqu'au": true, "lundi": true, "mardi": true,
	"mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true, "monday": true,
	"tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"ag": true, "reunion": true, "seance": true, "cree": true, "creee": true, "fondee": true, "fonde": true,
	"publie": true, "mis": true, "signe": true, "modifie": true, "statuts": true, "jo": true, "joafe": true,
	"version": true, "mise": true, "edition": true, "rapport": true, "bilan": true, "compte": true,
}

// nameBefore reports whether two capitalised words that are not common
// event words stand right before i, as a first name and a surname do
// ("Noah Perrin, 30/06/2011", "PERRIN Noah (30/06/2011)").
func (s *scanner) nameBefore(i int) bool {
	t := s.text
	j := i
	for j > 0 && i-j < 4 && strings.IndexByte(" ,(:-", t[j-1]) >= 0 {
		j--
	}
	if j == i {
		return false
	}
	b, ok := capitalWordBefore(t, j)
	if !ok || b < 2 || t[b-1] != ' ' {
		return false
	}
	a, ok := capitalWordBefore(t, b-1)
	return ok && !organisationPair(t[a:b-1], t[b:j])
}

// organisationPair: of two capitalised words, the last is a common word
// that is no one's name and the first is no name either: an
// organisation or a place (« Emmaüs Solidarité », "St John's Hospice"),
// not a person (« Marcel Paul », « Lucie Fontaine »).
func organisationPair(first, last string) bool {
	var k1, k2 [48]byte
	f, l := bytesView(foldKey(&k1, first)), bytesView(foldKey(&k2, last)) // read here only, on the stack
	return (lexicon.IsFrenchWord(l) || lexicon.IsEnglishWord(l)) && !lexicon.IsPersonName(l) && !lexicon.IsPersonName(f)
}

// capitalWordBefore reads the word ending at j; ok when it starts with a
// capital and is not an event word, a month or a day.
func capitalWordBefore(t string, j int) (int, bool) {
	b := j
	for b > 0 && j-b < 30 && (isWordByte(t[b-1]) || t[b-1] == '-' || t[b-1] == '\'') {
		b--
	}
	for b < j && !utf8.RuneStart(t[b]) {
		b++
	}
	w := t[b:j]
	r, _ := utf8.DecodeRuneInString(w)
	var key [48]byte
	f := foldKey(&key, w)
	return b, len(w) >= 2 && unicode.IsUpper(r) && !dateStopWords[string(f)] && !eventWords[string(f)] &&
		monthNames[string(f)] == 0
}

// eventWords are capitalised words of event and place names, which come
// before dates as names do ("Assemblée Générale (15/06/2018)").
var eventWords = map[string]bool{
	"assemblee": true, "generale": true, "fete": true, "journee": true, "salon": true, "forum": true,
	"festival": true, "concert": true, "conseil": true, "bureau": true, "comite": true, "session": true,
	"rencontre": true, "rencontres": true, "marche": true, "noel": true, "paques": true, "toussaint": true,
	"nationale": true, "national": true, "mondiale": true, "internationale": true, "europeenne": true,
	"semaine": true, "mois": true, "nuit": true, "foire": true, "brocante": true, "loto": true, "gala": true,
	"tournoi": true, "championnat": true, "coupe": true, "course": true, "trail": true, "marathon": true,
	"stage": true, "atelier": true, "formation": true, "conference": true, "expo": true, "exposition": true,
	"soiree": true, "repas": true, "sortie": true, "visite": true, "voyage": true, "sejour": true,
	"camp": true, "mairie": true, "ville": true, "association": true, "asso": true, "ag": true, "age": true,
	"ca": true, "cr": true, "pv": true, "compte-rendu": true, "proces-verbal": true, "annuelle": true,
	"ordinaire": true, "extraordinaire": true, "solidaire": true, "populaire": true, "anniversaire": true,
	"inauguration": true, "ouverture": true, "fermeture": true, "bilan": true, "rapport": true,
	"france": true, "paris": true, "lyon": true, "marseille": true, "fondation": true, "telethon": true,
}

// thisYear returns the current year, read from the clock the first time a
// date asks for it: most values hold no date, and reading the clock and
// computing the calendar for each of them is a fixed cost of every call.
func (s *scanner) thisYear() int {
	if s.year == 0 {
		s.year = time.Now().Year()
	}
	return s.year
}
