package classify

import (
	"strings"

	"tamis/library/classify/text"
)

// A person counted out of a whole is a share of a population, not one
// person (issue 7, section 4, public text blocked): « un adulte sur cinq
// a connu un épisode dépressif », « une femme sur trois », "one in five
// adults lives with a disability". The anchor there is marked a share:
// the special-category fact it holds is a statistic's (a doubt on the
// association's public, nothing once a public source is cited), and the
// ratio makes the sentence an aggregate. Other rules still see a person
// there, as before: the mark changes only whose the fact is.
// « un bénévole sur place », « une mère sur deux jours » are no share:
// the word after « sur » must be a number that no unit of time follows.

// proportionAt: the singular person that starts at the indefinite
// determiner i (« un », « une », "one") is counted out of a whole:
// « sur » + a number within the next three tokens (« un jeune adulte sur
// quatre »), "one in five adults", "one adult in five", "one … out of".
func (a *analysis) proportionAt(i int) bool {
	toks := a.s.Toks
	det := toks[i].Norm
	if det == "1" {
		det = "one" // « 1 adulte sur 4 », "1 in 4 adults"
		if i+1 < len(toks) && toks[i+1].Norm != "in" {
			det = "un"
		}
	}
	if det != "un" && det != "une" && det != "one" {
		return false
	}
	if i+2 < len(toks) && det == "one" && toks[i+1].Norm == "in" && countWord(toks[i+2]) {
		return true // "one in five adults"
	}
	for k := i + 1; k < min(len(toks)-1, i+4); k++ {
		if isClauseSep(toks[k].Sep) {
			return false
		}
		w := toks[k].Norm
		if w != "sur" && (det != "one" || w != "in" && w != "out") {
			continue
		}
		n := k + 1
		if w == "out" && n < len(toks) && toks[n].Norm == "of" {
			n++ // "one adult out of five"
		}
		return n < len(toks) && countWord(toks[n]) && !(n+1 < len(toks) && durationUnits[toks[n+1].Norm])
	}
	return false
}

// countWord: a number written in digits or in letters (« cinq », "ten"),
// not a year nor a rank.
func countWord(t text.Token) bool {
	if t.Has(text.Digit) {
		return !isYear(t.Norm)
	}
	return t.Is(cSpelledNumber) && t.Norm != "premier" && t.Norm != "premiere" && t.Norm != "first"
}

// shareAt: the determiner at i opens a person counted out of a whole
// (« une bénévole sur deux », « un adulte sur cinq »), not a day or a
// length of time (« un samedi sur deux », "one week in four").
func (a *analysis) shareAt(i int) bool {
	if i+1 >= len(a.s.Toks) || !a.proportionAt(i) {
		return false
	}
	counted := a.s.Toks[i+1].Norm
	if counted == "in" {
		counted = "" // "one in five": the noun comes after the number
	}
	return !dayWords[counted] && !durationUnits[counted]
}

// statisticOf: the special-category fact whose nearest anchor is an (if
// anchored) belongs to a share: the anchor is one, or there is no anchor
// (or only a possessive, which refers to it) and a share stands in the
// sentence (« un adulte sur cinq »: « adulte » anchors nothing by
// itself).
func (a *analysis) statisticOf(an anchor, anchored bool) bool {
	if anchored && !a.possessiveOfAThing(an.k) {
		return an.share // general_question.go subjectPossessives: « … au cours de sa vie » is the share's
	}
	for i := range a.s.Toks {
		if a.shareAt(i) || a.percentOfWhole(i) {
			return true
		}
	}
	return false
}

// percentOfWhole: token i is a percentage of a whole (« 24 % de la
// population », "24% of adults", « 12 pour cent des retraités »): a
// statistic, no one's fact.
func (a *analysis) percentOfWhole(i int) bool {
	toks := a.s.Toks
	if !toks[i].Has(text.Digit) || i+1 >= len(toks) {
		return false
	}
	k := i + 1
	switch {
	case strings.Contains(a.text[toks[i].To():toks[k].From()], "%"):
	case toks[k].Norm == "percent":
		k++
	case toks[k].Norm == "pour" && k+1 < len(toks) && toks[k+1].Norm == "cent", toks[k].Norm == "per" && k+1 < len(toks) && toks[k+1].Norm == "cent":
		k += 2
	default:
		return false
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].Norm {
	case "de", "des", "du", "d", "of":
		return true
	}
	return false
}

// possessiveOfAThing: token k is a possessive before no person (« sa
// vie », not « sa fille »).
func (a *analysis) possessiveOfAThing(k int) bool {
	toks := a.s.Toks
	return subjectPossessives[toks[k].Norm] && (k+1 >= len(toks) || !toks[k+1].IsAny(cPerson, cKin))
}
