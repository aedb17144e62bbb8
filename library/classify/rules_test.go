package classify

import (
	"slices"
	"testing"
)

// ruleCase is one of our own unit cases: the verdict, the category (0: any)
// and a rule that must be among the findings ("" : none required).
type ruleCase struct {
	text string
	v    Verdict
	cat  Category
	rule string
}

func runRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	c := rulesOnly()
	for _, tc := range cases {
		r := c.Classify(tc.text)
		if r.Verdict != tc.v || tc.cat != 0 && r.Category != tc.cat ||
			tc.rule != "" && !slices.Contains(ruleNames(r), tc.rule) {
			t.Errorf("%q: got %d/%s %v, want %d/%s %s", tc.text, r.Category, r.Verdict, describe(tc.text, r), tc.cat, tc.v, tc.rule)
		}
	}
}

// rulesOnly is a classifier without the learned check: the rules' tests
// check what the rules find; learned_check_test.go checks what the
// learned check adds on top of them.
func rulesOnly() *Classifier {
	c := New(Rules{})
	c.noLearned = true
	return c
}

func ruleNames(r Result) []string {
	var names []string
	for _, f := range r.Findings {
		names = append(names, f.Rule)
	}
	return names
}

func describe(text string, r Result) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Rule+":"+text[f.Start:f.End])
	}
	return out
}

func TestNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Demander à Mme Ouedraogo si elle peut venir", Blocked, Personal, "name"},
		{"M. Dupont a rendu les clés", Blocked, Personal, "name"},
		{"Rendez-vous avec Dr Martin jeudi", Blocked, Personal, "name"},
		{"Mrs Thompson will bring the cakes", Blocked, Personal, "name"},
		{"Les clés sont chez Théo Brunet-Lacaze", Blocked, Personal, "name"},
		{"Contact : Priya Raman", Blocked, Personal, "name"},
		{"Trésorière : LEBRETON Anne-Sophie", Blocked, Personal, "name"},
		{"Compte rendu rédigé par J.-P. Morel", Blocked, Personal, "name"},
		{"Signé J. Dupont", Blocked, Personal, "name"},
		{"Demander à Karima pour les clés", Blocked, Personal, "name"},
		{"Raphaël, notre bénévole, tiendra le stand", Blocked, Personal, "name"},
		{"On dépose le matériel chez les Guérin", Blocked, Personal, "name"},
		{"Passer voir la famille Benali samedi", Blocked, Personal, "name"},
		{"appeler jean dupont demain", Blocked, Personal, "name"},
		{"RENDEZ-VOUS AVEC PIERRE MARTIN DEMAIN", Blocked, Personal, "name"},
		{"Dupont Marie, bénévole depuis 2019", Blocked, Personal, "name"},
		{"Les clés sont chez Lefebvre", Blocked, Personal, "name"},
		{"Tom a appelé ce matin", Blocked, Personal, "name"},
		{"Merci à Rose pour les gâteaux", Blocked, Personal, "name"},
		{"Inscription : Noah Perrin", Blocked, Personal, "name"},
		{"Gilles V. a rapporté la sono", Blocked, Personal, "name"},
		// not names
		{"Exposition salle Simone Veil", OK, Public, ""},
		{"Rassemblement place Jean Jaurès à 18h", OK, Public, ""},
		{"Tournoi au gymnase Pierre de Coubertin", OK, Public, ""},
		{"Tram T2, arrêt Jean Macé", OK, Public, ""},
		{"Sortie au lycée Victor Hugo", OK, Public, ""},
		{"Stand au centre hospitalier Henri Laborit", OK, Public, ""},
		{"Concert à l'église Saint-Paul", OK, Public, ""},
		{"Atelier à la médiathèque Louise Michel", OK, Public, ""},
		{"La Cravate Solidaire co-anime l'atelier CV avec la Mission Locale", OK, Public, ""},
		{"VENTE DE GATEAUX AU PROFIT DU TELETHON DIMANCHE", OK, Public, ""},
		{"Collecte avec les Restos du Cœur et le Secours populaire", OK, Public, ""},
		{"Rose des vents : atelier d'orientation", OK, Public, ""},
		{"Fête de la Saint-Jean au jardin partagé", OK, Public, ""},
		{"Réunion le Lundi 3 mars à la MJC", OK, Public, ""},
		{"Le maire adjoint à la jeunesse remettra les diplômes", OK, Public, ""},
		// public figures: a doubt, unless they appear at a public event (event_guest.go)
		{"L'ancienne ministre Évelyne Carrère sera marraine", Doubt, Personal, "public-figure"},
		{"Rencontre avec l'autrice Annie Ernaux", OK, Public, ""},
	})
}

