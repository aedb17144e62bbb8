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
