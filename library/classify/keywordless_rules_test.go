package classify

import "testing"

// Confidential matters without a keyword: margins, cash kept out of the
// accounts, a refused application sent again, a suspicion, poaching.
func TestConfidentialMattersWithoutKeyword(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Location du car : on annonce 900, on vise 1 100, plancher 800", Blocked, Sensitive, "negotiation"},
		{"For the stall fee, aim for 300 but we can settle for 240", Blocked, Sensitive, "negotiation"},
		{"Les ventes de crêpes en liquide ne sont pas passées en compta", Blocked, Sensitive, "finance"},
		{"We pay the DJ cash in hand, about 200 €", Blocked, Sensitive, "finance"},
		{"Le projet refusé par le Département, on le renvoie à la CAF sous un autre nom", Blocked, Sensitive, "grant"},
		{"Certains soupçonnent le trésorier d'avoir pris l'argent de la tombola", Blocked, Sensitive, "criminal"},
		{"La secrétaire se ferait rembourser des frais imaginaires", Blocked, Sensitive, "criminal"},
		{"Le trésorier mettrait ses courses sur la carte de l'asso", Blocked, Sensitive, "criminal"},
		// a question on how to act suspects whoever, not someone
		{"What should trustees do if they suspect a staff member of fraud?", OK, 0, ""},
		{"On soupçonne un bénévole de voler dans la caisse.", Blocked, Sensitive, "criminal"},
		{"Comment réagir si on soupçonne le trésorier de détourner des fonds ?", Blocked, Sensitive, "criminal"},
		// « extrait » ends like a conditional and is a noun: no suspicion
		{"Extrait des statuts : le trésorier rend compte des frais de l'année à l'AG", Doubt, Personal, "single-role"},
		{"Débaucher leur animatrice avant la rentrée", Blocked, Sensitive, "hr"},
		{"Tarifs du stage : 120 € la semaine, 200 € les deux semaines", OK, 0, ""},
		{"We'll offer 3,000 and can go up to 3,400 if they insist", Blocked, Sensitive, "negotiation"},
		{"Ne rien dire aux bénévoles avant la réunion de lundi", Blocked, Sensitive, "confidential"},
	})
}

// Public text that must pass: an appeal for donations with the
// association's own IBAN, a postponement for the weather, a public
// office holder.
func TestPublicTextThatMustPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pour nous soutenir, faites un virement sur notre compte : FR70 3000 2005 5000 0015 7845 Z02", OK, 0, ""},
		{"Le tournoi de samedi est reporté à cause de l'orage annoncé", OK, 0, ""},
		{"Allocution de la conseillère régionale à l'ouverture du salon", OK, 0, ""},
		{"Virement de Mme Lefort : FR70 3000 2005 5000 0015 7845 Z02", Blocked, 0, "iban"},
	})
}

// Special categories in everyday words about one person.
func TestSpecialCategoriesInEverydayWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Ibrahim sortait avec la fille du gardien", Blocked, Sensitive, "sexuality"},
		{"Sa voisine est témoin de Jéhovah", Blocked, Sensitive, "religion"},
		{"Les grévistes de la plateforme logistique, dont Sandrine Morel", Blocked, Sensitive, "union"},
		{"Relever l'empreinte palmaire des animateurs au portail", Blocked, Sensitive, "biometric"},
		{"Ma cousine a un amant depuis deux ans", Blocked, Sensitive, "sexuality"},
	})
}

// Identifiers read from tokens: IP addresses and a public body's
// identifier of a person.
func TestIPAddressesAndBodyIdentifiers(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Connexion suspecte depuis 86.212.4.77 hier soir", Blocked, Personal, "ip"},
		{"login from fe80:1c2:33ab:9:12:ff01 on the tablet", Blocked, Personal, "ip"},
		{"Numéro allocataire CAF de la famille : 7734120X", Blocked, Personal, "public-id"},
		{"Mise à jour vers la version 2.4.1.9 du logiciel de caisse", OK, 0, ""},
		{"Rendez-vous le 12.03 à 14.30 au local", OK, 0, ""},
		// five groups of two digits are a phone number, the association's line here
		{"Appelez la permanence au 05.56.78.90.12 le mardi.", OK, 0, ""},
		{"Mon portable : 06.12.34.56.78", Blocked, Personal, "phone"},
	})
}

// A definite person pinned down by a body, a place or a deed is one
// person: blocked, not doubt.
func TestPersonPinnedDownByRoleAndPlace(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"la secrétaire de l'amicale laïque de Saint-Amand-Montrond", Blocked, Personal, "indirect"},
		{"le gardien du 7 ter qui nous garde les clés", Blocked, Personal, "indirect"},
		{"la mamie qui a gagné le concours de belote", Blocked, Personal, "indirect"},
		{"Inauguration en présence du président du conseil régional", OK, 0, ""},
	})
}

