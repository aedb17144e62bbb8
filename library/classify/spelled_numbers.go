package classify

import (
	"fmt"
	"strconv"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A phone number dictated in words, group by group (« zéro six, douze,
// trente-quatre, cinquante-six, soixante-dix-huit »), is still a phone
// number: the byte scanner reads digits, this reads the words.

// numberValues maps a spelled number to its value (data/words/number_values.txt).
var numberValues = func() map[string]int {
	m := map[string]int{}
	for _, p := range lexicon.Pairs(lexicon.Data, "number_values") {
		n, err := strconv.Atoi(p[1])
		if err != nil {
			panic(fmt.Sprintf("classify: vocabulary number_values.txt: %q is no number", p[1]))
		}
		m[p[0]] = n
	}
	return m
}()

// spelledGroup reads the spelled number starting at token i, its words
// joined by hyphens or « et » (« soixante-dix-huit », « vingt et un »):
// it returns its end, its value and how many digits it is read as.
func (a *analysis) spelledGroup(i int) (end, value, digits int) {
	toks := a.s.Toks
	v, ok := numberValues[toks[i].Norm]
	if !ok {
		return i, 0, 0
	}
	value, end = v, i+1
	for end < len(toks) {
		k := end
		if toks[k].Norm == "et" && k+1 < len(toks) {
			k++
		} else if !text.Joined(toks, k, '-') {
			break
		}
		w, ok := numberValues[toks[k].Norm]
		if !ok {
			break
		}
		if w == 20 && value == 4 {
			value = 80 // quatre-vingt
		} else {
			value += w
		}
		end = k + 1
	}
	if end == i+1 && value < 10 {
		return end, value, 1
	}
	return end, value, 2
}

// findDictatedPhone: from a spelled zero, groups of spelled numbers or of
// digits, ten digits in all, one group at least of two spelled digits
// (the digits after a spelled zero are findSpelledPhone's).
func (a *analysis) findDictatedPhone() {
	toks := a.s.Toks
	for i := range toks {
		if !toks[i].Is(cSpelledNumber) {
			continue // the class is in the token already: no look-up on other words
		}
		if v, ok := numberValues[toks[i].Norm]; !ok || v != 0 {
			continue
		}
		digits, pairs, k := 0, 0, i
		for k < len(toks) && digits < 11 {
			if toks[k].Has(text.Digit) && len(toks[k].Norm) <= 2 {
				digits, k = digits+len(toks[k].Norm), k+1
				continue
			}
			end, v, n := a.spelledGroup(k)
			if n == 0 || v > 99 {
				break
			}
			if n == 2 {
				pairs++
			}
			digits, k = digits+n, end
		}
		if digits == 10 && pairs > 0 {
			a.addSpelledPhone(i, k)
			return
		}
	}
}
