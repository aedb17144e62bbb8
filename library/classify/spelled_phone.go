package classify

import "tamis/library/classify/direct"

// A phone number whose first digits are spelled out (« zéro six 42 18 07
// 33 », "oh seven seven 00 900 123"), to slip past a scanner of digits,
// is still a phone number.

// digitWords are the spelled digits, with their value.
var digitWords = map[string]byte{
	"zero": '0', "un": '1', "deux": '2', "trois": '3', "quatre": '4', "cinq": '5', "six": '6', "sept": '7', "huit": '8', "neuf": '9',
	"oh": '0', "one": '1', "two": '2', "three": '3', "four": '4', "five": '5', "seven": '7', "eight": '8', "nine": '9',
}

// findSpelledPhone: spelled digits starting with zero, then groups of
// digits, ten digits in all (French) or eleven (British).
func (a *analysis) findSpelledPhone() {
	toks := a.s.Toks
	for i := 0; i+2 < len(toks); i++ {
		if !toks[i].Is(cSpelledZero) {
			continue
		}
		j, n := i, 0
		for j < len(toks) && n < 12 {
			if toks[j].Is(cSpelledDigit) {
				n++
			} else if isDigits(toks[j].Norm) && len(toks[j].Norm) <= 4 {
				n += len(toks[j].Norm)
			} else {
				break
			}
			j++
		}
		if (n == 10 || n == 11) && j-i >= 3 && isDigits(toks[j-1].Norm) {
			a.addSpelledPhone(i, j)
			return
		}
	}
}

// addSpelledPhone adds the spelled phone at [i, j): blocked, or a doubt
// when the words before it give it as the association's or a service's
// (direct.OrgPhoneContext): spelling a number out is also a way to hide
// one, so it is never let pass unseen.
func (a *analysis) addSpelledPhone(i, j int) {
	if direct.OrgPhoneContext(a.text[a.s.Toks[0].Start:a.s.Toks[i].Start]) {
		a.addAs(rulePhone, Doubt, i, j, direct.OrgPhoneDoubt())
		return
	}
	a.add(rulePhone, i, j)
}
