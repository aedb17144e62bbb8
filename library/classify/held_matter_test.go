package classify

import "testing"

// A matter the association has decided (a closure, a merger, contracts
// ended, a post cut, an officer leaving, a deficit) that the sentence
// keeps from others for now (« à huis clos », « personne ne doit le
// savoir », « on le dira seulement après », "keep this from the members")
// is its confidential strategy: category 4, blocked. A pause told to the
// public, a published report or announcement, and news still open
// (« peut-être », « rien n'est décidé », "might") keep their verdict.
func TestDecisionHeldBackIsConfidential(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le bureau a décidé de fermer la halte-garderie de Lunéville en septembre, on le dira aux familles seulement après les vacances.", Blocked, Sensitive, ""},
		{"Le CA a voté à huis clos la suppression du poste d'animateur jeunesse.", Blocked, Sensitive, ""},
		{"On arrête l'atelier vélo de Saint-Pol à la fin de l'année, mais personne ne doit le savoir avant l'assemblée générale.", Blocked, Sensitive, ""},
		{"Les trois contrats aidés de la ressourcerie ne seront pas renouvelés en janvier ; les salariés concernés ne savent pas encore.", Blocked, Sensitive, ""},
		{"Discussions secrètes avec la MJC voisine pour une reprise de l'activité théâtre.", Blocked, Sensitive, ""},
		{"La directrice quittera ses fonctions en mars, elle ne l'a dit qu'au bureau.", Blocked, Sensitive, ""},
		{"Le bureau a tranché : on ferme le local de la rue Pasteur, annonce pas avant l'AG d'avril.", Blocked, Sensitive, ""},
		{"The committee has decided to close the Tuesday drop-in centre; we'll tell the volunteers only after Christmas.", Blocked, Sensitive, ""},
		{"The chair will step down in June; nobody must know before the committee meets.", Blocked, Sensitive, ""},
		{"We're £3,500 short for the winter shelter; keep this from the volunteers for now.", Blocked, Sensitive, ""},
		{"Le club ferme ses portes pour l'été, la date de reprise sera annoncée après le 15 août.", Doubt, 0, ""}, // a doubt before this rule, and still
		{"La médiathèque sera fermée pendant les travaux ; la réouverture sera annoncée sur notre site.", OK, Public, ""},
		{"Le rapport annuel 2024 est en ligne : déficit de 3 000 € comblé par nos réserves.", OK, Public, ""},
		{"Nous sommes heureux d'annoncer notre fusion avec l'association Les Jardins partagés, votée en AG le 3 mars.", OK, Public, ""},
		{"The centre is closed for the summer; new opening hours will be announced after the holidays.", OK, Public, ""},
		{"Our annual report is published online: the deficit of £2,000 was covered by reserves.", OK, Public, ""},
		{"Le programme de la fête de quartier sera annoncé après la réunion de jeudi.", OK, Public, ""},
		{"Les chiffres de la collecte sont bons, on les annoncera à l'AG.", OK, Public, ""},
		{"Some parents would like the club to move the Sunday matches; let's not announce anything yet.", Doubt, 0, ""},
		{"Selon Le Monde, le conseil d'administration de la fondation a décidé à huis clos de fermer trois centres.", OK, Public, ""},
		{"La fusion votée en AG sera effective au 1er janvier ; le nouveau nom sera annoncé après l'été.", OK, Public, ""},
		{"Le film « Huis clos » de Sartre sera projeté jeudi à 20 h, entrée libre.", OK, Public, ""},
		{"Communiqué : l'association ferme son antenne de Dole, comme annoncé lors de l'AG du 5 avril.", OK, Public, ""},
		{"We'll announce the winners of the raffle only after the concert.", OK, Public, ""},
	})
}
