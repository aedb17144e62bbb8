package direct

// A number typed with letters for digits (« O7 l2 33 48 5l », « sécu
// 2 73 O4 31 555 O42 O4 ») still reaches the person: the scan reads the
// text again with those letters read as the digits they stand for, and
// keeps what it finds there only where a letter was read as a digit.

// lookalikeDigit maps the letters typed for digits to the digit: O and o
// for 0, l and I for 1, S for 5.
var lookalikeDigit = func() (t [256]byte) {
	t['O'], t['o'], t['l'], t['I'], t['S'] = '0', '0', '1', '1', '5'
	return t
}()

// maxLookalikeGroup is the longest digit group read with lookalike
// letters: identifiers are written in groups of two to four digits; a
// longer token is a word or a code.
const maxLookalikeGroup = 4

// lookalikeNumbers adds the findings of the numbers written with letters
// for digits.
func (s *scanner) lookalikeNumbers() {
	mapped, ok := withLookalikeDigits(s.text)
	if !ok {
		return
	}
	sub := getScanner(mapped)
	defer putScanner(sub)
	sub.scan()
	for _, chunk := range append(sub.full, sub.raw) {
		for _, f := range chunk {
			if mapped[f.start:f.end] != s.text[f.start:f.end] {
				s.add(f.rule, Verdict(f.verdict), f.start, f.end, sub.strs[f.reason])
			}
		}
	}
}

// withLookalikeDigits returns text with the lookalike letters of short
// digit groups read as digits (« O7 » → « 07 », « 5l » → « 51 »), and
// whether any was. A group is a run of ASCII letters and digits holding
// at least one digit and, besides, only lookalike letters.
func withLookalikeDigits(text string) (string, bool) {
	if !digitBesideLookalike(text) {
		return text, false // most texts: one table read a byte
	}
	var b []byte
	for i := 0; i < len(text); {
		if !isAlnum(text[i]) {
			i++
			continue
		}
		j, digits, letters := i, 0, 0
		for j < len(text) && isAlnum(text[j]) {
			switch {
			case isDigit(text[j]):
				digits++
			case lookalikeDigit[text[j]] != 0:
				letters++
			default:
				letters = -len(text) // a letter no digit looks like: a word
			}
			j++
		}
		if digits > 0 && letters > 0 && j-i <= maxLookalikeGroup && !glued(text, i, j) {
			if b == nil {
				b = []byte(text)
			}
			for k := i; k < j; k++ {
				if d := lookalikeDigit[text[k]]; d != 0 {
					b[k] = d
				}
			}
		}
		i = j
	}
	if b == nil {
		return text, false
	}
	return string(b), true
}

// glued reports a group stuck to a word by an apostrophe or a multi-byte
// letter (« l'O2 », « éO7 »): part of a word, not a digit group.
func glued(text string, i, j int) bool {
	return i > 0 && (text[i-1] == '\'' || text[i-1] >= 0x80) || j < len(text) && text[j] >= 0x80 && symbolRune(text[j:]) == 0
}

// digitKind sorts the bytes for digitBesideLookalike: 1 a digit, 2 a
// letter typed for one.
var digitKind = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = 1
	}
	for c := range 256 {
		if lookalikeDigit[c] != 0 {
			t[c] = 2
		}
	}
	return t
}()

// digitBesideLookalike reports a digit touching a letter typed for one
// (« O7 », « 5l »): the only texts withLookalikeDigits has to read.
func digitBesideLookalike(text string) bool {
	for k := 1; k < len(text); k++ {
		if digitKind[text[k-1]]|digitKind[text[k]] == 3 {
			return true
		}
	}
	return false
}