func TestSpecialCategories(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mme Dupont est diabétique", Blocked, Sensitive, "health"},
		{"Un de nos bénéficiaires est séropositif", Blocked, Sensitive, "health"},
		{"Je suis enceinte, je ne pourrai pas porter les cartons", Blocked, Sensitive, "health"},
		{"Sa mère est hospitalisée depuis lundi", Blocked, Sensitive, "health"},
		{"Notre bénévole Paul est en arrêt maladie pour dépression", Blocked, Sensitive, ""},
		{"Le petit a une allergie aux arachides", Blocked, Sensitive, "health"},
		{"Raphaël, notre bénévole d'origine haïtienne", Blocked, Sensitive, "origin"},
		{"Elle est sans-papiers depuis 2021", Blocked, Sensitive, "origin"},
		{"Une bénévole musulmane demande un local pour prier", Blocked, Sensitive, "religion"},
		{"Mme Lopes a quitté l'Église évangélique", Blocked, Sensitive, "religion"},
		{"Notre secrétaire est encartée au RN", Blocked, Sensitive, "politics"},
		{"Il est délégué syndical CGT chez son employeur", Blocked, Sensitive, "union"},
		{"Formation syndicale de Bruno Aubry (Solidaires)", Blocked, Sensitive, "union"},
		{"Son fils est homosexuel et a peur d'en parler", Blocked, Sensitive, "sexuality"},
		{"Reconnaissance de l'iris de Nicolas pour ouvrir le local", Blocked, Sensitive, "biometric"},
		{"Le bénévole Patrice sort de détention provisoire", Blocked, Sensitive, "criminal"},
		{"Mon voisin a un casier judiciaire", Blocked, Sensitive, "criminal"},
		{"He was arrested last week", Blocked, Sensitive, "criminal"},
		{"My neighbour is HIV positive", Blocked, Sensitive, "health"},
		{"Mme Diallo est diabetique", Blocked, Sensitive, "health"},
		// generic use: public
		{"Atelier de prévention du diabète ouvert à tous", OK, Public, ""},
		{"Permanence pour les demandeurs d'asile le mercredi", OK, Public, ""},
		{"Conférence sur la laïcité jeudi soir", OK, Public, ""},
		{"Table ronde : vivre avec un handicap invisible au travail", OK, Public, ""},
		{"Intervention sur les addictions et les écrans au lycée", OK, Public, ""},
		{"Journée mondiale de lutte contre le sida : stand d'information", OK, Public, ""},
		{"Concert de gospel à l'église Saint-Paul, entrée libre", OK, Public, ""},
		{"Cours d'arabe pour débutants le samedi", OK, Public, ""},
		{"Atelier cuisine marocaine le vendredi", OK, Public, ""},
		{"Initiation à la langue des signes, 6 séances", OK, Public, ""},
		{"Awareness talk on mental health, open to all", OK, Public, ""},
	})
}

func TestStrategy(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"On prépare en secret la création d'une SCIC", Blocked, Sensitive, "confidential"},
		{"Projet de fusion avec l'association voisine", Blocked, Sensitive, "merger"},
		{"Le compte est à découvert depuis deux mois", Blocked, Sensitive, "finance"},
		{"Le commissaire aux comptes a relevé des charges non justifiées", Blocked, Sensitive, "finance"},
		{"On négocie avec Biocoop : ils offrent 5 %, on demande 8 %", Blocked, Sensitive, "negotiation"},
		{"Dossier Fondation Orange pas encore déposé", Blocked, Sensitive, "grant"},
		{"Rupture conventionnelle de la coordinatrice en cours", Blocked, Sensitive, "hr"},
		{"Altercation entre deux salariés au local", Blocked, Sensitive, "hr"},
		{"Assignation au tribunal par l'ancien locataire", Blocked, Sensitive, "litigation"},
		{"Merger talks with the other food bank are confidential", Blocked, Sensitive, ""},
		// public
		{"640 tonnes collectées, comme indiqué dans notre bilan en ligne", OK, Public, ""},
		{"Formation sur le harcèlement au travail pour les bénévoles", OK, Public, ""},
		{"Atelier gestion des conflits le samedi matin", OK, Public, ""},
	})
}

func TestIndirectAndGray(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La famille avec les quadruplés de la rue des Écoles", Blocked, Personal, "indirect"},
		{"La bénéficiaire qui vient le lundi a oublié son sac", Blocked, Personal, "indirect"},
		{"Une bénévole de 34 ans, infirmière à Angers", Blocked, Personal, "indirect"},
		{"Le seul jeune du quartier à jouer du violon", Blocked, Personal, "indirect"},
		{"Most of our beneficiaries are single fathers in their forties", Doubt, 0, "aggregate"},
		{"Nos donateurs ont en moyenne plus de 70 ans", Doubt, 0, "aggregate"},
		{"30 % de nos adhérents sont au RSA", Doubt, 0, "aggregate"},
		{"Beaucoup de familles de l'épicerie renoncent aux soins", Doubt, 0, ""},
		{"L'entreprise qui nous livre envisage de fermer son magasin local", Doubt, 0, "partner"},
		{"Le festival qu'on co-organise pourrait ne pas avoir lieu", Doubt, 0, "partner"},
		{"Le recrutement d'un deuxième salarié est repoussé", Doubt, 0, "internal"},
		{"La trésorière présentera les comptes", Doubt, Personal, "single-role"},
		{"Photo du loto où l'on voit les bénévoles au premier rang", Blocked, Personal, "photo"},
		// public
		{"Cours de FLE le mardi de 14h à 16h", OK, Public, ""},
		{"Location de la salle pour les adhérents : 80 € le week-end", OK, Public, ""},
		{"Zumba for beginners every Tuesday at 10am in the community centre", OK, Public, ""},
		{"Un bénévole tiendra le stand", OK, Public, ""},
	})
}

