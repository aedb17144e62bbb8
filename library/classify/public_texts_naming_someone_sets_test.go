package classify

import "testing"

// TestEvalPublicTextsNamingSomeone measures the two sets of testdata/pubnames12, written
// by hand on 1 December 2026 (late evening) for public text blocked
// because it names someone (characters, historical persons, quoted
// public voices, public figures at events) and for the look-alikes with
// real persons in the same frames. The sets were read while writing the
// rules they measure: they guard against regressions, not quality on
// unseen text.
func TestEvalPublicTextsNamingSomeone(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/pubnames12", "pubnames12 sets"))
	m.check(t, "pubnames12 sets", publicTextsNamingSomeoneFloor)
}

// publicTextsNamingSomeoneFloor is a little below the sets' figures (98.0 % of
// look-alikes blocked, 91.6 % of sensitive ones as category 4, 39.0 % of
// public values blocked and 43.9 % flagged at the start; 98.7, 92.4,
// 27.8 and 32.7 after the rules written from them). Those rules (a
// saying quoted from a name, a story opening at « Au chapitre 4, », a
// heritage walk « sur les pas de X ») were taken out the same night,
// when a read-only review of 411 sentences found 78 that they let pass
// (« Comme disait Sophie Leroy, on touche 540 euros par mois »,
// « Chapitre 3 : Jeanne Morel entre à l'Ehpad… »); the reader's name
// after « lu par » stays a name. Then 98.7, 92.4, 39.0 and 43.9; 99.3,
// 92.4, 40.5 and 45.4 since a verb of saying no longer makes a famous
// name public (famous_context.txt): « Marie Curie a déclaré qu'elle
// apportera les gâteaux » is anybody, and one public sentence that says
// what a famous person said, without quoting it, is blocked again.
var publicTextsNamingSomeoneFloor = bounds{riskyBlocked: 98, sensitiveCat4: 91, okBlocked: 41, okFlagged: 46, grayFlagged: 0}
