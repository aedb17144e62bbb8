package classify

import "testing"

// TestEvalSpecialFactsWithoutTheirNoun measures the two sets of testdata/special13, written
// by hand on 2 December 2026 (night) before the rules below: category-4
// facts about one person told in everyday words (special.jsonl), which a
// name alone blocked as category 3 — anonymised, the fact stayed — and
// their public look-alikes (lookalikes.jsonl). The sets were read while
// writing the rules: they guard against regressions, not quality on
// unseen text.
func TestEvalSpecialFactsWithoutTheirNoun(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/special13", "special13 sets"))
	m.check(t, "special13 sets", specialFactsWithoutTheirNounFloor)
}

// specialFactsWithoutTheirNounFloor is a little below the sets' figures after the rules
// (before: 82.9 % of the 555 sensitive values as category 4, 19.7 % of
// look-alikes blocked, 27.5 % flagged; after: 93.5, 19.0 and 26.8). The
// look-alikes still blocked are mostly a special word with no person and
// no public said (« La garde à vue dure 24 heures »): blocked by
// precaution (special.go addSpecial), left as they were.
var specialFactsWithoutTheirNounFloor = bounds{riskyBlocked: 98, sensitiveCat4: 92, okBlocked: 20, okFlagged: 28}

// An illness written as its initials in capitals (upper-only entries of
// special_terms.txt): « SEP », « AIT », « SLA » next to a person; the
// same letters in lower case or as a month are other words.
func TestIllnessInitials(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Hélène a une SEP diagnostiquée l'an dernier, elle se fatigue vite.", Blocked, Sensitive, "health"},
		{"Notre ancien président a la SLA, il communique avec une tablette.", Blocked, Sensitive, "health"},
		{"Rendez-vous le 12 Sep avec Paul pour le bilan.", Blocked, Personal, "name"},
		{"Il faut que Paul ait fini avant midi.", Blocked, Personal, "name"},
	})
}

// A stay told by its noun after a singular possessive (care_stay_nouns.txt:
// « son séjour à la clinique », « sa cure à l'hôpital ») is the person's;
// a group's outing and « préparer son séjour » (anyone's) are not.
func TestOwnedStayInCare(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Son séjour à l'hôpital psychiatrique a duré deux mois.", Blocked, Sensitive, "health"},
		{"Depuis son séjour à la Clinique du Château, Alain va beaucoup mieux.", Blocked, Sensitive, "health"},
		{"Le séjour des enfants à l'hôpital de jour est annulé à cause de la grève.", OK, 0, ""},
		{"Réunion : préparer son séjour à la maternité, ouvert à toutes.", OK, 0, ""},
	})
}

// A sentence's length served in a prison named by its place
// (prison_names.txt: « à Clairvaux », « à la Santé », « aux Baumettes »),
// with « tiré » and « purgé » among the verbs; a university or a public
// body of the same look is studies or a job.
func TestServedInNamedPrison(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mon voisin a fait dix ans à Clairvaux, il est sorti en 2019.", Blocked, Sensitive, "criminal"},
		{"Marco a tiré deux ans à la Santé, il s'est rangé depuis.", Blocked, Sensitive, "criminal"},
		{"Élodie a fait trois ans à la Sorbonne avant sa thèse.", Blocked, Personal, "name"},
		{"Il a fait deux ans à la Santé publique France comme chargé d'études.", OK, 0, ""},
	})
}

// An operation told as done to someone: « lui » or « m' », a form of
// avoir and the participle of a verb of surgery before its object
// (surgery_done.go doneToThem). Plaster taken off a ceiling and a
// question put to someone are not.
func TestSurgeryDoneToThem(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Chez Nathalie, ils lui ont enlevé un sein en mars.", Blocked, Sensitive, "health"},
		{"On lui a posé un stimulateur la semaine dernière, à Jeanne.", Blocked, Sensitive, "health"},
		{"Ils ont enlevé les plâtres du plafond de la salle.", OK, 0, ""},
		{"Le traiteur lui a posé la question du menu.", OK, 0, ""},
	})
}

// A thing in the plural (« des dialyses », « des voix ») said of one
// person named as someone's or as one of a group is that person's fact
// (special.go oneWithPluralThing); a length of time in months or weeks
// makes no public month. A trade's work and a workshop for a public stay
// as they were.
func TestOnePersonPluralThing(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Une de nos adhérentes a des dialyses le lundi.", Blocked, Sensitive, "health"},
		{"Un de nos bénévoles entend des voix depuis quelques mois, il a arrêté ses distributions.", Blocked, Sensitive, "health"},
		{"Une de nos bénévoles anime des ateliers pour les diabétiques.", OK, 0, ""},
		{"Mois sans tabac : trois semaines de défis pour tous.", OK, 0, ""},
	})
}