func TestListsAndProfile(t *testing.T) {
	c := New(Rules{
		Allow:   []string{"Association Marie Curie", "contact@asso.fr"},
		Deny:    []string{"projet Phénix", "Biocoop"},
		Profile: []string{"Notre mission : l'accès de tous à la culture."},
	})
	cases := []struct {
		text string
		v    Verdict
		cat  Category
	}{
		{"L'association MARIE CURIE organise un loto", OK, Public},
		{"Le PROJET PHENIX avance", Blocked, Sensitive},
		{"Rendez-vous chez biocoop", Blocked, Sensitive},
		{"notre mission :  l'accès de tous à la culture.", OK, Published},
		{"NOTRE MISSION :\n l'accès de tous à la culture.", OK, Published},
		{"Notre mission : l'accès de tous à la culture. Et plus encore.", OK, Public},
		{"Marie Curie viendra", Blocked, Personal},
	}
	for _, tc := range cases {
		r := c.Classify(tc.text)
		if r.Verdict != tc.v || r.Category != tc.cat {
			t.Errorf("%q: got %d/%s %v, want %d/%s", tc.text, r.Category, r.Verdict, describe(tc.text, r), tc.cat, tc.v)
		}
	}
}

func TestGrayAndStrategyMore(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"On va solliciter la Fondation de France pour 20 000 €", Blocked, Sensitive, "grant"},
		{"On prépare le dossier FDVA, montant demandé 8 000 €", Blocked, Sensitive, "grant"},
		{"Il reste 1 200 € sur le compte, on ne pourra pas payer le loyer", Blocked, Sensitive, "finance"},
		{"Le salaire de notre animatrice passe à 1 900 € brut", Blocked, Sensitive, ""},
		{"La présidente ouvrira l'assemblée générale", Doubt, Personal, "single-role"},
		{"Le président du conseil départemental inaugurera la salle", OK, Public, ""},
		{"Une famille sur trois vit sous le seuil de pauvreté", Doubt, 0, "aggregate"},
		{"Les familles de l'épicerie ont souvent des problèmes de santé", Doubt, 0, ""},
		{"Notre principal mécène pourrait retirer son soutien", Doubt, 0, "partner"},
		{"Une bénévole a un souci personnel, elle sera absente", Doubt, 0, ""},
		{"On prépare le stand avec la Fondation Abbé Pierre", OK, Public, ""},
		{"Départ de la randonnée à 9h devant la mairie", OK, Public, ""},
		{"Le candidat retenu commencera en janvier", OK, Public, ""},
		// a label followed by a sentence, a kind of thing, a comparison
		{"L'e-mail doit fonctionner sans aucun nom : commence par « Bonjour »", OK, Public, ""},
		{"Indique le type de valeur attendu pour chaque colonne", OK, Public, ""},
		{"L'envie compte plus que l'expérience", OK, Public, ""},
		{"Il ne reste plus que 300 € sur le compte", Blocked, Sensitive, "finance"},
		// a generic framing does not hide a fact about someone named
		{"Notre mission : aider Paul Durand, un bénévole malade.", Blocked, Sensitive, "health"},
	})
}

func TestSpecialMore(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Notre bénévole Ahmed milite à LFI depuis dix ans", Blocked, Sensitive, "politics"},
		{"Sa fille est suivie par un psychologue depuis la rentrée", Blocked, Sensitive, "health"},
		{"Le fils de Mme Roux est en CM2 à l'IME", Blocked, Sensitive, "health"},
		{"Elle a fait un test ADN pour retrouver sa famille", Blocked, Sensitive, "biometric"},
		{"Mon voisin est né au Mali et vit seul", Blocked, Sensitive, "origin"},
		{"She is pregnant and cannot lift boxes", Blocked, Sensitive, "health"},
		{"Le club organise une marche contre le cancer", OK, Public, ""},
		{"Centre de dialyse : fermeture du parking en août", OK, Public, ""},
	})
}

func TestFormLabelsAndLowerCase(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Nom : dupont", Blocked, Personal, "name"},
		{"Prénom: karima", Blocked, Personal, "name"},
		{"Name: Smith", Blocked, Personal, "name"},
		{"voir avec mme lefebvre pour les clés", Blocked, Personal, "name"},
		{"Nom de l'association : Les Jardins du Nord", OK, Public, ""},
		{"Prévoir 5 m de tissu", OK, Public, ""},
	})
}

func TestEnglishAndAdjectives(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The only Syrian family in our building has three kids", Blocked, Sensitive, "origin"},
		{"Our treasurer is a union member", Blocked, Sensitive, "union"},
		{"We are negotiating with Tesco: they offer 3%, we ask 5%", Blocked, Sensitive, "negotiation"},
		{"The bakery might close next month", Doubt, 0, "partner"},
		{"Free yoga class every Monday at 6pm at the community hall", OK, Public, ""},
		{"Permanence juridique gratuite avec un avocat bénévole le mardi", OK, Public, ""},
		{"Une jeune maman de 19 ans vient chaque jeudi avec ses jumeaux", Blocked, Personal, "indirect"},
	})
}

func TestMoreGeneralisation(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le mari de Sandrine la frappe, elle a porté plainte", Blocked, Sensitive, ""},
		{"SA FILLE EST HOSPITALISEE EN PSYCHIATRIE", Blocked, Sensitive, "health"},
		{"la bénévole du mardi est sous chimio en ce moment", Blocked, Sensitive, "health"},
		{"Mr Diallo a obtenu son titre de sejour hier", Blocked, Sensitive, "origin"},
		{"On a 3 000 € de dettes auprès du fournisseur de fruits", Blocked, Sensitive, "finance"},
		{"Permanence de l'association France Alzheimer le premier lundi du mois", OK, Public, ""},
		{"Marche solidaire contre le cancer du sein : inscriptions à l'accueil", OK, Public, ""},
		{"Projection-débat sur l'homophobie au cinéma le Rex", OK, Public, ""},
		{"Réunion d'information sur le RSA et la prime d'activité", OK, Public, ""},
	})
}

