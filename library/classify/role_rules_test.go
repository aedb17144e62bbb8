package classify

import "testing"

// A role as the statutes or the rules define it is whoever holds it: the
// single-role doubt goes; a fact about the one who holds it now, or news,
// keeps what it found.
func TestRoleDefinedByTheRulesIsNoOne(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Selon les statuts, le vice-président remplace le président en cas d'empêchement.", OK, 0, ""},
		{"Le trésorier adjoint assiste le trésorier et le remplace en cas d'absence.", OK, 0, ""},
		{"La secrétaire est chargée de tenir le registre spécial des délibérations.", OK, 0, ""},
		{"The secretary is responsible for the minutes; any member can ask to read them.", OK, 0, ""},
		{"Le trésorier est chargé de la caisse ; il est en arrêt maladie depuis lundi.", Blocked, Sensitive, "health"},
		{"Le président représente l'association en justice, mais il est lui-même poursuivi pour abus de biens sociaux.", Blocked, Sensitive, "criminal"},
		{"The treasurer is responsible for the accounts and has been off sick with depression since March.", Blocked, Sensitive, "health"},
	})
}

// A fact announced or presented in public, a press release, the press:
// published; a draft or an embargo is not yet, and a deed about a person
// told in public stays the person's.
func TestMadePublicPasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Note d'info : la ligue régionale a rendu publique sa réorganisation en trois pôles.", OK, 0, ""},
		{"Le bureau a présenté publiquement la réduction des horaires d'ouverture, décidée après la baisse de la subvention.", OK, 0, ""},
		{"Article à lire : une association nationale détaille dans la presse son plan de réduction des coûts après un déficit.", OK, 0, ""},
		{"Press release draft, embargoed until Monday: we will close the Hull shelter and cut six posts.", Blocked, Sensitive, ""},
		{"Le trésorier a reconnu publiquement avoir pris 2 000 € dans la caisse.", Blocked, Sensitive, ""},
		{"Nous n'avons pas encore annoncé publiquement la fermeture de l'antenne de Dax, prévue pour mars.", Blocked, Sensitive, ""},
	})
}

// National or official figures describe a population: their aggregate
// doubt goes, unless the association speaks of its own.
func TestOfficialFiguresAreNoAggregateOfOurs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Statistiques publiques : la part des personnes âgées dépendantes vivant à domicile continue d'augmenter.", OK, 0, ""},
		{"National surveys suggest that about one adult in five will experience depression at some point in life.", OK, 0, ""},
		{"Brochure : chiffres nationaux sur l'accès aux soins des personnes en situation de handicap en milieu rural.", OK, 0, ""},
		{"Chiffres nationaux comparés aux nôtres : 40 % de nos bénéficiaires vivent seuls.", Doubt, 0, ""},
	})
}
