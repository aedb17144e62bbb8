package classify

import "testing"

// A statistic whose scope is a country or the world, or that a public
// body gives, describes a population: no doubt. The same figure about our
// own public stays a doubt.
func TestNationalStatisticIsNoDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"In the UK, about one adult in six has asthma, according to national figures.", OK, 0, ""},
		{"Dans le monde, 30 % des adultes manquent d'activité physique.", OK, 0, ""},
		{"D'après les chiffres de l'INSEE, 14 % des ménages de la ville vivent sous le seuil de pauvreté.", OK, 0, ""},
		{"En France comme ailleurs, 30 % de nos adhérents ont plus de 70 ans.", Doubt, Personal, "aggregate"},
		{"30 % des bénéficiaires de l'épicerie vivent sous le seuil de pauvreté.", Doubt, Personal, "aggregate"},
	})
}

// A ratio over a whole population is general knowledge; over the
// association's public, or counted somewhere of ours, it stays a doubt.
func TestPopulationRatio(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Un Français sur cinq souffre de troubles du sommeil.", OK, 0, ""},
		{"One in four people will experience a mental health problem, according to Mind.", OK, 0, ""},
		{"La fausse couche concerne environ une grossesse sur cinq, selon le CNGOF.", OK, 0, ""},
		{"Une personne sur trois au foyer est diabétique.", Doubt, Personal, "aggregate"},
		{"Une personne sur cinq au moins de nos adhérents est diabétique.", Doubt, Personal, "aggregate"},
		{"Une personne sur quatre au cours de son séjour au foyer fait une crise d'angoisse.", Doubt, Personal, "aggregate"},
		{"Un bénéficiaire sur cinq est diabétique.", Doubt, Personal, "aggregate"},
		{"Chez nous, un adhérent sur trois est en dépression.", Doubt, Personal, "aggregate"},
		{"Une personne sur trois au foyer est sous traitement.", Doubt, Personal, "aggregate"},
		{"One in three people at our club has a disability.", Doubt, Personal, "aggregate"},
		{"Nos adhérents : une femme sur deux est en surpoids.", Doubt, Personal, "aggregate"},
	})
}

// A French word typed with its accents is no lower-case first name of
// the lists (« déjà » is not Deja).
func TestAccentedWordIsNoFirstName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Une femme sur trois a déjà vu ça au travail.", Doubt, Personal, "aggregate"},
		{"sa fille hélène vient demain", Blocked, Personal, "name"},
		{"voir avec françoise pour les clés", Blocked, Personal, "name"},
	})
}
