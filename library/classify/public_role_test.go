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
		"Liste « Ensemble pour Plouay » conduite par Sandrine Morel : réunion publique mardi à la salle polyvalente.",
		"Municipales : la liste citoyenne menée par Anne Le Roux présentera son programme jeudi soir.",
		"Le conseil municipal, présidé par le maire Gérard Lemoine, a voté la subvention au club à l'unanimité.",
		"The council, chaired by Mayor Linda Evans, voted unanimously to fund the youth club.",
		"Les candidats aux départementales, Mme Nathalie Roux et M. Karim Saïdi, répondront aux questions des habitants jeudi en réunion publique.",
		"Spectacle de contes au jardin public, raconté par le conteur Pierre Delye, dimanche 11 h.",
		"Interfaith breakfast with the local rabbi, imam and priest on Sunday.",
		"Rencontre interreligieuse au centre social avec le curé de la paroisse, l'imam et le pasteur, ouverte à tous.",
		"Le rabbin de la communauté donnera une conférence publique sur l'histoire du quartier, jeudi à 18 h.",
		"« On ne naît pas raciste, on le devient » — Lilian Thuram, dans son livre Mes étoiles noires.",
		"“Libraries are the heart of a community” — Neil Gaiman, in a speech at the Reading Agency in 2013.",
		"« Le sport apprend à perdre » : Teddy Riner, dans une interview à L'Équipe en 2021.",
		"La marraine du festival, la chanteuse Nolwenn Leroy, ouvrira la soirée.",
		"Candidate aux municipales, Sandrine Morel tiendra une réunion publique au foyer rural.",
		"« Ce festival m'a appris à aimer la scène », confie le chanteur Ben Mazué dans une interview à Ouest-France.",
		"Photo : le maire Michel Forget coupe le ruban lors de l'inauguration de la ressourcerie.",
		"Sur la photo, la championne olympique Laure Manaudou remet les médailles du meeting de natation.",
		"Photo of MP Rachel Hughes opening the new food bank, published in the local paper.",
		"En photo : le chanteur Ben Mazué en concert au festival, samedi soir.",
		"L'élue aux solidarités, Mme Nadia Benali, présentera le nouveau plan grand froid en réunion publique.",
		"Le premier adjoint, Patrick Le Goff, remettra les prix du concours de fleurissement.",
		"La vice-présidente du Département, Isabelle Moreau, visitera l'épicerie solidaire mardi.",
		"Le conseiller communautaire Jean-Luc Bertrand présidera la réunion publique sur les déchets.",
		"Permanence de la conseillère départementale Annie Le Houérou le 2e samedi du mois en mairie.",
		"Ministre des Solidarités, Aurore Bergé a annoncé une hausse des crédits lors de sa visite au salon.",
		"L'adjointe à la culture, Mme Claire Nguyen, inaugurera l'exposition samedi à 11 h.",
		"Le sénateur-maire de Lorient, Fabrice Loher, participera au débat public de jeudi.",
		"Avec la participation de l'économiste Esther Duflo, invitée par l'université populaire.",
		"Ciné-débat en présence du réalisateur Thomas Lilti, vendredi 20 h 30 au cinéma Le Rex.",
		"Au programme : la chorale Vocalys, le pianiste Jean-Philippe Collard et la soprano Julie Fuchs.",
		"Our guest on Friday: the climate scientist Dr Ed Hawkins, talk at 7pm, free entry.",
		"« La solidarité n'est pas un luxe » : c'est le titre de la tribune signée par Claire Hédon, Défenseure des droits, dans Le Monde.",
		"Le parrain de la 10e édition, l'humoriste Kev Adams, donnera le départ de la course.",
		"The rabbi of the synagogue, Rabbi David Cohen, will lead the public Holocaust memorial service.",
		"Le père Jean Dubreuil célébrera la messe de la fête du quartier, ouverte à tous.",
		"Messe de la Saint-Hubert célébrée par l'évêque de Quimper, Mgr Laurent Dognin, ouverte à tous.",
		"Le père Jean Dubreuil célébrera la messe de la fête du quartier, ouverte à tous.",
		"Spectacle pour les enfants avec l'autrice jeunesse Claude Ponti, samedi à la médiathèque.",
		"Le judoka Teddy Riner donnera le coup d'envoi du tournoi des jeunes.",
		"La nageuse Béryl Gastaldello parrainera la fête de la piscine.",
		"Former England international Jill Scott will open the new stand.",
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
		"Le nageur Florent Manaudou est hospitalisé pour une dépression.",
		"La boxeuse du club, Léa Martin, doit 300 € à l'association.",
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
		"La visite menée par Paul Girard chez Mme Benali s'est mal passée.",
		"Au conseil de quartier, Mme Nathalie Roux a voté pour la liste de son mari.",
		"Le conseil municipal a voté, et notre adhérent Paul Girard a voté contre avec le RN.",
		"Jardin public : Marie Dupont promène son chien tous les matins à 7 h devant chez elle.",
		"Les candidats au poste de trésorier, Paul Girard et Awa Diop, sont en froid depuis l'AG.",
		"Réunion publique : le maire Gérard Lemoine répondra sur la plainte de Mme Benali contre son bailleur.",
		"Le curé de la paroisse nous a confié qu'il souffrait de dépression.",
		"L'imam de la mosquée a signalé que Karim, un de nos jeunes, ne vient plus prier.",
		"Our volunteer sees the rabbi every week since her conversion.",
		"« Je n'en peux plus de ce foyer » — Karima Benali, hébergée chez nous, dans notre rapport interne.",
		"“I can't cope any more” — Sarah Jones, one of our residents, in the book of comments.",
		"« Merci pour les colis » — Jean Dupont, 3 rue des Lilas, dans le livre d'or.",
		"Le vainqueur du concours de dessin, Lucas Martin, 8 ans, recevra son prix samedi à la fête.",
		"Gagnante de la tombola : Anne Roux, qui remportera le panier garni lors de la fête.",
		"Winner of the raffle: Karen Smith, who will collect the hamper at the fair on Saturday.",
		"La lauréate du concours de soupe, Mme Anne Roux, présentera sa recette à l'atelier cuisine.",
		"Le champion du tournoi de belote, Robert Morel, remettra la coupe l'an prochain.",
		"Inscrits à l'atelier mémoire : Anne Roux, Karim Saïdi, Léa Morel.",
		"L'auteur de la lettre anonyme, Mme Sylvie Roux, sera présente à la réunion publique de jeudi.",
		"Le candidat retenu pour le poste d'animateur, Paul Martin, présentera son projet au forum.",
		"Le parrain de Lucas, Paul Martin, viendra au spectacle de fin d'année.",
		"L'intervenante sociale Mme Sylvie Roux animera la conférence sur les droits au logement.",
		"Candidate au permis de conduire, Awa Diop présentera son dossier lors de la permanence.",
		"Le maire Michel Forget et Marie Dupont, notre voisine, inaugureront le jardin.",
		"Le maire Michel Forget et Marie Dupont inaugureront le jardin samedi.",
		"Conférence du député Hervé Saulignac ; accueil par Marie Dupont, qui garde les clés chez elle.",
		"Guest speaker Dr Amelia Hart will speak on Tuesday; her husband Tom will drive her home.",
		"Photo : Marie Dupont, notre bénévole, à la sortie de l'hôpital.",
		"Sur la photo, le maire Michel Forget avec les enfants du foyer, qu'on reconnaît bien.",
		"Photo of the mayor's daughter Emma Fletcher at the fair.",
		"Photo : la députée Claire Morin en maillot de bain sur la plage, prise par son voisin.",
		"Photo of Councillor Dave Morris leaving the pub drunk on Saturday night.",
		"Photo : le candidat Pierre Durand au bras de sa maîtresse, à la sortie du meeting.",
		"Photo : le maire Michel Forget chez lui, dans son salon, avant le conseil municipal.",
		"L'élue aux solidarités, Mme Nadia Benali, est hébergée par sa sœur depuis son expulsion.",
		"Le premier adjoint, Patrick Le Goff, a une ardoise de 300 € au bar de l'association.",
		"La vice-présidente du Département, Isabelle Moreau, sera absente : hospitalisation.",
		"Intervenants : Samia Rahmani, notre salariée, et Marc Olivier, en arrêt maladie depuis mars.",
		"Avec la participation de Mme Rahmani, mère de Lina, inscrite au soutien scolaire.",
		"Le parrain de la 10e édition, Kev Adams, est le frère de notre trésorière.",
		"Le père Jean Martin assistera à la messe de la fête du quartier avec ses enfants.",
		"Le père de Lucas, Jean Martin, va à la messe tous les dimanches.",
		"Sœur Marie, notre bénévole, célébrera ses 80 ans après la messe.",
		"Le père Jean Martin célébrera la messe, puis il rentrera à l'hôpital pour sa chimiothérapie.",
		"Le champion de France de cross, Hugo Lemaître, 19 ans, parrainera la course solidaire.",
		"La conférencière Élodie Crozet, 42 ans, animera le débat public de jeudi.",
		"Spectacle des enfants de l'atelier théâtre : Lucas Martin, 8 ans, jouera le rôle du roi.",
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
		"Félicitations à Lucas Martin, champion départemental de judo poussins, pour sa médaille !",
		"The author of the complaint, Mark Ellis, will attend the public meeting on Thursday.",
		"The mayor, John Fletcher, will open the fair despite his recent surgery.",
		"Le maire Michel Forget sera absent au concert : il est en deuil.",
		"La fille du maire, Emma Forget, lira un conte aux enfants samedi à la médiathèque.",
	} {
		if r := c.Classify(s); r.Verdict == OK {
			t.Errorf("%q: passed, want blocked or doubt", s)
		}
	}
}