// Internal news without a keyword: tension in the board, a fall in
// activity, a statistic about a small group.
func TestInternalNewsWithoutKeyword(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Gros désaccord au bureau sur le choix du traiteur", Doubt, 0, "internal"},
		{"Nette baisse des adhésions à la chorale depuis septembre", Doubt, 0, "aggregate"},
		{"Parmi les 9 jardiniers de la parcelle nord, 7 ont plus de 70 ans", Doubt, 0, "aggregate"},
		{"Les inscriptions au tournoi sont ouvertes jusqu'au 3 mai", OK, 0, ""},
	})
}

// Orientation told by describing a couple, biometrics beyond fingerprints,
// a break-in of the premises as a gray-zone matter.
func TestCouplesScansAndBreakIns(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Elle est en couple avec une femme depuis le lycée", Blocked, Sensitive, "sexuality"},
		{"Nos deux animatrices se sont pacsées en juin", Blocked, Sensitive, "sexuality"},
		{"Un couple d'hommes a loué la salle pour leur mariage", Blocked, Sensitive, "sexuality"},
		{"Il vit avec sa femme et leurs enfants à Brest", Doubt, Personal, ""},
		{"Contrôle d'accès par reconnaissance du visage pour les résidents", Blocked, Sensitive, "biometric"},
		{"La cabane a été cambriolée pendant les vacances", Doubt, 0, "vague"},
	})
}

// Gray zone without a keyword: an answer awaited on a grant, a split
// board, thefts and forced doors, tight accounts.
func TestGrayNewsAwaitedOrTense(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Toujours pas de nouvelles du mécène pour le renouvellement", Doubt, 0, ""},
		{"We're still waiting to hear whether the funding is renewed", Doubt, 0, "partner"},
		{"Le comité est partagé sur le nouveau logo", Doubt, 0, "internal"},
		{"Deux vols de vélos devant le local depuis la rentrée", Doubt, 0, "vague"},
		{"Budget serré cette année pour le club", Doubt, 0, "vague"},
		{"Merci au Département pour sa subvention de 2 500 €", OK, 0, ""},
	})
}

// Names in a list, thanks to a nickname, a relative's lower-case first
// name; a relative clause after a complement; a clause that is a rule for
// whoever fits it stays unpinned.
func TestListsOfNamesAndDeedsAfterAComplement(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Merci à Titou et Bichette pour le rangement", Blocked, Personal, "name"},
		{"le numéro de la maman de chloé est au secrétariat", Blocked, Personal, "name"},
		{"La dame du 5e qui a perdu son chat cherche de l'aide", Blocked, Personal, "indirect"},
		{"L'ado de 15 ans qui a tagué le mur du gymnase", Blocked, Personal, "indirect"},
		{"La personne qui a oublié son parapluie peut le récupérer à l'accueil", OK, 0, ""},
	})
}

// Sensitive matters in other words: a code typed digit by digit, figures
// dressed for a funder, bribes and money taken, staff representatives.
func TestSensitiveMattersInOtherWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Cadenas du portail : 2 8 4 6", Blocked, Sensitive, "credential"},
		{"Code postal 3 3 0 0 0 pour les courriers", OK, 0, ""},
		{"On a un peu gonflé les effectifs dans le bilan pour la Région", Blocked, Sensitive, "finance"},
		{"Selon la rumeur, la trésorière se servirait dans la caisse", Blocked, Sensitive, "criminal"},
		{"Il est élu au CSE de son usine", Blocked, Sensitive, "union"},
		{"Les chiffres de fréquentation sont publiés sur notre site", OK, 0, ""},
	})
}

// Public offers that describe their public pass; a film about a public
// figure shows no one of the association.
func TestPublicOffersDescribingTheirPublic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Aide aux devoirs gratuite pour les collégiens en difficulté", OK, 0, ""},
		{"Réunion d'information sur les droits des personnes sourdes, à la mairie", OK, 0, ""},
		{"Projection d'un film sur Nelson Mandela, suivie d'un débat", OK, Public, ""}, // a famous name of a kept list (famous_names.go)
	})
}

// Places and readings named after people pass; a civility after a place
// word is still a person.
func TestPlacesReadingsAndCivilities(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Covoiturage depuis le parking Jean Jaurès", OK, 0, ""},
		{"Lecture des poèmes de Paul Verlaine au jardin", OK, Public, ""}, // famous_names.go
		{"On range les tables dans le garage de Mme Lemoine", Blocked, Personal, "name"},
	})
}