func TestGrayRatiosAndMonths(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"12 familles sur 40 n'ont pas de mutuelle", Doubt, 0, "aggregate"},
		{"On change de local en septembre, ce n'est pas encore officiel", Blocked, Sensitive, "confidential"},
		{"La cotisation passera à 25 € en janvier", Doubt, 0, "internal"},
		{"Atelier cuisine en septembre, inscriptions ouvertes", OK, Public, ""},
	})
}

func TestSpecialVocabularyMore(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Son frère est sous curatelle depuis l'an dernier", Blocked, Sensitive, "health"},
		{"Elle est en couple avec une femme depuis dix ans", Blocked, Sensitive, "sexuality"},
		{"Le jeune est suivi par la PJJ", Blocked, Sensitive, "criminal"},
		{"Sa voisine est pentecôtiste", Blocked, Sensitive, "religion"},
	})
}

// A sentence pasted in quotation marks is not the title of a work when it
// names someone, and "the only … user" points at one person: the fact
// about that person stays sensitive.
func TestQuotedSentenceNamingSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"« Mme Dupont est diabétique. »", Blocked, Sensitive, "health"},
		{"The only wheelchair user who comes to the Thursday choir", Blocked, Sensitive, "health"},
		{"Il nous a écrit : « Karim Haddad est séropositif, ne le dites pas »", Blocked, Sensitive, "health"},
		{"\"Sophie Marchand is pregnant\", the coach said", Blocked, Sensitive, "health"},
	})
}

// Quoted titles, accessibility notes, organisation names and mission
// statements use special-category words without a person.
func TestPublicUsesOfSpecialWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Lecture théâtrale : « Le Malade imaginaire » samedi à 20h", OK, Public, ""},
		{"Book club: we read \"The Cancer Ward\" this month", OK, Public, ""},
		{"Projection du film « La Tête haute » suivie d'un débat", OK, Public, ""},
		{"Local accessible en fauteuil roulant, ascenseur au fond du couloir", OK, Public, ""},
		{"Wheelchair accessible entrance on the left side", OK, Public, ""},
		{"Stand tenu avec APF France handicap au forum", OK, Public, ""},
		{"Notre mission : accompagner les personnes atteintes de sclérose en plaques et leurs proches", OK, Public, ""},
		{"Free diabetes testing day at the town hall, no appointment needed", OK, Public, ""},
		{"Une psychologue de l'université animera la table ronde", OK, Public, ""},
		// the same words about a person stay sensitive
		{"Mme Giraud est en fauteuil depuis son accident", Blocked, Sensitive, "health"},
		{"Il m'a dit « je suis séropositif » hier soir", Blocked, Sensitive, "health"},
	})
}

// Venues named after people when the venue word is English, misspelt or
// comes after the name; organisations that carry a person's name.
func TestVenuesAfterNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Rehearsal at the Victor Schoelcher Hall on Friday", OK, Public, ""},
		{"Pick-up point: the Louise Michel library, ground floor", OK, Public, ""},
		{"Atelier en sale Jacques Prévert, 2e étage", OK, Public, ""},
		{"Conférence des Amis de Jules Verne à la médiathèque", OK, Public, ""},
		{"Contact sur place : Ibrahim Keita", Blocked, Personal, "name"},
		{"Ask Maria Gonzalez for the keys", Blocked, Personal, "name"},
	})
}

// Names with an apostrophe, lower-case first names next to a kinship word.
func TestNameShapesMore(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Rappeler Mme N'Guessan pour son inscription", Blocked, Personal, "name"},
		{"Le dossier de M. O'Connor est incomplet", Blocked, Personal, "name"},
		{"la cousine de bernadette, lucienne, viendra aider", Blocked, Personal, "name"},
		{"le fils de la voisine, kevin, a réparé le vélo", Blocked, Personal, "name"},
		{"la fille de la boulangère apporte les croissants", Blocked, Personal, ""},
		{"la cousine de la trésorière cuisine bien", Blocked, Personal, "indirect"},
		{"le fils du pharmacien joue au club", Blocked, Personal, "indirect"},
	})
}

// Health facts in apposition or as examinations and treatments.
func TestHealthBreadth(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Gérard P., parkinsonien, ne peut plus porter les caisses", Blocked, Sensitive, "health"},
		{"Les résultats du bilan sanguin de Mme Fabre sont arrivés", Blocked, Sensitive, "health"},
		{"Josiane rate le club ce mois-ci : séances de kiné tous les matins", Blocked, Sensitive, "health"},
		{"Notre voisin sort d'une opération du genou", Blocked, Sensitive, "health"},
		{"Le vieux monsieur du 2e ne reconnait plus personne", Blocked, Sensitive, "health"},
		{"Her husband drinks too much, she asked us for advice", Blocked, Sensitive, "health"},
		{"Robert est leucemique, il faut le menager", Blocked, Sensitive, "health"},
	})
}