// Facts told in everyday words, added to the existing tables: a
// treatment's plural, an attack of panic, papers still awaited, a client
// of prostitutes, a couple formed or a night spent together, a first
// name changed, a slur, a face template; and their public look-alikes.
func TestEverydaySpecialFactsAddedToTables(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Lucie fait des attaques de panique avant chaque réunion.", Blocked, Sensitive, "health"},
		{"M. Barre a eu deux pontages en mai.", Blocked, Sensitive, "health"},
		{"Awa n'a toujours pas ses papiers, elle ne peut pas signer de contrat.", Blocked, Sensitive, "origin"},
		{"Christian fréquente des prostituées, sa femme l'a appris.", Blocked, Sensitive, "sexuality"},
		{"Laetitia et Hugo se sont mis ensemble après la fête de la musique.", Blocked, Sensitive, "sexuality"},
		{"Rémi et Zoé ont passé la nuit ensemble après le gala.", Blocked, Sensitive, "sexuality"},
		{"Alix a changé de prénom l'an dernier à l'état civil.", Blocked, Sensitive, "sexuality"},
		{"Le petit frère de Yasmine veut devenir une fille.", Blocked, Sensitive, "sexuality"},
		{"Les jeunes disent que le coach est pédé.", Blocked, Sensitive, "sexuality"},
		{"Le logiciel garde le gabarit facial de chaque adhérente.", Blocked, Sensitive, "biometric"},
		{"Le récépissé : comment obtenir ses papiers ? Permanence de la Cimade.", OK, 0, ""},
		{"Association d'aide aux personnes prostituées : permanence le jeudi.", OK, 0, ""},
		{"Changer de prénom : la démarche se fait en mairie.", OK, 0, ""},
		{"La clinique propose l'ablation des varices en ambulatoire.", OK, 0, ""},
		{"Comment fonctionne l'identification faciale dans les aéroports ? Conférence mardi.", OK, 0, ""},
	})
}

// A medicine defined by its kind (definition_heads.txt: « traitement »,
// « médicament », "medication") is a leaflet's sentence; the same
// definition with someone in a relative clause is not.
func TestMedicineDefined(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La méthadone est un traitement de substitution aux opiacés.", OK, 0, ""},
		{"Buprenorphine is a medication used for opioid dependence.", OK, 0, ""},
		{"Le Xanax est un médicament que prend ma sœur depuis l'hiver.", Blocked, Sensitive, "health"},
	})
}

// Medicines whose name tells the condition, examinations, common
// ailments and a few words of gender and of a hidden affair, added as
// weak entries (kept_health_terms.txt, kept_identity_terms.txt,
// special_terms.txt): facts next to a person, nothing on a notice, a
// radio show or a scanner of the office.
func TestEverydayHealthWordsAsWeakEntries(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Fabien a été mis sous Lyrica pour ses douleurs.", Blocked, Sensitive, "health"},
		{"Raphaël passe une IRM du cerveau jeudi, il ne pourra pas venir.", Blocked, Sensitive, "health"},
		{"Jules a des tocs, il vérifie dix fois que la porte est fermée.", Blocked, Sensitive, "health"},
		{"Le fils de Mme Guérin bégaie, il ne veut pas lire à voix haute.", Blocked, Sensitive, "health"},
		{"Ben's on a drip at home now, the district nurse comes twice a day.", Blocked, Sensitive, "health"},
		{"Sam est né fille, il se fait appeler Sam depuis le lycée.", Blocked, Sensitive, "sexuality"},
		{"Jessica et le prof de guitare se voient en cachette.", Blocked, Sensitive, "sexuality"},
		{"Mr Patel has kidney stones and is off work this week.", Blocked, Sensitive, "health"},
		{"Mrs Green is on morphine for the pain now.", Blocked, Sensitive, "health"},
		{"Le fils de Mme Ben Saïd va à l'école coranique le mercredi.", Blocked, Sensitive, "religion"},
		{"Loïc se travestit le week-end.", Blocked, Sensitive, "sexuality"},
		{"Le Lyrica est en rupture de stock dans les pharmacies, annonce l'ANSM.", OK, 0, ""},
		{"Visite de l'école coranique de la rue Jean-Jaurès : portes ouvertes.", OK, 0, ""},
		{"Les gendarmes ont relevé les empreintes sur la porte du local.", OK, 0, ""},
		{"The contract's termination of pregnancy leave clause was discussed by the board.", OK, 0, ""},
		{"Campagne de vaccination contre la rougeole : les enfants de 12 mois sont concernés.", OK, 0, ""},
		{"Julie passe une radio locale le samedi matin, elle y anime une émission.", Blocked, Personal, "name"},
		{"Paul répare le scanner du bureau.", Blocked, Personal, "name"},
		{"Les vertiges du pouvoir : conférence de Jean Dupont.", OK, 0, ""},
	})
}

// What an examination finds in an organ (lump_words.txt: « une boule au
// sein », « quelque chose au poumon de Didier », "a lump in her breast")
// is a person's health fact; « au sein de Nantes Métropole », « au cœur
// de Paris » and a talk on what a shadow on the lung means are not.
func TestLumpInOrgan(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les médecins ont trouvé quelque chose au poumon de Didier.", Blocked, Sensitive, "health"},
		{"They found a lump in her breast, Mary says.", Blocked, Sensitive, "health"},
		{"Il y a quelque chose au cœur de Paris qui change, dit Paul.", Blocked, Personal, "name"},
		{"On a trouvé une place au sein de Nantes Métropole pour le forum.", OK, 0, ""},
		{"Dr Paul explains what a shadow on the lung means, talk on Monday.", OK, 0, ""},
	})
}

// Care in its short words and health in its idioms (kept_health_terms.txt):
// an appointment « RDV onco », a drug against drink, a fall into alcohol,
// « le crabe »; an open workshop and a public service stay public.
func TestShortCareWordsAndIdioms(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"RDV onco pour Mme Blin jeudi 14h, qui peut l'emmener ?", Blocked, Sensitive, "health"},
		{"Pour la sortie : Jeannot ne doit pas boire, il est sous Antabuse.", Blocked, Sensitive, "health"},
		{"Marc est tombé dans l'alcool après son divorce.", Blocked, Sensitive, "health"},
		{"Vincent a « le crabe », il ne veut pas qu'on en parle.", Blocked, Sensitive, "health"},
		{"Atelier allaitement à la PMI : ouvert à toutes les mamans.", OK, 0, ""},
		{"Le planning familial organise une permanence au lycée.", OK, 0, ""},
		{"Campagne : comment éviter que les jeunes tombent dans la drogue ?", OK, 0, ""},
	})
}
