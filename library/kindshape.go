package library

import (
	"regexp"
	"strconv"
	"strings"

	"tamis/i18n"
)

// The shapes of dates, times, numbers, durations and public places, as a
// volunteer writes them in French. Each check reads the value as words
// (folded: lower case, no accents) and accepts it only when every word
// belongs to the kind's small vocabulary and one of them anchors it (a
// month, a weekday, a number with its unit…): any other word, a name
// above all, makes the value misfit.

// words folds s and splits it on spaces, commas and semicolons; dashes
// between digits ("14h-16h", "12-14 mars") are words of their own.
func words(s string) []string {
	s = dashRe.ReplaceAllString(Normalize(s), "$1 - $2")
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == ';' || isSpace(r)
	})
}

// dashRe finds a dash (or an en dash) glued between two digits or an h.
var dashRe = regexp.MustCompile(`([0-9h])[-–]([0-9])`)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

var (
	weekdays = set("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
	months   = set("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
		"octobre", "novembre", "decembre", "janv.", "fevr.", "fev.", "avr.", "juil.", "sept.", "oct.",
		"nov.", "dec.", "janv", "fevr", "fev", "avr", "juil", "sept", "oct", "nov", "dec")
	dateLinks = set("le", "les", "tous", "du", "au", "et", "-", "–", "a", "1er", "premier", "ou")

	numericDateRe = regexp.MustCompile(`^([0-9]{1,2})[/.-]([0-9]{1,2})(?:[/.-]([0-9]{2}|[0-9]{4}))?$`)
	isoDateRe     = regexp.MustCompile(`^([0-9]{4})-([0-9]{2})-([0-9]{2})$`)
)

// isDate accepts « 12/03/2026 », « 2026-03-12 », « samedi 14 juin »,
// « le 1er mars 2026 », « mars 2026 », « du 12 au 14 mars ».
func isDate(value string) bool {
	anchored := false
	for _, w := range words(value) {
		switch n, err := strconv.Atoi(w); {
		case weekdays[w] || weekdays[strings.TrimSuffix(w, "s")] || months[w]:
			anchored = true
		case err == nil && len(w) <= 2 && n >= 1 && n <= 31:
		case err == nil && len(w) == 4 && n >= 1900 && n <= 2100:
			anchored = true
		case numericDate(w):
			anchored = true
		case !dateLinks[w]:
			return false
		}
	}
	return anchored
}

// numericDate accepts d/m, d/m/yy, d/m/yyyy (with / . or -) and ISO dates.
func numericDate(w string) bool {
	if m := isoDateRe.FindStringSubmatch(w); m != nil {
		return dayMonth(m[3], m[2])
	}
	m := numericDateRe.FindStringSubmatch(w)
	return m != nil && dayMonth(m[1], m[2])
}

func dayMonth(d, m string) bool {
	day, _ := strconv.Atoi(d)
	month, _ := strconv.Atoi(m)
	return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

var (
	timeRe    = regexp.MustCompile(`^([0-9]{1,2})(?:h([0-9]{2})?|:([0-9]{2}))$`)
	timeLinks = set("de", "a", "-", "–", "et", "vers", "entre", "jusqu'a", "environ", "du", "matin", "soir",
		"apres-midi", "le", "la")
	hourWords = set("h", "heure", "heures")
)

// isTime accepts « 14h », « 14h30 », « 14:30 », « 14 h 30 », « midi »,
// « de 14h à 16h », « 9h-12h ».
func isTime(value string) bool {
	ws := words(value)
	anchored := false
	for i, w := range ws {
		n, err := strconv.Atoi(w)
		switch {
		case w == "midi" || w == "minuit":
			anchored = true
		case timeRe.MatchString(w):
			m := timeRe.FindStringSubmatch(w)
			if !clock(m[1], m[2]+m[3]) {
				return false
			}
			anchored = true
		case err == nil && n <= 24 && i+1 < len(ws) && hourWords[ws[i+1]]:
			anchored = true
		case err == nil && n <= 59 && i > 0 && hourWords[ws[i-1]]: // the 30 of « 14 h 30 »
		case hourWords[w] && i > 0:
		case !timeLinks[w]:
			return false
		}
	}
	return anchored
}

func clock(h, m string) bool {
	hour, _ := strconv.Atoi(h)
	minute, _ := strconv.Atoi(m) // "" reads as 0
	return hour <= 24 && minute <= 59
}

// numberRe is a number with an optional approximation before it and one
// lower-case unit word after it: a capital there is how a name shows.
var numberRe = regexp.MustCompile(`^(?:environ |env\. |~ ?|≈ ?)?[-+−]?(?:[0-9]{1,3}(?: [0-9]{3})+|[0-9]{1,15})(?:[.,][0-9]{1,6})?(?: ?(?:%|€|[\p{Ll}]{1,20}\.?))?$`)

// isNumber accepts « 150 », « 1 500 », « 12,5 », « 30 % », « 30 personnes ».
func isNumber(value string) bool {
	return numberRe.MatchString(strings.Join(strings.Fields(value), " "))
}

var (
	durationUnits = set("min", "min.", "mn", "minute", "minutes", "h", "heure", "heures", "j", "jour", "jours",
		"journee", "journees", "demi-journee", "demi-journees", "soiree", "soirees", "nuit", "nuits",
		"semaine", "semaines", "mois", "an", "ans", "annee", "annees", "trimestre", "trimestres",
		"semestre", "semestres", "week-end", "week-ends", "seance", "seances")
	durationNumbers = set("un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
		"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante",
		"quarante-cinq", "cinquante", "soixante", "quatre-vingt-dix", "cent", "demi", "demie", "quart",
		"quarts", "quelques", "plusieurs")
	durationLinks = set("et", "par", "environ", "a", "-", "–", "de", "pendant", "d'une", "d'un", "ou")
	compactDurRe  = regexp.MustCompile(`^[0-9]+(?:[.,][0-9]+)?(?:h|min|mn|j)(?:[0-9]{1,2})?$`)
	decimalRe     = regexp.MustCompile(`^[0-9]+(?:[.,][0-9]+)?$`)
)

// isDuration accepts « 2 heures », « 1h30 », « 90 min », « trois jours »,
// « une demi-journée », « deux heures par semaine ».
func isDuration(value string) bool {
	anchored := false
	for _, w := range words(value) {
		switch {
		case durationUnits[w] || compactDurRe.MatchString(w):
			anchored = true
		case durationNumbers[w] || decimalRe.MatchString(w) || durationLinks[w]:
		default:
			return false
		}
	}
	return anchored
}

var (
	// civilities point at a person: a public place is nobody's.
	civilities = set("m", "m.", "mme", "mme.", "mlle", "mlle.", "monsieur", "madame", "mademoiselle",
		"dr", "dr.", "docteur", "me", "maitre")
	homeWords  = set("domicile", "digicode", "interphone", "appartement", "appt", "appt.", "apt")
	chezPerson = set("moi", "toi", "lui", "elle", "eux", "elles", "nous", "vous", "m", "m.", "mme", "mme.",
		"monsieur", "madame", "mlle", "sa", "son", "ses", "leur", "leurs", "ma", "mon", "mes")
	longDigitsRe = regexp.MustCompile(`[0-9](?:[ .\-]?[0-9]){7,}`)
)

// placeMisfit accepts a public place (« salle des fêtes de Villeurbanne »,
// « 12 rue de la Paix, 75002 Paris ») and refuses what points at a person
// or a home: a civility, « chez elle », « domicile », an e-mail, a phone.
func placeMisfit(value string) string {
	why := i18n.T("un lieu public est attendu (salle, locaux de l'association, adresse d'un lieu ouvert au public), sans nom de personne, ni domicile, ni téléphone, ni e-mail",
		"a public place is expected (a hall, the association's premises, the address of a place open to the public), with no person's name, home, phone or e-mail")
	switch {
	case len([]rune(value)) > maxShortText:
		return why
	case strings.Contains(value, "@") || longDigitsRe.MatchString(value):
		return why
	}
	ws := words(value)
	for i, w := range ws {
		if civilities[w] || homeWords[w] || (w == "chez" && i+1 < len(ws) && chezPerson[ws[i+1]]) {
			return why
		}
	}
	return ""
}
