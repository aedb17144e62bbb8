package classify

import "testing"

// A match, a class or a concert suspended, put off or called off is the
// event's news, on the door: no sanction of anyone.
func TestScheduledThingSuspendedIsNoSanction(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le match a été renvoyé à dimanche.", OK, 0, ""},
		{"Le match est suspendu en raison de la pluie.", OK, 0, ""},
		{"Le cours de yoga est suspendu jusqu'à nouvel ordre.", OK, 0, ""},
		{"La randonnée du dimanche est suspendue pour cause de canicule.", OK, 0, ""},
		{"The concert has been suspended until further notice.", OK, 0, ""},
		{"The workshop was suspended during the holidays.", OK, 0, ""},
		{"Les cours de FLE sont suspendus pendant les vacances.", OK, 0, ""},
		{"The Christmas market was suspended due to roadworks.", OK, 0, ""},
		{"Le chantier est suspendu pour intempéries.", OK, 0, ""},
		{"Saturday's netball game has been suspended for safety reasons.", OK, 0, ""},
		{"Le cours de yoga est suspendu pendant les vacances.", OK, 0, ""},
		{"La séance de cinéma de 20 h est renvoyée au samedi suivant.", OK, 0, ""},
		{"Le festival est renvoyé à l'an prochain.", OK, 0, ""},
		{"Le tournoi de pétanque a été renvoyé à la semaine prochaine.", OK, 0, ""},
		{"Notre prochaine sortie est suspendue.", OK, 0, ""},
		{"La brocante a été renvoyée au mois prochain.", OK, 0, ""},
	})
}

// A person suspended, dismissed or excluded is the association's internal
// matter, category 4; so is a grant or a contract suspended with a
// person's name, and a thing the association does not merely schedule.
func TestSanctionOfAPersonStaysBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"L'entraîneur a été suspendu par le club.", Blocked, Sensitive, "hr"},
		{"Le trésorier a été suspendu de ses fonctions.", Blocked, Sensitive, "hr"},
		{"Le trésorier a été exclu de l'association.", Blocked, Sensitive, "hr"},
		{"La trésorière est suspendue en attendant les conclusions.", Blocked, Sensitive, "hr"},
		{"Our coach has been suspended by the club.", Blocked, Sensitive, "hr"},
		{"Le contrat de Paul a été suspendu.", Blocked, Sensitive, "hr"},
		{"Le match de Paul a été suspendu.", Blocked, Sensitive, "hr"},
		{"Il a été viré.", Blocked, Sensitive, "hr"},
		{"La banque ne sait pas que la subvention de la ville est suspendue.", Blocked, Sensitive, ""},
		{"Le pianiste du concert a été viré.", Blocked, Sensitive, "hr"},
		{"Celui qui animait l'atelier a été renvoyé.", Blocked, Sensitive, "hr"},
		{"La moitié du cours a été virée.", Blocked, Sensitive, "hr"},
		{"Le cours est suspendu pour Paul jusqu'à nouvel ordre.", Blocked, Sensitive, "hr"},
		{"Le cours de karim est suspendu.", Blocked, Sensitive, "hr"},
		{"The yoga class instructor was fired.", Blocked, Sensitive, "hr"},
		{"The match referee was sacked.", Blocked, Sensitive, "hr"},
		{"Zorglub from the class was fired.", Blocked, Sensitive, "hr"},
		{"The one from the workshop was fired.", Blocked, Sensitive, "hr"},
		{"La permanence de l'intéressée est suspendue pour faute.", Blocked, Sensitive, "hr"},
		{"The class was dismissed, and so was the teacher.", Blocked, Sensitive, "hr"},
		{"Le service d'ordre a été renvoyé après la bagarre.", Blocked, Sensitive, "hr"},
		{"Le cours est suspendu pour le fautif jusqu'à nouvel ordre.", Blocked, Sensitive, "hr"},
		{"La maraude est suspendue depuis que l'équipe a été sanctionnée.", Blocked, Sensitive, "hr"},
		{"The caterers for the event were fired for theft.", Blocked, Sensitive, "hr"},
		{"Le chantier de l'ouvrier est suspendu pour ivresse.", Blocked, Sensitive, "hr"},
		{"Le stage de dupont est suspendu.", Blocked, Sensitive, "hr"},
		{"Le cours est suspendu. Le prof a été radié.", Blocked, Sensitive, "hr"},
		{"Le cours est suspendu à cause du nouveau.", Blocked, Sensitive, "hr"},
		{"Le cours est suspendu pour raisons disciplinaires.", Blocked, Sensitive, "hr"},
		{"La permanence est suspendue ; le titulaire a été radié.", Blocked, Sensitive, "hr"},
		{"Le match a été renvoyé, kevin aussi.", Blocked, Sensitive, "hr"},
		{"Our class was dismissed for misconduct.", Blocked, Sensitive, "hr"},
		{"L'accueil a été viré pour vol.", Blocked, Sensitive, "hr"},
		{"Le cours de Marie est suspendu.", Blocked, Sensitive, "hr"},
		{"Le cours de zorglub est suspendu.", Blocked, Sensitive, "hr"},
		{"La séance disciplinaire a été renvoyée à mardi.", Blocked, Sensitive, "hr"},
		{"La réunion de médiation a été renvoyée à jeudi.", Blocked, Sensitive, "hr"},
		{"The strike meeting was dismissed early.", Blocked, Sensitive, "hr"},
		{"The whole class was suspended for three days.", Blocked, Sensitive, "hr"},
		{"La séance de jugement est renvoyée au 12 mars.", Blocked, Sensitive, "hr"},
		{"La séance de soutien psychologique est suspendue jusqu'à nouvel ordre.", Blocked, Sensitive, "hr"},
		{"Le cours de Fontaine est suspendu.", Blocked, Sensitive, "hr"},
		{"Le match est suspendu pour dix matchs.", Blocked, Sensitive, "hr"},
		{"Votre entraînement est suspendu pour trois mois.", Blocked, Sensitive, "hr"},
		{"Notre entraînement est suspendu pour faute.", Blocked, Sensitive, "hr"},
		{"La séance est suspendue pour trois mois.", Blocked, Sensitive, "hr"},
		{"Le cours de piano de Baud est suspendu pour trois mois.", Blocked, Sensitive, "hr"},
		{"The session was dismissed.", Blocked, Sensitive, "hr"},
		{"Art's training has been suspended until further notice.", Blocked, Sensitive, "hr"},
		{"Le cours de yoga est suspendu pour plus de trois mois.", Blocked, Sensitive, "hr"},
		{"Le cours de yoga est suspendu pendant trois mois.", Blocked, Sensitive, "hr"},
		{"La séance de H est suspendue jusqu'à nouvel ordre.", Blocked, Sensitive, "hr"},
		{"Le cours de yoga est suspendu trois mois.", Blocked, Sensitive, "hr"},
		{"L'entraînement est suspendu pendant des mois.", Blocked, Sensitive, "hr"},
		{"The meeting was dismissed for hours.", Blocked, Sensitive, "hr"},
		{"La séance du 4521 est suspendue.", Blocked, Sensitive, "hr"},
	})
}