// Health and origin said in everyday words about one person; the same
// words about a public or a place pass.
func TestHealthAndOriginInEverydayWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Depuis sa fausse couche, Maëlys ne vient plus à la chorale", Blocked, Sensitive, "health"},
		{"The man at number 22 is asylum seeker, he needs a lawyer", Blocked, Sensitive, "origin"},
		{"Nono est hospitalisé depuis mardi", Blocked, Sensitive, "name"},
		{"Refugees welcome: free English classes every Thursday", OK, 0, ""},
	})
}

// English at the level of French: arrears and reserves, drafts, silences,
// people hurt, break-ins.
func TestEnglishConfidentialAndGray(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"We are two months behind on the rent for the workshop", Blocked, Sensitive, "finance"},
		{"The funding bid is still being drafted by the chair", Blocked, Sensitive, "grant"},
		{"The housing trust has gone quiet since our last email", Doubt, 0, "partner"},
		{"A volunteer got hurt moving the tables on Sunday", Doubt, 0, ""},
		{"First aid course: what to do when someone is injured", OK, 0, ""},
	})
}

// Nicknames and surnames-that-are-words doing something, a person's
// career, luring another body's people, face scans, fasting, a couple
// of two named women.
func TestPeopleToldByWhatTheyDo(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Didou de la chorale a apporté les partitions", Blocked, Personal, "name"},
		{"La Petite Zaza passe chercher les gobelets", Blocked, Personal, "name"},
		{"Berger a dit qu'il fermerait la salle", Blocked, Personal, "name"},
		{"Sa carrière : ouvrier pendant 20 ans, licencié en 2015, reconversion en cuisine", Blocked, Personal, "indirect"},
		{"Ancien boulanger, veuf, il s'est installé au hameau l'an dernier", Blocked, Personal, "indirect"},
		{"Attirer discrètement les animateurs du centre voisin chez nous", Blocked, Sensitive, "hr"},
		{"They want to scan every volunteer's face at the entrance", Blocked, Sensitive, "biometric"},
		{"Samir jeûne cette semaine, prévoir le goûter après le coucher du soleil", Blocked, Sensitive, "religion"},
		{"Inès et Maud sont en couple, elles cherchent un appartement", Blocked, Sensitive, "sexuality"},
		{"Il s'agit d'une sortie ouverte à tous", OK, 0, ""},
		{"Atelier jeunes : scan de documents et retouche photo", OK, 0, ""},
	})
}

// Statistics and incidents keep their doubt in a class's sentence or
// dated by "la semaine dernière".
func TestFallsAndIncidentsInClassSentences(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Fréquentation du cours de couture en baisse depuis la rentrée", Doubt, 0, "aggregate"},
		{"Sur les 9 élèves du cours du soir, 7 sont au chômage", Doubt, 0, "aggregate"},
		{"Dégradations sur le portail du jardin la semaine dernière", Doubt, 0, "vague"},
		{"Inscriptions au foot : certificat médical à fournir", OK, 0, ""},
	})
}

// An upper-case word after an article is a body, not a person, even when
// a first name is spelt the same ("l'ADIL", Adil).
func TestUpperCaseBodiesAfterAnArticle(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Atelier logement animé par l'ADIL, entrée libre", OK, 0, ""},
		{"Rendez-vous au CIDFF pour les questions de droit", OK, 0, ""},
		{"Dossier suivi par ADIL BENSAID, notre médiateur", Blocked, Personal, "name"},
	})
}

// More confidential matters without a keyword: an opening and a limit,
// keeping a partner in the dark, cash hidden, conflicts of interest,
// luring members of a closing club, leaks.
func TestMoreConfidentialMattersWithoutKeyword(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pour la salle, on commence à 300 et on accepterait 380", Blocked, Sensitive, "negotiation"},
		{"Le plafond pour le DJ c'est 900 €, ne pas leur dire", Blocked, Sensitive, "confidential"},
		{"Les billets de la tombola ne sont pas déposés en banque", Blocked, Sensitive, "finance"},
		{"La trésorière a choisi l'entreprise de son fils, sans mise en concurrence", Blocked, Sensitive, "finance"},
		{"Récupérer les joueurs de l'autre club avant la fusion des ligues", Blocked, Sensitive, ""},
		{"Des doutes sur les remboursements du secrétaire", Blocked, Sensitive, "criminal"},
		{"Offre d'adhésion : 15 € jusqu'au 31 octobre, 20 € ensuite", OK, 0, ""},
	})
}

// Gray zone: a grant that may drop, a partner that did not follow up,
// words between volunteers, a squat, falling donations; a belief blaming
// someone is a suspicion, a plan of one's own is not.
func TestGrayPartnersQuarrelsAndFalls(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le financement de la Région risque d'être réduit", Doubt, 0, "partner"},
		{"L'entreprise mécène n'a pas donné suite à notre dossier", Doubt, 0, "partner"},
		{"Accrochage entre deux parents au bord du terrain dimanche", Doubt, 0, "vague"},
		{"Les ventes de la boutique solidaire ont baissé cet automne", Doubt, 0, "aggregate"},
		{"On croit que c'est la secrétaire qui a perdu le registre", Blocked, Sensitive, "criminal"},
		{"La présidente pense organiser un loto en mars", Doubt, 0, ""},
	})
}

