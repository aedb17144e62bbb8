package classify

import "testing"

// A SIRET or SIREN that passes the Luhn check is a person's when the
// sentence ties it to someone — a possessive, the writer's own, work on
// one's own account — and to no association or company (person_siret.go).
func TestSIRETOfAPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pour régler notre illustratrice, il faut son SIRET : 812 453 967 00018.", Blocked, Personal, "public-id"},
		{"Mon SIRET pour la facture de l'atelier : 81245396700018.", Blocked, Personal, "public-id"},
		{"Prof de yoga en micro-entreprise, SIRET 812 453 967 00018, facture mensuelle.", Blocked, Personal, "public-id"},
		{"Le SIRET de l'association est en bas de chaque facture : 812 453 967 00018.", OK, 0, ""},
		{"Notre SIRET : 812 453 967 00018, à reporter sur le dossier de subvention.", OK, 0, ""},
		{"Son numéro de commande : 812 453 967 00017.", OK, 0, ""},
	})
}
