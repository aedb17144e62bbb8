package classify

import "testing"

// A birthday's day and month with the age reached give one person's date
// of birth (birthday_age.go); an association's anniversary, an age range
// of a public and years of service pass or stay a doubt.
func TestBirthdayWithTheAgeReachedIsADateOfBirth(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Elle soufflera ses 75 bougies, enfin ses 75 ans, le 2 avril", Blocked, Personal, "birthdate"},
		{"Son anniversaire, c'est le 30 novembre : il aura 9 ans", Blocked, Personal, "birthdate"},
		{"She turns 60 on 12 May, cake at the club after the walk", Blocked, Personal, "birthdate"},
		{"Anniversaire de l'association le 14 juillet : 70 ans déjà !", OK, 0, ""},
		{"La fête des 10 ans du jardin partagé aura lieu le 12 juin", OK, 0, ""},
		{"Atelier pour les enfants de 6 à 10 ans le 3 mars, il reste des places", OK, 0, ""},
	})
}