// Origin, religion, politics and orientation in other words.
func TestSpecialDescriptions(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La famille qui campe derrière le stade est tsigane", Blocked, Sensitive, "origin"},
		{"Lina was adopted from Vietnam as a baby", Blocked, Sensitive, "origin"},
		{"Le nouveau trésorier est catho pratiquant", Blocked, Sensitive, "religion"},
		{"Marc is a card-carrying member of the Labour party", Blocked, Sensitive, "politics"},
		{"His boyfriend picks him up after practice", Blocked, Sensitive, "sexuality"},
		{"Les deux femmes du 5e sont en couple depuis des années", Blocked, Sensitive, "sexuality"},
		{"Two men from the choir got married last spring", Blocked, Sensitive, "sexuality"},
		{"Deux femmes tiendront la buvette samedi", OK, Public, ""},
		{"Atelier de danse en couple le vendredi", OK, Public, ""},
	})
}

// HR, negotiations and finances of the association, colloquial or English.
func TestStrategyColloquial(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"On ne renouvellera pas le contrat aidé de l'animatrice, elle n'est pas au courant", Blocked, Sensitive, ""},
		{"We will let the caretaker go in March", Blocked, Sensitive, "hr"},
		{"Le CDD de la cuisinière ne sera pas renouvelé, on ne lui a rien dit", Blocked, Sensitive, ""},
		{"Négo loyer : on propose 650 €, ils en veulent 800", Blocked, Sensitive, "negotiation"},
		{"On attend leur offre chiffrée pour le minibus", Blocked, Sensitive, "negotiation"},
		{"We offered 2 000 € for the van, they want 3 500", Blocked, Sensitive, "negotiation"},
		{"On propose un atelier cuisine le jeudi", OK, Public, ""},
		{"Budget détaillé du festival (non publié) : sono 4 200 €, cachets 9 000 €", Blocked, Sensitive, "finance"},
		{"Solde du compte courant : -1 350 € au 3 mars", Blocked, Sensitive, "finance"},
		{"Budget 2025 publié sur notre site : 48 000 €", OK, Public, ""},
		{"Tarif : 5 - 8 € par enfant, reversés à la banque alimentaire", OK, Public, ""},
		{"On va solliciter 12 000 € auprès de la Région, envoi du dossier en mai", Blocked, Sensitive, "grant"},
		{"Travaux en cours à la mairie, 20 000 € votés en conseil", OK, Public, ""},
		{"Offre d'emploi publiée : animateur jeunesse, CDI 35 h", OK, Public, ""},
		{"Coach reported by two parents for inappropriate messages", Blocked, Sensitive, "hr"},
	})
}

// Indirect identification without a name: one person, a spot, an arrival,
// a family detail.
func TestIndirectSpots(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La nouvelle de l'appartement 7 a trois enfants en bas âge", Blocked, Personal, "indirect"},
		{"The elderly lady in flat 12 who moved in last winter", Blocked, Personal, "indirect"},
		{"le petit du bungalow 4 vient seul le mercredi", Blocked, Personal, "indirect"},
		{"Notre plus ancienne adhérente, qui habite au-dessus de la boulangerie", Blocked, Personal, "indirect"},
		{"Rendez-vous salle 12 au rez-de-chaussée", OK, Public, ""},
		{"Le nouveau local ouvre en mars", Doubt, 0, ""},
	})
}

// Gray zone: vague quantities of the public, partners' hints, clergy and
// single roles, internal mood and undecided changes.
func TestGrayQuantitiesAndHints(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Plusieurs familles du quartier ne paient plus la cotisation", Doubt, 0, "aggregate"},
		{"Certaines jardinières trouvent les parcelles trop chères", Doubt, 0, "aggregate"},
		{"A few of our learners sleep in their car", Doubt, 0, ""},
		{"Une adhérente sur cinq vient en bus", Doubt, 0, "aggregate"},
		{"Les 2/3 des inscrits sont des retraités", Doubt, 0, "aggregate"},
		{"Plusieurs bénévoles tiendront le stand de crêpes", OK, Public, ""},
		{"Le club de foot pourrait ne plus nous prêter le minibus", Doubt, 0, ""},
		{"La paroisse cherche un repreneur pour la salle, paraît-il", Doubt, 0, "partner"},
		{"Le curé a demandé à réserver la salle", Doubt, Personal, "single-role"},
		{"Le cuistot de la cantine a besoin d'un nouveau frigo", Doubt, Personal, ""},
		{"Notre service civique commence lundi", Doubt, Personal, "single-role"},
		{"Des parents râlent à cause des nouveaux horaires", Doubt, 0, "internal"},
		{"La vente de brioches sera peut-être supprimée cette année", Doubt, 0, ""},
		{"We might cancel the summer trip, not decided yet", Doubt, 0, "internal"},
		{"La piscine sera fermée pour vidange la semaine prochaine", OK, Public, ""},
	})
}

// Second round: titles with names, events after their theme, contracts,
// a person's money, households, relations with partners, public titles.
func TestGeneralisationSecondRound(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Ciné-club : « Erin Brockovich » vendredi soir", OK, Public, ""},
		{"Breast Cancer Awareness stand at the Saturday market", OK, Public, ""},
		{"Nos actions : aider les personnes vivant avec le VIH à trouver un logement", OK, Public, ""},
		{"Gym douce pour les seniors, certificat médical à fournir", OK, Public, ""},
		{"Il a été hospitalisé la semaine dernière", Blocked, Sensitive, "health"},
		{"Le CDD de Yasmine se termine en juin et ne sera pas prolongé", Blocked, Sensitive, "hr"},
		{"Le contrat de location du minibus se termine fin juin", OK, Public, ""},
		{"Frais de déplacement du trésorier en 2024 : 1 250 €", Blocked, Sensitive, "finance"},
		{"Remboursement des frais kilométriques : 0,32 € du km pour tous les bénévoles", OK, Public, ""},
		{"Cette famille est gitane, elle vit en caravane", Blocked, Sensitive, "origin"},
		{"The Murphy family are Travellers from Cork", Blocked, Sensitive, "origin"},
		{"Nos rapports avec la mairie sont assez tendus depuis l'été", Doubt, 0, "partner"},
		{"L'écrivain Pennac dédicacera son livre", OK, 0, ""}, // an author at a signing: public_role.go
		{"Tonight we sing songs by Georges Brassens", Doubt, Personal, "public-figure"},
		{"Pas mal d'adhérents ont du mal à payer la cotisation", Doubt, 0, "aggregate"},
		{"The landlord wants to end our lease next spring", Blocked, Sensitive, "negotiation"},
	})
}

