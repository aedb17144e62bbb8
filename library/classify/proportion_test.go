package classify

import "testing"

// A person counted out of a whole is a share of a population: the fact
// is a statistic's (a doubt at most, none when a public source is
// cited), not one person's. A singular person beside « sur » followed by
// a place, a unit of time or no number stays one person.
func TestProportionIsNoPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Selon Santé publique France, un adulte sur cinq a connu un épisode dépressif.", OK, Public, ""},
		{"According to the WHO, one in eight people lives with a mental disorder.", OK, Public, ""},
		{"One adult in five has a long-term illness, according to the ONS.", OK, Public, ""},
		{"Une adhérente sur deux est diabétique.", Doubt, Personal, "aggregate"},
		{"Une femme sur dix vit avec une endométriose, selon l'Inserm.", OK, Public, ""},
		{"In the UK, one woman in ten has endometriosis.", OK, Public, ""},
		{"Un bénévole sur place est diabétique.", Blocked, Sensitive, "health"},
		{"Une bénévole sur deux jours a fait un malaise.", Blocked, Sensitive, "health"},
		{"Un adulte sur la liste d'attente est séropositif.", Blocked, Sensitive, "health"},
		{"Un adulte, sur cinq ans de suivi, a rechuté dans l'alcool.", Blocked, Sensitive, "health"},
		{"One adult in our group has epilepsy.", Blocked, Sensitive, "health"},
	})
}

// The words of a share in another use keep their meaning: a year after
// "in" is a date, « le » before « sur » opens no share.
func TestProportionLookAlikes(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Eglantyne Jebb founded Save the Children in 1919.", OK, Public, ""},
		{"One volunteer in 2024 was diagnosed with cancer.", Blocked, Sensitive, "health"},
		{"Le bénévole sur deux roues, Marc, est épileptique.", Blocked, Sensitive, "health"},
	})
}

// A day counted out of a whole is a frequency, not a share of people.
func TestFrequencyIsNoShare(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Atelier couture un samedi sur deux, 14h-17h.", OK, Public, ""},
		{"Notre émission, un dimanche sur deux à 11h sur Radio Pays d'Hérault.", OK, Public, ""},
		{"Permanence one Saturday in two at the community centre.", OK, Public, ""},
		{"Réunion une semaine sur deux, le mardi soir.", OK, Public, ""},
	})
}

// A share written with digits (« 1 adulte sur 4 », "1 in 4 adults") or a
// percentage of the whole population (« 24 % de la population », "24% of
// the UK population") is a statistic; a percentage of our members, or
// of the population the association serves, stays a doubt.
func TestShareInDigitsAndPercentOfPopulation(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"En France, 1 adulte sur 5 souffrira d'une dépression.", OK, 0, ""},
		{"Un adulte sur 5 ; sa fille souffre d'une dépression.", Blocked, Sensitive, "health"}, // a possessive before a person is someone's
		{"In Scotland, 1 in 3 people will develop cancer in their lifetime.", OK, 0, ""},
		{"Environ 15 % de la population vit avec un handicap.", OK, 0, ""},
		{"About 2% of the population has type 1 diabetes.", OK, 0, ""},
		{"30 % de nos adhérents sont diabétiques.", Doubt, 0, ""},
		{"30 % de la population accueillie à l'épicerie est diabétique.", Blocked, 0, ""},
	})
}
