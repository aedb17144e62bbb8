package classify

import "testing"

// A matter of the association the writer forbids to pass on (« ne
// partagez pas ce chiffre avec les adhérents », "please don't tell the
// members", « à ne pas transmettre », "not for publication") is
// confidential whatever it is: category 4. Advice to the reader, an
// invitation to share, a published budget keep their verdict, and news
// held back only for a while (« pas encore », "before") stays a doubt of
// the gray zone.
func TestMatterForbiddenToPassOnIsConfidential(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le loyer proposé par la mairie baisse de 20 % si on reste 5 ans, rien de public pour l'instant.", Blocked, Sensitive, ""},
		{"Détail des cachets des artistes, pas pour publication : 12 000 € pour la tête d'affiche.", Blocked, Sensitive, ""},
		{"Not for publication: the headliner's fee is 18,000 € and the sound crew 4,500 €.", Blocked, Sensitive, ""},
		{"Real balance after the legal costs: €2,180. Please don't share this figure with the members.", Blocked, Sensitive, ""},
		{"Vrai solde après les frais d'avocat : 1 900 €. Ne partagez pas ce chiffre avec les adhérents.", Blocked, Sensitive, ""},
		{"Ne l'ébruitez pas : la fondation baisse sa subvention de moitié.", Blocked, Sensitive, ""},
		{"Keep this to yourselves: we're 6,000 € short for the festival.", Blocked, Sensitive, ""},
		{"Merci de ne pas répéter aux bénévoles que la caisse de la buvette est vide.", Blocked, Sensitive, ""},
		{"Please don't tell the members that the committee wants to raise the fees to 60 €.", Blocked, Sensitive, ""},
		{"Ne dites rien à l'autre club : le mécène nous donne 3 000 € de plus.", Blocked, Sensitive, ""},
		{"On ne dit rien à la mairie, mais on cherche un autre local pour la rentrée.", Blocked, Sensitive, ""},
		{"Ne disons rien à la fédération tant que la fusion avec le club voisin n'est pas votée.", Blocked, Sensitive, ""},
		{"Don't pass it on: our contract with the caterer ends in March and nobody knows.", Blocked, Sensitive, ""},
		{"Le budget réel du festival, à ne pas transmettre : 48 000 € de dépenses pour 41 000 € de recettes.", Blocked, Sensitive, ""},
		{"Ne partagez jamais vos mots de passe, même avec le bureau.", OK, Public, ""},
		{"N'hésitez pas à partager le bilan 2024 avec vos proches.", OK, Public, ""},
		{"Le rapport financier 2024 est public : il est en ligne sur notre site.", OK, Public, ""},
		{"Partagez largement l'affiche du festival !", OK, Public, ""},
		{"Feel free to share this poster with your neighbours.", OK, Public, ""},
		{"Le programme du festival est en ligne : diffusez-le à tous vos contacts !", OK, Public, ""},
		{"Budget 2024 voté en AG : 120 000 €, publié dans le rapport annuel.", OK, Public, ""},
		{"Ne publiez pas encore le budget du festival : il sera présenté à l'AG.", Doubt, 0, ""}, // a doubt before this rule, and still
		{"Please don't share the poster before the council approves it.", Doubt, 0, ""},          // a doubt before this rule, and still
	})
}