// Third round: named venues in English, generic evenings and services,
// theft, words that end in s, habits, English trends.
func TestGeneralisationThirdRound(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Craft fair at the Frida Kahlo community hall", OK, Public, ""},
		{"The Marie Curie exhibition opens on Monday", OK, Public, ""},
		{"Le foyer Coallia prête sa salle pour la fête", OK, Public, ""},
		{"Soirée asthme et sport avec un pneumologue, entrée libre", OK, Public, ""},
		{"Permanence de l'infirmière scolaire le lundi", OK, Public, ""},
		{"Le bilan financier présenté par le trésorier est publié sur notre site", OK, Public, ""},
		{"La trésorière fera le point mardi", Doubt, Personal, "single-role"},
		{"We are in talks with the town about taking over the old cinema", Blocked, Sensitive, "negotiation"},
		{"Le vendeur de la brocante a volé une caisse de livres", Blocked, Sensitive, "criminal"},
		{"Le cuisinier fume du cannabis pendant le service", Blocked, Sensitive, "health"},
		{"The man who sleeps in the park and comes every Friday", Blocked, Personal, "indirect"},
		{"Membership among young families went down this year", Doubt, 0, "aggregate"},
		{"On reparle de l'affaire du minibus jeudi", Doubt, 0, ""},
	})
}

// Fourth round: organisations named after a theme, themes before an
// English event, job offers, partners in the conditional.
func TestGeneralisationFourthRound(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le Secours islamique distribue des colis vendredi", OK, Public, ""},
		{"Permanence de la Ligue des droits de l'Homme au centre social", OK, Public, ""},
		{"Rencontre avec Architectes sans Frontières à la MJC", OK, Public, ""},
		{"Depression awareness training session for team leaders", OK, Public, ""},
		{"Poste d'animatrice à pourvoir dès septembre, postulez par courrier", OK, Public, ""},
		{"Swimming gala at the Alain Mimoun pool", OK, Public, ""},
		{"Le Secours populaire aurait du mal à payer son loyer", Doubt, 0, "internal"},
		{"D'après le rapport de la fédération, 2 000 repas sont servis chaque jour", OK, Public, ""},
	})
}

// Fifth round: treatments by name, English conditions, dismissals in
// English, applications to be filed; the same words in public use.
func TestGeneralisationFifthRound(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le petit Enzo prend de la Ritaline le matin", Blocked, Sensitive, "health"},
		{"Our treasurer Aisha has asthma, no smoke near her", Blocked, Sensitive, "health"},
		{"Mrs Kowalski is on lithium since last year", Blocked, Sensitive, "health"},
		{"The committee plans to dismiss the caretaker in May", Blocked, Sensitive, "hr"},
		{"La demande à la Fondation de France sera envoyée fin mars", Blocked, Sensitive, "grant"},
		{"Les statuts modifiés seront déposés en préfecture", OK, Public, ""},
		{"Recycle your lithium batteries at the front desk", OK, Public, ""},
		{"Families of children with special needs welcome every Saturday", OK, Public, ""},
		{"Sack race and egg-and-spoon race for the under-10s", OK, Public, ""},
	})
}

// Sixth round: partners that may stop, public figures in English, stormy
// meetings; ordinary uses of the same words.
func TestGeneralisationSixthRound(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le Crédit mutuel ne financera peut-être plus le tournoi", Doubt, 0, ""},
		{"The garden centre is considering stopping its plant donations", Doubt, 0, "partner"},
		{"Le maire serait prêt à nous céder le terrain", Doubt, 0, "internal"},
		{"We will welcome the poet Kae Tempest on Friday", Doubt, Personal, "public-figure"},
		{"L'assemblée générale a été houleuse, deux membres sont partis", Doubt, 0, "internal"},
		{"The workshop may end early if it rains", OK, Public, ""},
		{"Stop by our stand at the Christmas market", OK, Public, ""},
	})
}

// Seventh round: lower-case first names after a word that addresses a
// person, lower-case civilities before a capitalised surname, foster
// placements and numbered buildings.
func TestGeneralisationSeventhRound(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"voir avec marie-hélène pour les badges", Blocked, Personal, "name"},
		{"il faut demander à rachid pour la camionnette", Blocked, Personal, "name"},
		{"Rendez-vous avec monsieur Tshibangu jeudi", Blocked, Personal, "name"},
		{"Le garçon de 12 ans placé en famille d'accueil depuis l'été", Blocked, Sensitive, "indirect"},
		{"La concierge de l'immeuble 9 garde nos colis", Blocked, Personal, "indirect"},
		{"Rendez-vous avec le service jeunesse à 10h", OK, Public, ""},
		{"Call me Tuesday about the Paris trip", OK, Public, ""},
	})
}

