package classify

import "testing"

// TestEvalPersonsPointedAtAndCredentials measures the two sets of testdata/risky13, written by
// hand on 2 December 2026 before reading the rules, for persons pointed
// at by a name, a surname alone, a role, a description, a handle, a
// nickname, an address told without a number or in a spreadsheet line,
// credentials told in a sentence, and their public look-alikes. The sets
// were read while writing the rules they measure: the floors guard
// against regressions, they say nothing of unseen text.
func TestEvalPersonsPointedAtAndCredentials(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/risky13", "risky13 sets"))
	m.check(t, "risky13 sets", personsPointedAtAndCredentialsFloor)
}

// personsPointedAtAndCredentialsFloor is a little below the sets' figures after the rules
// written from them (93.8 % of risky values blocked, 81.4 % of sensitive
// ones as category 4, 16.7 % of public values blocked, 34.2 % flagged
// before; 97.3, 95.3, 16.7 and 34.2 after). The public look-alikes
// blocked on arrival are so by older rules (a famous full name with
// news, a public place's address in English, a password advice with a
// sample value); the gray bound is unused (no gray value).
var personsPointedAtAndCredentialsFloor = bounds{riskyBlocked: 97, sensitiveCat4: 95, okBlocked: 17, okFlagged: 35, grayFlagged: 0}
