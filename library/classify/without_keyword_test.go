package classify

import "testing"

// Internal news not settled yet: uncertainty, delay, overrun, rumour,
// damage to the association's places. Doubt; an announcement stays ok.
func TestUnsettledInternalNewsIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La piscine prévoit moins de créneaux pour nous l'an prochain", Doubt, Personal, ""},
		{"Le fournisseur de boissons n'a toujours pas livré la commande de mars", Doubt, Personal, ""},
		{"Les travaux du local sont en retard de deux mois", Doubt, Personal, ""},
		{"Le voyage à Rome dépasse largement le budget voté", Doubt, Personal, ""},
		{"Le spectacle de fin d'année coûtera sans doute plus cher que prévu", Doubt, Personal, ""},
		{"Graffitis découverts sur le portail du jardin partagé lundi", Doubt, Personal, ""},
		{"La serrure de l'abri à vélos a été forcée pendant la nuit", Doubt, Personal, ""},
		{"Someone smashed the window of the clubhouse on Saturday night", Doubt, Personal, ""},
		{"The county still hasn't paid the second half of the grant", Doubt, Personal, ""},
		{"We heard the council might cut our hall hours next year", Doubt, Personal, ""},
		{"Le stage de cirque pourrait être supprimé faute d'animateur", Doubt, Personal, ""},
		{"La refonte du journal a pris du retard, pas encore de date de parution en ligne", Doubt, Personal, ""},
		{"Inscriptions injurieuses découvertes sur la porte du local ce matin", Doubt, Personal, ""},
		{"Nos effectifs seniors diminuent depuis l'an dernier", Doubt, Personal, ""},
		{"Le club de rugby ne nous prêtera peut-être plus son minibus", Doubt, Personal, ""},
		{"On nous a raconté que le centre social allait fermer l'été", Doubt, Personal, ""},
		{"Les frais de transport du tournoi ont explosé, on dépasse de 800 €", Doubt, Personal, ""},
		{"The food bank is planning fewer deliveries to us this winter", Doubt, Personal, ""},
		{"Word is the leisure centre won't renew our Tuesday slot", Doubt, Personal, ""},
		{"The website relaunch is running late, no date yet", Doubt, Personal, ""},
		{"Our female membership has been dropping for two seasons", Doubt, Personal, ""},
		{"L'imprimeur n'a toujours pas envoyé la facture du journal", Doubt, Personal, ""},
		{"La mutuelle pourrait ne pas reconduire son soutien au forum santé", Doubt, Personal, ""},
		{"La nouvelle cuisine du local coûte bien plus que le devis", Doubt, Personal, ""},
		{"We've been told the sponsor is pulling back next season", Doubt, Personal, ""},
		{"Le versement de la Région se fait toujours attendre", Doubt, Personal, ""},
		{"Le feu d'artifice coûtera plus cher que prévu, on ne sait pas comment payer", Doubt, Personal, ""},
		{"Le portail du jardin a été défoncé pendant le week-end", Doubt, Personal, ""},
		{"Vous pourriez gagner un panier garni à la tombola", OK, 0, ""},
		{"The bus might be late because of roadworks, please be patient", OK, 0, ""},
		{"La salle pourrait accueillir jusqu'à 120 personnes", OK, 0, ""},
		{"The event may be cancelled if fewer than ten people register", OK, 0, ""},
		{"We heard great feedback from the parents after the show", OK, 0, ""},
		{"Le mur d'expression libre est ouvert aux tags le samedi", OK, 0, ""},
		{"The hall might be busy on Saturday, so come early", OK, 0, ""},
		{"Atelier graffiti pour les ados samedi au skatepark", OK, 0, ""},
		{"Le vestiaire solidaire déménage à la Maison des associations à la rentrée, venez nombreux !", OK, 0, ""},
	})
}

// A person described rather than named: a relative of someone, the only
// or the former one of a place, a shop on a named street, a habit.
func TestDescribedPersonIsBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La dame qui nourrit les chats derrière la salle des fêtes tous les soirs", Blocked, Personal, ""},
		{"L'ancienne directrice de la crèche, partie à Lyon l'an dernier", Blocked, Personal, ""},
		{"The caretaker of the village hall, the one with the red van", Blocked, Personal, ""},
		{"The woman who runs the chip shop on Station Road offered us free lunches", Blocked, Personal, ""},
		{"Le neveu de la directrice, qui joue dans l'équipe B", Blocked, Personal, ""},
		{"La seule kiné du bourg de Saint-Firmin, qui soigne aussi nos coureurs", Blocked, Personal, ""},
		{"La fleuriste de la rue Gambetta, celle qui nous prête ses seaux", Blocked, Personal, ""},
		{"Le papy qui vend ses œufs au marché tous les jeudis veut rejoindre la chorale", Blocked, Personal, ""},
		{"La voisine du dessus qui garde les enfants le mercredi", Blocked, Personal, ""},
		{"The vicar's wife, the one who runs the Thursday coffee morning", Blocked, Personal, ""},
		{"The landlord of the Red Lion, who sponsors our shirts", Blocked, Personal, ""},
		{"The mayor's son-in-law, the one who owns the garage", Blocked, Personal, ""},
		{"The bloke who runs the hardware shop on Mill Lane", Blocked, Personal, ""},
		{"Les bénévoles qui viennent le samedi sont attendus à 9 h", OK, 0, ""},
		{"The former chair of the federation will speak at the dinner", OK, 0, ""},
		{"La seule condition : être adhérent à jour de cotisation", OK, 0, ""},
	})
}

