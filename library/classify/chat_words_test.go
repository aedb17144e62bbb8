package classify

import "testing"

// Chat shortens words and drops capitals: the facts are the same. A
// capital keeps a short form as typed (« Pr Martin »), and a public place
// typed in lower case keeps the person's name it bears.
func TestChatWritingTellsTheSameFacts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"la maman du petit theo est en foyer pr femmes battues, faut jamais donner l'adresse a son ex", Blocked, Sensitive, "criminal"},
		{"il a un pb de dos depuis l'accident", Blocked, Sensitive, "health"},
		{"le delegue cgt de l'usine, le papa de lea, peut pas venir aux matchs du samedi", Blocked, Sensitive, "union"},
		{"68yo widower from Saint-Denis, lives alone on the 9th floor, no family nearby", Blocked, Personal, "indirect"},
		{"68 ans, veuf, vit seul à Montbard.", Blocked, Personal, "indirect"},

		{"Pr Martin viendra jeudi.", Blocked, Personal, "name"},
		{"Le foyer pour femmes battues de la ville recrute des bénévoles.", OK, 0, ""},
		{"Réunion d'information avec un délégué CGT de la branche, ouverte à tous.", OK, 0, ""},
		{"la permanence de l'epicerie solidaire c le jeudi de 9h a 12h, 12 rue victor hugo", OK, 0, ""},
		{"cours de foot pr les u11 le mercredi 14h au stade jean bouin, ramenez vos crampons", OK, 0, ""},
		{"on se retrouve a la maison de jean martin", Blocked, Personal, "name"},
		{"rdv 12 rue victor hugo à 14h", OK, 0, ""},
		{"rdv au gymnase jean moulin pour le tournoi", OK, 0, ""},
		{"sur la place marie dubois a été agressée hier soir", Blocked, Sensitive, "criminal"},
		{"sur le quai marc roux a voulu sauter", Blocked, Personal, "name"},
		{"sur la place marie dubois et karim ont été agressés", Blocked, Personal, "name"},
		{"à la médiathèque jean dupont de la compta", Blocked, Personal, "name"},
		{"at the station mary jones was assaulted", Blocked, Sensitive, "criminal"},
		{"Paul est élu fo au CSE", Blocked, Sensitive, "union"},
		{"délégué sud-est pour le festival : écrire au bureau", OK, 0, ""},
		{"68 ans de mariage fêtés au club samedi !", OK, 0, ""},
		{"Tournoi des 15ans de l'asso samedi.", OK, 0, ""},
	})
}

// English told indirectly: marks on a child's arms, a party back home, a
// site closed before the staff are told.
func TestIndirectEnglishFacts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"the kid with the marks on his arms, keep an eye on him during the trip", Blocked, Sensitive, "health"},
		{"Ahmed says he can't go back because of what he did for the opposition party back home", Blocked, Sensitive, "politics"},
		{"the board wants to close the Lille site before telling staff", Blocked, Sensitive, "confidential"},
		{"Le bureau veut fermer l'antenne de Lille avant de prévenir les salariés.", Blocked, Sensitive, "confidential"},

		{"Débat public : le rôle du parti d'opposition dans une démocratie.", OK, 0, ""},
		{"Buy a 2 TB hard drive for the office.", OK, 0, ""},
	})
}