// A relative of an office holder is a private person: the office is the
// relative's tie, not the title of the name in apposition (owned_role.go
// kinOfRole). Before, « la femme du député, X » passed beside an event
// word, as the office holder would.
func TestRelativeOfOfficeHolderIsPrivate(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La femme du député, Sophie Kerlan, tiendra la buvette de la kermesse.", Blocked, Personal, "name"},
		{"Le mari de la maire, Yann Le Dantec, animera le loto.", Blocked, Personal, "name"},
		{"The wife of the mayor, Sophie Kerlan, will run the bar at the fête.", Blocked, Personal, "name"},
		{"The mayor's husband, Tom Hale, will run the raffle at the fête.", Blocked, Personal, "name"},
		{"La compagne de l'ancien ministre, Léa Morel, tiendra le stand.", Blocked, Personal, "name"},
		{"The wife of the former mayor, Jane Cole, will run the stall.", Blocked, Personal, "name"},
	})
	allPass(t, "Le maire, Paul Kerlan, inaugurera la buvette de la kermesse.")
}

// Someone's own dues (« sa cotisation », "her membership fee") make the
// person a member, whatever the title or the event beside the name
// (dues_said.go); a fee announced to the public owns no one.
func TestOwnDuesMakeAMember(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Dédicace de Paul Roux, auteur de « La Mer », qui n'a pas payé son adhésion.", Blocked, Personal, "name"},
		{"Talk by author Jane Cole, who still owes her membership fee.", Blocked, Personal, "name"},
	})
	allPass(t, "Concert de Vincent Delerm à la salle des fêtes : entrée libre, adhésion à 10 € pour les nouveaux membres.")
}

