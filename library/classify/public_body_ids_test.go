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
		{"À l'hôpital Nord, son IPP est le 700312458", Blocked, Personal, "public-id"}, // a hospital's patient number
		{"numéro patient 4401287733, service de cardiologie", Blocked, Personal, "public-id"},
		{"Le CHU a accueilli 1 250 000 patients en 2025", OK, 0, ""},
	})
}

// The social numbers of North America and Ireland, after their short
// names: the US Social Security number (3-2-4 digits), the Canadian Social
// Insurance Number (3-3-3), both read by the byte scanner, a PPS number whose
// check letter a writer made up. A longer dashed number, a date or a count
// is no file number, and ordinary words (security, Medicare) name no file.
func TestSocialNumbersOfNorthAmericaAndIreland(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"SSN 536-22-8741", Blocked, Personal, "id-document"},
		{"His social security number is 536 22 8741.", Blocked, Personal, "id-document"},
		{"Client SSN: 536228741, paid by check", Blocked, Personal, "id-document"},
		{"Her Social Insurance Number is 146-454-286.", Blocked, Personal, "id-document"},
		{"PPSN 1234567TA", Blocked, Personal, "public-id"},
		{"Insurance claim 2024-123-456-789 was closed", OK, 0, ""},
		{"Security patch KB5034441 is installed on all club computers.", OK, 0, ""},
		{"Medicare and Medicaid covered 150000000 Americans in 2022.", OK, 0, ""},
		{"PPS : la salle est réservée sous la référence 20241130.", OK, 0, ""},
	})
}