// Eighth round: money the association owes or keeps, lawyers and cases,
// reproaches, applications not finalised, takeovers; public look-alikes.
func TestGeneralisationEighthRound(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"We still owe 4 300 € to the caterer", Blocked, Sensitive, "finance"},
		{"Plus que 600 € sur le livret A, attention", Blocked, Sensitive, "finance"},
		{"Le fisc nous réclame 2 500 € de pénalités", Blocked, Sensitive, "finance"},
		{"Notre avocate pense qu'on peut gagner le procès", Blocked, Sensitive, "litigation"},
		{"Le trésorier reproche à la secrétaire ses absences", Blocked, Sensitive, "hr"},
		{"Dossier pour la Fondation Abbé Pierre pas finalisé", Blocked, Sensitive, "grant"},
		{"Draft of our funding bid to the council, do not circulate", Blocked, Sensitive, ""},
		{"Le propriétaire demande 1 400 € de loyer, on va essayer de baisser", Blocked, Sensitive, "negotiation"},
		{"Le club réclame 5 € de cotisation aux nouveaux", OK, Public, ""},
		{"Audience en hausse pour notre émission de radio", OK, Public, ""},
		{"Les tickets de tombola sont à 2 €", OK, Public, ""},
	})
}

// Photos: an exhibition or a workshop is not a picture of someone.
func TestPhotosGeneric(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Exposition photo sur les familles du quartier à la médiathèque", OK, Public, ""},
		{"Atelier vidéo pour les jeunes pendant les vacances", OK, Public, ""},
		{"Photo des enfants du centre aéré à la piscine", Blocked, Personal, "photo"},
	})
}

// Ninth round, in English: a fact predicated of a person after a generic
// word, small counts of our own people, sentences served, amounts in k,
// redundancies, unfinished bids, halls that may not be available.
func TestGeneralisationNinthRound(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The woman who leads the Monday workshop is pregnant again", Blocked, Sensitive, "health"},
		{"L'animatrice de l'atelier couture a un cancer", Blocked, Sensitive, "health"},
		{"Three of our volunteers are HIV positive", Blocked, Sensitive, "health"},
		{"Our driver served time for robbery", Blocked, Sensitive, "criminal"},
		{"The town offered us 3k, we are holding out for 6k", Blocked, Sensitive, "negotiation"},
		{"We need to make two staff redundant before April", Blocked, Sensitive, "hr"},
		{"Our bid to the Heritage Fund is not finished", Blocked, Sensitive, "grant"},
		{"The scout hall might not be available after June", Doubt, 0, "partner"},
		{"Support group for a person living with diabetes and their carers", OK, Public, ""},
		{"We offered free tea and cakes at the fair, 2 € a slice", OK, Public, ""},
		{"Charity 5k run on Sunday morning", OK, Public, ""},
	})
}

func TestIndefinitePersonInGenericSentence(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Une bénévole de l'atelier couture est enceinte", Blocked, Sensitive, "health"},
		{"A volunteer from the Friday workshop has cancer", Blocked, Sensitive, "health"},
		{"Groupe de parole pour un proche vivant avec la maladie d'Alzheimer", OK, Public, ""},
	})
}

func TestGenericTitles(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Débat : l'obésité est-elle une maladie ?", OK, Public, ""},
		{"Conférence : le cancer est-il héréditaire ?", OK, Public, ""},
		{"Atelier : le harcèlement scolaire, comment réagir", OK, Public, ""},
		{"Le harcèlement de notre animatrice par un parent continue", Blocked, Sensitive, "hr"},
	})
}

// Upper-case technical words are not names, even when a rare first name
// is spelt the same ("Iban"): none of these values holds a name finding.
func TestAcronymsAreNotNames(t *testing.T) {
	cases := []ruleCase{
		{"IBAN : [IBAN_001]", OK, Public, ""},
		{"Son NIR : 1 85 05 78 006 084 36, IBAN FR76 3000 6000 0112 3456 7890 189", Blocked, Personal, "iban"},
		{"Joindre le RIB et le BIC au dossier", OK, Public, ""},
		{"Numéro SIRET à demander au comptable", OK, Public, ""},
		{"Dossier CAF et RSA à compléter avec IBAN", OK, Public, ""},
		{"Photocopie de la CNI à apporter", OK, Public, ""},
		{"Nom : CNI", OK, Public, ""},
		{"Voir avec IBAN pour le virement", OK, Public, ""},
		// real names stay names
		{"Iban Etxeberria viendra samedi", Blocked, Personal, "name"},
		{"Nom : DUPONT", Blocked, Personal, "name"},
		{"Trésorière : LEBRETON Anne-Sophie", Blocked, Personal, "name"},
	}
	runRuleCases(t, cases)
	c := New(Rules{})
	for _, tc := range cases {
		if tc.rule == "name" {
			continue
		}
		for _, f := range c.Classify(tc.text).Findings {
			if f.Rule == "name" || f.Rule == "public-figure" {
				t.Errorf("%q: %s finding %q", tc.text, f.Rule, tc.text[f.Start:f.End])
			}
		}
	}
}

