package classify

import "testing"

// A living public person acting in a public role, in a public frame (a
// mayor inaugurating, a candidate holding a rally, an author signing, a
// speaker announced, a champion in a result, a published quote) passes:
// the door test says nobody is harmed by the poster (issue 7, section 4).
// These sentences were written for the rule, before reading any set.
func TestPublicRoleInPublicFramePasses(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"Rencontre avec l'autrice Nadia Berthier, qui dédicacera son nouveau roman samedi à la médiathèque.",
		"Le candidat Pierre Durand, tête de liste, tiendra un meeting public jeudi salle des fêtes.",
		"La députée de la circonscription, Claire Morin, visitera la ressourcerie lundi matin.",
		"Le maire de Quimperlé, Michel Forget, inaugurera le jardin partagé le 12 mai.",
		"Inauguration du local en présence de Sophie Renaud, maire de la commune.",
		"Le préfet du Finistère, Alain Espinasse, remettra les diplômes de secourisme vendredi.",
		"Conférence « Climat et territoires » animée par Julien Marchal, géographe, le 3 février.",
		"Intervenante : Élodie Crozet, juriste spécialisée en droit du travail.",
		"Table ronde avec la ministre Agnès Pannier, le sénateur Louis Kervella et des élus locaux.",
		"Concert de Léa Castel et de son trio dimanche à 17 h, entrée libre.",
		"Le champion de France de cross, Hugo Lemaître, parrainera la course solidaire.",
		"Comme l'a dit Boris Cyrulnik dans son dernier livre, la résilience se construit avec les autres.",
		"Citation du jour, tirée d'une interview au Monde de Thomas Pesquet : « La Terre est fragile. »",
		"Jean-Marc Bassaget, fondateur des Restos du Cœur de la région, présentera le bilan de la campagne.",
		"Séance de dédicace avec le dessinateur Étienne Davodeau à la librairie, samedi 15 h.",
		"Débat public entre les candidats Martine Leclerc et Yves Tanguy avant le second tour.",
		"Lecture publique par la comédienne Anne Brochet, suivie d'un échange avec le public.",
		"La conseillère départementale Monique Le Goff présidera l'assemblée générale du comité des fêtes.",
		"Meet the author: Sarah Mitchell will sign copies of her new novel at the library on Saturday.",
		"Guest speaker Dr Amelia Hart, climate scientist, will speak at the town hall on Tuesday.",
		"The mayor, John Fletcher, will open the new community garden next Friday.",
		"Local MP Rachel Hughes will visit the food bank on Monday morning.",
		"Candidate Tom Baker, who heads the Green list, holds a public rally on Thursday.",
		"Live music from singer Nina Parks in the park, free entry.",
		"As Michelle Obama writes in Becoming, \"there's power in allowing yourself to be known\".",
		"Workshop led by chef Marco Rossi, author of three cookbooks, open to all.",
		"Signing session with illustrator Ben Carter after the reading.",
		"La sénatrice Hélène Conway tiendra une permanence publique à la mairie mardi.",
		"Le conseiller municipal délégué aux sports, Karim Bensaïd, remettra les coupes du tournoi.",
		"Résultats du marathon : victoire de Julien Wanders devant Morhad Amdouni.",
		"En concert samedi : Mathieu Boogaerts, chanson française, 12 €.",
		"L'imam de la mosquée, Karim Haddad, participera au débat interreligieux public de jeudi.",
		"La présidente de la Fondation Abbé Pierre, Marie Lefort, signera la tribune publiée ce matin.",
		"Councillor Dave Morris will present the awards at the end of the tournament.",
		"Permanence du député Hervé Saulignac samedi matin à la maison des associations, sans rendez-vous.",
		"Le chanteur Ben Mazué sera en concert au théâtre le 14 mars, billetterie en ligne.",
		"Merci à la députée Claire Morin, venue dans nos locaux pour la remise des prix.",
		"La championne olympique de natation Laure Manaudou parrainera le gala de la piscine municipale.",
		"Les candidats Paul Girard et Awa Diop débattront publiquement mardi à 20 h.",
	} {
		if r := c.Classify(s); r.Verdict != OK {
			t.Errorf("%q: got %d/%s %v, want public", s, r.Category, r.Verdict, describe(s, r))
		}
	}
}