// Surnames alone as a subject, and a rare name followed by an age.
func TestSurnameAloneIsAName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les Kowalczyk ont vendu leur maison, plus de cotisation", Blocked, Personal, "name"},
		{"Lemoine-Duval n'a pas payé sa licence", Blocked, Personal, "name"},
		{"Margaret Oakley, 81, former headteacher, lost her husband in spring and now leads our walks", Blocked, Personal, "name"},
		{"Inès-Marie (6e B) a oublié son gilet", Blocked, Personal, "name"},
		{"Rose-Lou (CM1) rentre seule à pied le mardi", Blocked, Personal, "name"},
		{"Les Dumoulin-Rey ont inscrit leurs trois enfants", Blocked, Personal, "name"},
		{"Kowalski n'a pas encore rendu les clés du local", Blocked, 0, "name"},
		{"Fairbrother still hasn't returned the kit bag", Blocked, Personal, "name"},
		{"Maisie (Year 3) is picked up by her nan on Fridays", Blocked, Personal, "name"},
		{"Les Restos du cœur ouvrent leur campagne d'hiver", OK, 0, ""},
		{"Inscriptions ouvertes pour les CP et CE1 au soutien scolaire", OK, 0, ""},
		{"Les Vosges en raquettes : sortie du 12 janvier", OK, 0, ""},
	})
}

// Category 4 in everyday words: a union by its name, a strike ballot, a
// fast, a body trait captured, two men or two women in a couple.
func TestEverydaySpecialCategories(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Deux animatrices ont adhéré à FO cette année", Blocked, Sensitive, "union"},
		{"Les agents d'entretien ont rejoint SUD et votent la grève jeudi", Blocked, Sensitive, "union"},
		{"Both drivers joined Unite last month", Blocked, Sensitive, "union"},
		{"The kitchen staff are balloting for strike action", Blocked, Sensitive, "union"},
		{"Omar doesn't eat until sunset during this month, please plan the dinner later", Blocked, Sensitive, "religion"},
		{"La badgeuse du local scanne le visage de chaque bénévole", Blocked, Sensitive, "biometric"},
		{"On relève l'empreinte de l'index des adhérents à l'entrée", Blocked, Sensitive, "biometric"},
		{"Clara et Julie sont en couple depuis l'été", Blocked, Sensitive, "sexuality"},
		{"Paul et Marc se sont pacsés en juin", Blocked, Sensitive, "sexuality"},
		{"Léa et Thomas sont en couple", Blocked, Personal, "name"},
		{"Depuis son baptême, Océane ne vient plus aux entraînements du dimanche", Blocked, Sensitive, "religion"},
		{"Jess takes antiretroviral pills every morning", Blocked, Sensitive, "health"},
		{"Les trois cousins manouches qui viennent au club de boxe le lundi", Blocked, Sensitive, "origin"},
		{"Projection-débat sur l'histoire des tziganes en Europe", OK, 0, ""},
		{"Since she converted, Hannah no longer comes to Friday night socials", Blocked, Sensitive, "religion"},
		{"The sign-in tablet takes a photo of each volunteer's face to check identity", Blocked, Sensitive, "biometric"},
		{"The kitchen porters are all in the GMB and balloting for strike action", Blocked, Sensitive, "union"},
		{"Mehdi ne boit pas d'eau de la journée pendant le mois sacré", Blocked, Sensitive, "religion"},
		{"Since his baptism, Luca skips Sunday fixtures", Blocked, Sensitive, "religion"},
		{"Two of our drivers are Unite members and voted for industrial action", Blocked, Sensitive, "union"},
		{"La cantine reconnaît chaque enfant grâce à la forme de sa main", Blocked, Sensitive, "biometric"},
		{"Randonnée au coucher du soleil, pique-nique tiré du sac", OK, 0, ""},
		{"Les syndicats CFDT et CGT tiennent un stand à la fête du travail", OK, 0, ""},
		{"Vacances dans le sud de la France : on a rejoint le Sud en train", OK, 0, ""},
	})
}