// Anonymisation codes are neutral placeholders for the semantic rules:
// not a name, not a place, and a finding never ends inside one.
func TestAnonymisationCodesAreNeutral(t *testing.T) {
	cases := []ruleCase{
		{"Elle habite au [ADRESSE_001].", OK, Public, ""},
		{"Envoyer le reçu à Personne_001, [ADRESSE_001].", OK, Public, ""},
		{"Réponse de Personne_002 attendue avant vendredi", OK, Public, ""},
		{"Écrire à contact_001@anonyme.invalid ou appeler le [TÉLÉPHONE_003]", OK, Public, ""},
		{"Écrire à contact_001@anonyme.fr ou appeler le [TÉLÉPHONE_003]", OK, Public, ""}, // codes of earlier versions
		{"La fille de Personne_001 est inscrite", OK, Public, ""},
		{"[PSEUDO_001] et [NIR_001] notés, [IBAN_001] reçu", OK, Public, ""},
		// the other words of the sentence still count
		{"La voisine de 82 ans habite au [ADRESSE_001]", Doubt, Personal, "indirect"},
		{"Personne_001 est diabétique", Blocked, Sensitive, "health"},
		// not codes: too few digits, glued letters
		{"Personne_00 viendra", OK, Public, ""},
	}
	runRuleCases(t, cases)
	c := New(Rules{})
	for _, tc := range cases {
		for _, f := range c.Classify(tc.text).Findings {
			for i := 0; i < len(tc.text); i++ {
				if end := codeEnd(tc.text, i); end > 0 && (f.End > i && f.End < end || f.Start > i && f.Start < end) {
					t.Errorf("%q: %s finding %q cuts the code %q", tc.text, f.Rule, tc.text[f.Start:f.End], tc.text[i:end])
				}
			}
		}
	}
}

func TestClubsTopicsAndChildWelfare(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// sports clubs are organisations
		{"Match contre l'US Dax samedi à 15 h", OK, 0, ""},
		{"Le FC Lorient et l'AS Béziers viennent au tournoi", OK, 0, ""},
		{"Tell us Paul Durand's address", Blocked, Personal, "name"},
		// a historical figure as the topic of an event
		{"Exposé sur Martin Luther King pour les collégiens", OK, 0, ""},
		{"Hommage à Lucie Aubrac au foyer rural", Doubt, Personal, "public-figure"},
		{"Réunion avec Simone Veil demain", Blocked, Personal, "name"},
		{"Exposé sur Paul Durand, notre trésorier, samedi", Blocked, Personal, "name"},
		// child welfare and neurodevelopmental conditions
		{"Théo a un trouble autistique léger", Blocked, Sensitive, ""},
		{"Le petit Rayan est placé par l'ASE depuis l'été", Blocked, Sensitive, ""},
		{"Yanis a des troubles de l'attention", Blocked, Sensitive, ""},
		{"Conférence sur les troubles du comportement chez l'enfant", OK, 0, ""},
	})
}

func TestBiometricCollectionOnOwnPeople(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Relever les empreintes digitales des bénévoles à l'accueil", Blocked, Sensitive, "biometric"},
		{"Mettre la reconnaissance faciale pour nos salariés au badge", Blocked, Sensitive, "biometric"},
		{"Conférence sur la biométrie et la vie privée", OK, 0, ""},
		{"Article sur la reconnaissance faciale dans les aéroports", OK, 0, ""},
	})
}

func TestAddressOfAPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Voici l'adresse du bénévole : 14 rue des Acacias, 33000 Bordeaux", Blocked, Personal, "postal-address"},
		{"Les coordonnées d'une adhérente : 5 allée des Pins 44000 Nantes", Blocked, Personal, "postal-address"},
		{"Adresse de l'association : 14 rue des Acacias, 33000 Bordeaux", OK, 0, ""},
		{"Adresse du local : 7 rue de la Gare", OK, 0, ""},
	})
}

func TestBirthdayWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Anniv de Paul le 12/03/1974, prévoir un gâteau", Blocked, Personal, "birthdate"},
		{"Amandine fête ses 50 ans, elle est née en 1976", Blocked, Personal, "birthdate"},
		{"Le trésorier est né en 1968", Doubt, Personal, "birthdate"},
		{"Les 20 ans de l'association le 12 mars 2025", OK, 0, ""},
		{"Anniversaire de l'association le 12 mars 2025 au foyer", OK, 0, ""},
		{"10e anniversaire du club : 5 avril 2025", OK, 0, ""},
	})
}

func TestGrayFractionsAndTrends(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Une minorité de nos bénévoles assure toutes les permanences", Doubt, Personal, "aggregate"},
		{"Le quart des adhérents vient du quartier nord", Doubt, Personal, "aggregate"},
		{"La fréquentation a chuté de 15 % cette année", Doubt, Personal, "aggregate"},
		{"On a l'impression que les familles viennent moins le samedi", Doubt, Personal, "aggregate"},
		{"La ressourcerie partenaire va peut-être fermer en juin", Doubt, Personal, "partner"},
		{"Merci pour vos dons, surtout en hiver", OK, 0, ""},
		{"La moitié de la tarte est pour vous", OK, 0, ""},
		{"On a l'impression que le temps passe vite", OK, 0, ""},
	})
}

func TestViolenceSufferedByAChild(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Un enfant de l'atelier a subi des violences à la maison", Blocked, Sensitive, "health"},
		{"Le fils de Karine a subi des violences l'an dernier", Blocked, Sensitive, "health"},
		{"Atelier de prévention des violences faites aux enfants", OK, 0, ""},
	})
}

func TestCapitalisedWordsInPlaceNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Son adresse : 9 rue Pasteur 59000 Lille", Blocked, Personal, "postal-address"},
		{"Rendez-vous à l'église Protestante du quartier", OK, 0, ""},
		{"Notre bénévole Karim est musulman", Blocked, Sensitive, "religion"},
	})
}