// The same persons and frames with a private fact (health, debts, an
// address, private life, a tie to the association, a child) stay
// blocked or at least a doubt: a public role makes nobody's private life
// public.
func TestPublicRoleWithPrivateFactStays(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"Le maire de Quimperlé, Michel Forget, est hospitalisé depuis lundi pour un cancer.",
		"Le candidat Pierre Durand doit 3 000 € à l'association depuis l'an dernier.",
		"Notre bénévole Nadia Berthier, autrice, a des dettes et a demandé une avance sur frais.",
		"Rencontre avec l'auteur Yannick Le Gall : son numéro perso est le 06 12 45 78 90.",
		"La maire Sophie Renaud a porté plainte contre son voisin pour harcèlement.",
		"Julien Marchal, conférencier, habite 12 rue des Acacias à Lorient, code de la porte 4512B.",
		"Intervenante : Élodie Crozet, bénéficiaire du RSA suivie par notre assistante sociale.",
		"Le conseiller municipal Karim Bensaïd est en arrêt maladie pour dépression.",
		"Hugo Lemaître, champion de cross, a été condamné pour violences conjugales l'an dernier.",
		"Notre adhérent Yves Tanguy, candidat aux municipales, n'a pas payé sa cotisation et se plaint du bureau.",
		"Le curé, Jean Dubreuil, nous a confié qu'il est séropositif.",
		"The mayor, John Fletcher, is being treated for depression and asked us to keep it quiet.",
		"Our volunteer Sarah Mitchell, who writes novels, owes the club 400 pounds.",
		"Guest speaker Amelia Hart lives at 14 Elm Road, her private number is 07700 900123.",
		"Local MP Rachel Hughes confided that her son was arrested last week.",
		"Candidate Tom Baker is gay and hasn't told his family yet.",
		"Signing with Ben Carter, who is in rehab for alcohol and can only stay one hour.",
		"La députée Claire Morin vote à gauche en privé mais ne veut pas que ça se sache.",
		"Le préfet Alain Espinasse a été vu au club échangiste samedi soir.",
		"Nadia Berthier, autrice invitée, nous a dit être enceinte de son deuxième enfant.",
		"Le président de notre club, Michel Forget, est en conflit avec la trésorière au sujet de notes de frais.",
		"Signalement : l'intervenante Élodie Crozet aurait eu un comportement déplacé avec un mineur.",
		"Conférence animée par Julien Marchal, notre bénévole, qui sort de prison.",
		"Le candidat Pierre Durand habite au-dessus de la boulangerie, sonnette 3.",
		"Our guest speaker Amelia Hart was evicted from her flat last month.",
		"The councillor, Dave Morris, is going through a messy divorce.",
		"L'intervenante Élodie Crozet sera absente : elle accouche la semaine prochaine.",
		"La députée Claire Morin nous a demandé de ne pas ébruiter sa séparation.",
		"Le conférencier Julien Marchal ne sera pas payé en direct : il est interdit bancaire.",
		"Au meeting du candidat Paul Girard, notre trésorière Awa Diop tiendra le stand.",
		"Pour la réunion avec la préfète, notre représentant sera M. Paul Girard, qui vit en foyer.",
		"Le maire remettra la médaille du courage à Lucas Bernard, 9 ans, de l'école Jules-Ferry.",
		"The mayor will present the award to Jack Wilson, whose family we support.",
		"La conférencière Élodie Crozet, hébergée chez notre bénévole Anne, arrivera vendredi.",
	} {
		if r := c.Classify(s); r.Verdict != Blocked {
			t.Errorf("%q: got %s %v, want blocked", s, r.Verdict, describe(s, r))
		}
	}
	// a doubt today, where the fact is private life in words no rule
	// reads: it must not become public
	for _, s := range []string{
		"La députée Claire Morin divorce, son mari a quitté la maison de la rue des Lilas.",
		"Le fils du maire, Théo Forget, 14 ans, est inscrit à l'aide aux devoirs.",
		"La maire Sophie Renaud viendra à l'atelier avec sa fille, qui a des troubles autistiques.",
		"Le sénateur Louis Kervella, inscrit chez nous à l'atelier mémoire, oublie tous ses rendez-vous.",
		"Concert de Léa Castel, notre adhérente, dimanche à 17 h.",
	} {
		if r := c.Classify(s); r.Verdict == OK {
			t.Errorf("%q: passed, want blocked or doubt", s)
		}
	}
}