// The association's confidential matters without a keyword.
func TestUnspokenDealsAreSensitive(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Start at 2,000 for the van, we can go up to 2,600", Blocked, Sensitive, "negotiation"},
		{"Notre prix minimum pour la buvette : 1 200 €, à ne surtout pas révéler au traiteur", Blocked, Sensitive, ""},
		{"Les recettes de la buvette en liquide ne passent pas toutes dans les comptes", Blocked, Sensitive, "finance"},
		{"Cash from the raffle stays in a drawer and is never recorded", Blocked, Sensitive, "finance"},
		{"Convaincre les bénévoles du Secours populaire de venir chez nous, ils y sont mal accueillis", Blocked, Sensitive, "hr"},
		{"Faire croire au bailleur qu'un autre local nous attend pour négocier le loyer", Blocked, Sensitive, ""},
		{"Le bureau prépare le remplacement de la trésorière sans la prévenir", Blocked, Sensitive, ""},
		{"On pense que le trésorier a falsifié des factures", Blocked, Sensitive, "criminal"},
		{"Annoncer au fournisseur qu'on a un devis moins cher, ce qui est faux", Blocked, Sensitive, "confidential"},
		{"Le CA veut pousser le trésorier vers la sortie sans l'en informer", Blocked, Sensitive, ""},
		{"Raffle cash goes straight into the float and isn't declared", Blocked, Sensitive, "finance"},
		{"Tell the landlord we have another offer (we don't) to get the rent down", Blocked, Sensitive, "confidential"},
		{"Maximum we'll pay for the coach: 1,500, start the talks at 1,100", Blocked, Sensitive, "negotiation"},
		{"On dira à la Région que le projet est déjà cofinancé, même si ce n'est pas vrai", Blocked, Sensitive, "confidential"},
		{"On pense que le vice-président s'est remboursé des frais fictifs", Blocked, Sensitive, "criminal"},
		{"On racontera au bailleur que la mairie nous offre un autre local, ce qui est faux", Blocked, Sensitive, "confidential"},
		{"On annoncera 300 inscrits au département, en vrai on en a 180", Blocked, Sensitive, "confidential"},
		{"On dit au financeur que le projet avance alors qu'en réalité rien n'a commencé", Blocked, Sensitive, "confidential"},
		{"On dit souvent que le bénévolat prend du temps, en réalité c'est deux heures par mois", OK, 0, ""},
		{"People say volunteering is hard when really it's fun and easy", OK, 0, ""},
		{"Tarifs : 5 € l'entrée, gratuit pour les moins de 12 ans", OK, 0, ""},
		{"Non, c'est faux : la sortie au zoo est bien maintenue samedi", OK, 0, ""},
		{"Proposer aux bénévoles de nous rejoindre au pique-nique de juin", OK, 0, ""},
		{"On commence à 14 h, on finit vers 17 h", OK, 0, ""},
		{"Tarif : 10 € la séance, on peut aller jusqu'à 3 séances par semaine", OK, 0, ""},
		{"Cash or card accepted at the bar", OK, 0, ""},
	})
}

// A login and a password written as a pair.
func TestCredentialPair(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Accès au back-office : gestion_club / Ete2024!", Blocked, Sensitive, "credential"},
		{"Identifiants messagerie : tresorier56 / Lune7788", Blocked, Sensitive, "credential"},
		{"Zoom login: club_admin / Blue&Green22", Blocked, Sensitive, "credential"},
		{"WordPress: admin / Hiver-2023", Blocked, Sensitive, "credential"},
		{"Horaires : lundi / mardi", OK, 0, ""},
		{"Scores du tournoi : Dijon 2 / Beaune 1", OK, 0, ""},
		{"Connexion au wifi : demander le code à l'accueil / au bar", OK, 0, ""},
	})
}

// Public text that the rules used to flag.
func TestPublicTextStaysPublic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Concours photo nature : paysages uniquement, aucun visage", OK, 0, ""},
		{"En 2023 nous avons accueilli 640 familles (chiffres publiés dans notre rapport annuel)", OK, 0, ""},
		{"Salon bien-être : nutrition, sommeil, dépression, addictions, stands associatifs", OK, 0, ""},
		{"Our trustees' report is filed with the Charity Commission", OK, 0, ""},
		{"Reception phone: 0161 496 0123, weekdays 9-5", OK, 0, ""},
		{"Health fair: sleep, stress, addictions, mental health, stalls from local charities", OK, 0, ""},
		{"Permanence de l'antenne de Vierzon : 02 48 75 11 20, le mardi", OK, 0, ""},
		{"Photo du potager de Karima Haddad, sans visages", Blocked, Personal, "name"},
	})
}