// A vote of an elected person in office is on the public record (« le
// député X a voté la loi »); anyone else's vote is an opinion.
func TestVoteInOfficeIsPublic(t *testing.T) {
	allPass(t,
		"Le député Jean Dupont a voté la loi sur la fin de vie.",
		"La sénatrice Marie Roux a voté contre la motion.",
	)
	runRuleCases(t, []ruleCase{
		{"Mon voisin a voté la loi, il me l'a dit.", Blocked, Sensitive, "politics"},
		{"Notre adhérente, élue municipale, a voté pour le RN aux européennes.", Blocked, Sensitive, "politics"},
	})
}

// Performers and artists of a public programme are named in their public
// part; the same trade beside a private fact keeps the person.
func TestPerformersOfAProgrammeArePublic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Stage de djembé avec Moussa Koné, percussionniste, les 12 et 13 avril.", OK, 0, ""},
		{"Spectacle de magie avec Léo Marchand, magicien, pour les enfants.", OK, 0, ""},
		{"Fest-noz samedi soir avec la violoniste Morgane Le Bihan, entrée 8 €.", OK, 0, ""},
		{"Chorale des quartiers dirigée par la cheffe de chœur Inès Roussel, dimanche 16 h.", OK, 0, ""},
		{"Gala de danse : le batteur Kevin Martin, qui est en dépression, jouera en ouverture.", Blocked, Sensitive, "health"},
		{"Le batteur du groupe, Kevin Martin, est hospitalisé.", Blocked, Sensitive, "health"},
		{"Notre bénévole Julie, danseuse amateur, est enceinte.", Blocked, Sensitive, "health"},
	})
}

// The office holders of a region, a département or a county are public
// figures; a neighbour or a treasurer of a place stays pointed at.
func TestRegionAndDepartementOfficesArePublic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le président du Département a remis les prix.", OK, 0, ""},
		{"The leader of the County Council opened the fair.", OK, 0, ""},
		{"La voisine du département d'à côté est malade.", Blocked, Sensitive, "health"},
		{"Le trésorier du club de la région a volé la caisse.", Blocked, Sensitive, "criminal"},
	})
}

// An office holder's deeds in office — a question to the government, a
// report handed in, a plaque unveiled, a ribbon cut, a consultation
// launched — are a public frame; a private fact beside them is not.
func TestOfficeDeedsAreAPublicFrame(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le sénateur Paul Girard a remis son rapport sur le bénévolat.", OK, 0, ""},
		{"La maire, Sylvie Caron, a dévoilé la plaque du nouveau gymnase.", OK, 0, ""},
		{"Le député Marc Petit a interrogé le gouvernement sur la fermeture de la gare.", OK, 0, ""},
		{"Le rapport du maire Jean Roux sur son fils, suivi par l'ASE, est arrivé.", Blocked, Sensitive, ""},
		{"Le député Marc Petit a lancé la consultation ; sa femme est en dépression.", Blocked, Sensitive, "health"},
	})
}
