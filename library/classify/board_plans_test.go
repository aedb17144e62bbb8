package classify

import "testing"

// The board's plans told in everyday words: cutting a post (« on
// supprimera le poste d'accueil », "the board will cut the post") or
// combining two associations ("combining our associations", « réunir nos
// deux associations ») are the association's confidential matters:
// category 4. A workshop on job cuts, a council's notice, a joint public
// festival or a job offer keep their verdict.
func TestBoardPlanToCutAPostOrCombineAssociations(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Si la subvention régionale n'est pas renouvelée, on supprimera le poste d'accueil.", Blocked, Sensitive, ""},
		{"On va supprimer le poste de la coordinatrice en juin, elle ne le sait pas.", Blocked, Sensitive, ""},
		{"If the grant goes, the board will cut the post of the youth worker.", Blocked, Sensitive, ""},
		{"Le CA envisage de supprimer le poste d'animateur à la rentrée.", Blocked, Sensitive, ""},
		{"The treasurer says we must cut the post of the part-time cook by April.", Blocked, Sensitive, ""},
		{"Le bureau supprimerait le poste de secrétaire si la mairie baisse la subvention.", Blocked, Sensitive, ""},
		{"Le président propose de réunir nos deux associations d'ici l'été.", Blocked, Sensitive, ""},
		{"Talks with the other club about combining our associations are going well.", Blocked, Sensitive, ""},
		{"Atelier : savoir réagir à une suppression de poste, avec un juriste, ouvert à tous.", Doubt, 0, ""}, // a doubt before this rule, and still
		{"La mairie annonce la suppression du poste de secours de la plage cet été.", OK, Public, ""},
		{"Nos deux associations fêtent ensemble la Saint-Jean : rendez-vous place du marché !", OK, Public, ""},
		{"Le poste d'animateur est à pourvoir : candidatures avant le 15 mai.", OK, Public, ""},
	})
}
