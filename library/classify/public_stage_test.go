package classify

import "testing"

// A person who won, was elected or appointed, or presents a programme on
// a stage only public figures reach (an Olympic or world competition, a
// national prize, a national office, a national broadcaster) is a public
// figure in a public frame (public_stage.go). These sentences were
// written for the rule; none of their names is in famous_names.txt.
func TestPublicStageDeedPasses(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"Romane Dicko a remporté la médaille de bronze aux Jeux olympiques de Paris.",
		"Clément Noël a remporté le slalom des championnats du monde en 2025.",
		"Armand Duplantis a battu son propre record du monde à Stockholm.",
		"Le prix Renaudot 2022 a été attribué à Simon Liberati.",
		"Le prix Femina a été décerné à Neige Sinno pour son récit.",
		"La Palme d'or a été remise à Justine Triet en 2023.",
		"Élisabeth Borne a été nommée Première ministre en mai 2022.",
		"Jean Castex est devenu Premier ministre en juillet 2020.",
		"Frédéric Michalak a été élu meilleur joueur du Tournoi des Six Nations.",
		"Clara Ysé a obtenu deux Victoires de la musique en 2025.",
		"Anne-Sophie Lapix présente le journal de 20 heures sur France 2.",
		"Marie Bochet a représenté la France aux Jeux paralympiques de Pékin.",
		"Shirine Boukli a décroché le titre de championne d'Europe de judo.",
		"Tom Pidcock won the Olympic mountain bike race in Tokyo.",
		"The Booker Prize was awarded to Samantha Harvey for Orbital.",
		"Jim Radford presents a history programme on Radio 4 every Sunday.",
		"Beth Mead scored the opening goal in the European Championships final.",
		"Mae Muller represented the UK at Eurovision in Liverpool.",
		"Clémence Guetté a été élue à l'Assemblée nationale en 2022.",
	} {
		if r := c.Classify(s); r.Verdict != OK {
			t.Errorf("%q: got %d/%s %v, want public", s, r.Category, r.Verdict, describe(s, r))
		}
	}
}

// The same deeds and stages said of a private person stay blocked: a
// spectator or a correspondent of the stage (« a gagné deux places pour
// la finale de la Coupe du monde », « a reçu une lettre du Premier
// ministre »), a winner at the club's level, a tie to the association, a
// private fact or a sensitive one beside the public deed.
func TestPublicStageDeedPrivateStays(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"Gaëlle Trémel a gagné deux places pour la finale de la Coupe du monde.",
		"Yannick Corre a gagné des billets pour les Jeux olympiques à la tombola du club.",
		"Martine Le Borgne a obtenu un rendez-vous avec le Premier ministre pour son fils.",
		"Notre adhérente Sylvie Kerlan a remporté le championnat du monde de tarot.",
		"Mon voisin Hervé Pichon a été élu au Sénat, il vit seul depuis son divorce.",
		"Kevin Le Floch a remporté le tournoi de pétanque du quartier dimanche.",
		"Julien Marrec a été nommé trésorier de l'amicale des locataires.",
		"Nadia Bensalem a remporté le titre olympique malgré sa sclérose en plaques.",
		"Samir Haddad a été élu meilleur joueur du tournoi, il est sans papiers depuis 2022.",
		"Le prix Goncourt des lycéens a été remis à Lucie Morvan, 16 ans, élève de première.",
		"Lionel Guéguen, qui habite 12 rue de Brest, a remporté le championnat de France de belote.",
		"Hervé Quéré a présenté sa candidature à France 2 pour un jeu télévisé.",
		"Nathalie Kerboul a été nommée à l'Assemblée nationale comme secrétaire de séance.",
		"Thomas Morel a obtenu son bac et sera en équipe de France junior l'an prochain.",
		"Our volunteer Gary Webb won tickets for the World Cup final.",
		"Sandra Pike won the Olympic raffle at the club, she owes us £40.",
		"Derek Nolan presents his HIV test results to the BBC researcher on Monday.",
		"Karen Doyle became Prime Minister of the allotment committee, her husband is in prison.",
	} {
		if r := c.Classify(s); r.Verdict == OK {
			t.Errorf("%q: passed, want blocked or doubt (%v)", s, describe(s, r))
		}
	}
}

// A politician's surname that the special rules read as someone's
// support is, inside the name of the politician acting in office, the
// office itself (public_role.go ownNameInRole); said of a supporter it
// stays an opinion.
func TestPoliticianActingInOfficePasses(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"Le garde des Sceaux Gérald Darmanin a présenté son projet de loi devant le Sénat.",
		"La maire de Paris, Anne Hidalgo, inaugurera la piscine municipale samedi.",
	} {
		if r := c.Classify(s); r.Verdict != OK {
			t.Errorf("%q: got %d/%s %v, want public", s, r.Category, r.Verdict, describe(s, r))
		}
	}
	for _, s := range []string{
		"Notre trésorier Paul Guivarch soutient Darmanin depuis toujours, gardez-le pour vous.",
		"Le maire Yves Lozac'h a inauguré la salle, lui qui a voté Zemmour en cachette.",
	} {
		if r := c.Classify(s); r.Verdict == OK {
			t.Errorf("%q: passed, want blocked or doubt (%v)", s, describe(s, r))
		}
	}
}