// "à" folds to "a" but is no verb: a first name that is a word before it
// is the word.
func TestPrepositionAIsNoVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Grâce à vous, la collecte a doublé", OK, 0, ""},
		{"Grâce a rangé la réserve", Blocked, Personal, "name"},
	})
}

// Code in a note is no name: `Update`, SetEnabled, README's.
func TestCodeIsNoName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le bouton est géré avec `Refresh` dans le code", OK, 0, ""},
		{"Switch it with SetVisible before the call", OK, 0, ""},
		{"Voir avec McAllister pour les clés", Blocked, Personal, "name"},
	})
}

// A confidential helpline, or a court, a deficit or a dismissal as the
// topic of a public event, is public; the association's own stays
// sensitive.
func TestPublicTopicsOfStrategyWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Accueil anonyme et confidentiel pour les jeunes, le mercredi", OK, 0, ""},
		{"Journée portes ouvertes au conseil de prud'hommes, entrée libre", OK, 0, ""},
		{"Licenciement économique : vos droits, atelier gratuit à la bourse du travail", OK, 0, ""},
		{"Atelier « Réussir son entretien d'embauche » au centre social", OK, 0, ""},
		{"Notre déficit atteint 6 000 €, réunion du bureau jeudi", Blocked, Sensitive, "finance"},
		{"Entretien confidentiel avec M. Roux au sujet de sa dette", Blocked, Sensitive, ""},
	})
}

// A general statement about an illness, a party as the subject of its
// own news, a plural group named by a singular term: topics, not facts
// about someone.
func TestGeneralStatementsAreTopics(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La maladie de Lyme touche des milliers de randonneurs chaque année", OK, 0, ""},
		{"L'endométriose, c'est quoi ? Soirée d'échange", OK, 0, ""},
		{"Le Parti communiste organise sa fête à la Courneuve", OK, 0, ""},
		{"Les Témoins de Jéhovah tiennent un stand au marché", Doubt, 0, "religion"},
		{"Elle a quitté les Témoins de Jéhovah l'an dernier", Blocked, Sensitive, "religion"},
		{"La dépression de son mari l'inquiète, comment l'aider ?", Blocked, Sensitive, "health"},
		{"Il milite au Parti communiste depuis ses 18 ans", Blocked, Sensitive, "politics"},
	})
}

// Self-harm, drugs and recovery, gender transition about one person.
func TestSelfHarmDrugsAndTransition(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Sa fille se scarifie depuis la rentrée", Blocked, Sensitive, "health"},
		{"He has been on methadone since the spring", Blocked, Sensitive, "health"},
		{"Notre animatrice est en transition, elle s'appelle désormais Léa", Blocked, Sensitive, "sexuality"},
		{"Prévention des addictions : atelier au lycée", OK, 0, ""},
	})
}

// Lower-case first names acting or paired, a child of a family, a
// civility with a letter, accounts on networks, a doyenne, a deed.
func TestMorePeopleAndAccounts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"sandrine viendra ouvrir la salle à 9h", Blocked, Personal, "name"},
		{"placer nadège et corinne au stand crêpes", Blocked, Personal, "name"},
		{"La cadette des Ouazzani entre en sixième", Blocked, Personal, "name"},
		{"Mme Z, 81 ans, veuve, ancienne couturière", Blocked, Personal, ""},
		{"Son compte Twitch : LucasGamer2010", Blocked, Personal, "handle"},
		{"Notre doyen aura 99 ans le mois prochain", Blocked, Personal, "indirect"},
		{"Suivez-nous sur Instagram : @club_voile44", OK, 0, ""},
	})
}

// HR matters about a named person: appraisals, reprimands, rudeness.
func TestHRMattersAboutSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Entretien annuel d'Olivier : retards répétés", Blocked, Sensitive, "hr"},
		{"Yannick a été réprimandé pour ses retards", Blocked, Sensitive, "hr"},
		{"Atelier : préparer son entretien professionnel", OK, 0, ""},
	})
}

// More gray news: a lost sponsor, a budget not closed, syringes found,
// friction in a committee; "plus de nouvelles activités" is good news.
func TestMoreGrayNews(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"L'association a perdu son mécène historique", Doubt, 0, "vague"},
		{"Le budget du festival n'est pas bouclé", Doubt, 0, "vague"},
		{"Some friction between the coaches since the tournament", Doubt, 0, "vague"},
		{"Plus de nouvelles activités cette année !", OK, 0, ""},
	})
}
