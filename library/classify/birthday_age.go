package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A birthday's day and month with the age the person turns (« son
// anniversaire tombe le 14 juillet, et elle aura 70 ans cette année »,
// "she turns 60 on 12 May") give the date of birth whole: the year is
// this year less the age (issue 7, section 4: indirect identification).
// An association's or a garden's anniversary (« les 10 ans du jardin, le
// 12 juin ») has no person: it passes.

// birthdayCues say a birthday or an age reached
// (data/words/birthday_cues.txt).
var birthdayCues = lexicon.Words(lexicon.Data, "birthday_cues")

// findBirthdayAge reports a day and month with an age reached, about one
// person of the sentence.
func (a *analysis) findBirthdayAge() {
	if a.lacksShape(text.Digit) {
		return // the day and the age are both numbers (guards.go)
	}
	toks := a.s.Toks
	if !a.personAnchored() || !a.has(cBirthdayCue) {
		return
	}
	day, age := -1, -1
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Has(text.Digit) && len(toks[i].Norm) <= 2 && toks[i+1].Is(cDayWords) {
			day = i
		}
		if toks[i].Has(text.Digit) && isAgeUnit(toks[i+1].Norm) && !spanOfSomething(toks, i+2) || turnsAge(toks, i) {
			age = i
		}
	}
	if day >= 0 && age >= 0 {
		a.add(ruleBirthdate, min(day, age), max(day, age)+2)
	}
}

// personAnchored: the sentence points at one person by a pronoun or a
// singular person noun (a name is reported by the name rules already).
func (a *analysis) personAnchored() bool {
	for _, an := range a.anchors {
		if an.kind == anchorPronoun || an.kind == anchorPerson {
			return true
		}
	}
	return false
}

// turnsAge: "turns 60", "turning 60": token i is the verb, a number
// follows.
func turnsAge(toks []text.Token, i int) bool {
	return (toks[i].Norm == "turns" || toks[i].Norm == "turning") && toks[i+1].Has(text.Digit)
}

// spanOfSomething: « de », « d' » or "of" at token k makes the years
// before it a span of something (« 20 ans de bénévolat », "10 years of
// service"), not an age.
func spanOfSomething(toks []text.Token, k int) bool {
	return k < len(toks) && (toks[k].Norm == "de" || toks[k].Norm == "d" || toks[k].Norm == "of")
}
