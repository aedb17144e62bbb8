package classify

import "testing"

// Someone of the association pointed at without a name, with a conduct
// that troubles the team, is an allusion: doubt. A rule for anyone, a
// question or a thing that « pose problème » passes.
func TestUnnamedConductIsAllusion(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Une bénévole de longue date s'est fâchée avec tout le monde.", Doubt, 0, "vague"},
		{"Quelqu'un a parlé à la presse sans autorisation.", Doubt, 0, "vague"},
		{"One of our volunteers has been acting strangely lately.", Doubt, 0, "vague"},
		{"Someone in the choir keeps making remarks that upset people.", Doubt, 0, "vague"},
		{"Certains bénévoles ne font plus rien depuis des mois.", Doubt, 0, "vague"},
		{"Une personne de l'équipe n'est pas fiable, mieux vaut ne pas lui confier la caisse.", Doubt, 0, "vague"},
		{"Un bénévole ne peut pas engager l'association sans autorisation du bureau.", OK, 0, ""},
		{"Une photo ne peut pas être publiée sans autorisation.", OK, 0, ""},
		{"Un chien non tenu en laisse pose problème dans le parc.", OK, 0, ""},
		{"Quelqu'un peut-il m'expliquer pourquoi l'imprimante pose problème ?", OK, 0, ""},
		{"Certains produits ne sont pas fiables, vérifiez les dates.", OK, 0, ""},
	})
}
