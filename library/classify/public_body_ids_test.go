package classify

import "testing"

// A number a public body gives a person (its file, its claim, its
// member number) is personal data, in digits only or in the shape of
// the National Insurance number; an amount or a hotline of the same
// body is not.
func TestNumbersPublicBodiesGiveAPersonAreBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Numéro MSA de l'exploitant : 2245981736", Blocked, Personal, "public-id"},
		{"Her NHS number is 485 777 3456, in case of emergency", Blocked, Personal, "public-id"},
		{"Universal Credit claim no. 8812345670 for the Hendersons", Blocked, Personal, ""},
		{"National Insurance: JK 44 91 27 B", Blocked, Personal, "public-id"},
		{"Dossier URSSAF du salarié : 117 2234 9981", Blocked, Personal, "public-id"},
		{"La MSA a versé 2 450 000 € d'aides aux exploitants du canton", OK, 0, ""},
		{"The NHS employs about 1 500 000 people", OK, 0, ""},
	})
}

// The social numbers of North America and Ireland, in the shapes their
// holders write them: the US Social Security number (3-2-4 digits), the
// Canadian Social Insurance Number (3-3-3), Medicare's, a PPS number whose
// check letter a writer made up. A dashed date or a count is no file
// number.
func TestSocialNumbersOfNorthAmericaAndIreland(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"SSN 536-22-8741", Blocked, Personal, "public-id"},
		{"His social security number is 536 22 8741.", Blocked, Personal, "public-id"},
		{"Client SSN: 536228741, paid by check", Blocked, Personal, "public-id"},
		{"SIN: 046 454 286", Blocked, Personal, "public-id"},
		{"Her Social Insurance Number is 046-454-286.", Blocked, Personal, "public-id"},
		{"Medicare number 2123 45670 1", Blocked, Personal, "public-id"},
		{"PPS number 1234567TA", Blocked, Personal, "public-id"},
		{"Social Security will send 2024-11-30 letters", OK, 0, ""},
		{"Medicare covers about 65 000 000 people", OK, 0, ""},
		{"Our security team checked 1 250 000 tickets last season", OK, 0, ""},
	})
}
