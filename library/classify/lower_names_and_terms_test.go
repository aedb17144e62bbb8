package classify

import "testing"

// Names typed in lower case: after an abbreviated civility any surname of
// the lists (even a word: « petit »), a first name and a surname that no
// dictionary knows, a list of surnames under a heading that names people.
func TestLowerCaseNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"mr et mme petit, separes depuis 2022, garde alternee une semaine sur deux", Blocked, Personal, "name"},
		{"mme blanc est venue", Blocked, Personal, "name"},
		{"m. martin viendra", Blocked, Personal, "name"},
		{"sophie tran tresoriere adjointe", Blocked, Personal, "name"},
		{"can u add kwame to the whatsapp grp, his no is on the sign in sheet", Blocked, Personal, "name"},
		{"IBAN FR76 3000 4000 0500 0012 3456 789 to reimburse Pierre's travel expenses", Blocked, Personal, "name"},
		{"liste des familles en retard de cotis: dupont, haddad, lefevre", Blocked, Personal, "name"},
		{"the twins from the yellow house at the end of rue pasteur", Blocked, Personal, "indirect"},

		{"bonjour madame blanche", OK, 0, ""},
		{"Recette : farine, sucre et beurre.", OK, 0, ""},
		{"villes partenaires : rennes, nantes, brest", OK, 0, ""},
		{"Our twin town in Germany sends a choir.", OK, 0, ""},
		{"add sugar to the tea", OK, 0, ""},
		{"The Rose's Garden café opens at 9.", OK, 0, ""},
	})
}

// Everyday and service words for health and faith, said of someone.
func TestEverydayHealthAndFaithWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"le petit Noah, 8 ans, porte des implants cochleaires depuis l'operation de juin", Blocked, Sensitive, "health"},
		{"Tom wears hearing aids.", Blocked, Sensitive, "health"},
		{"remind Mr Baptiste to take his tablets for his sugar at lunch", Blocked, Sensitive, "health"},
		{"Abdi can't do the Friday session, it clashes with jummah.", Blocked, Sensitive, "religion"},
		{"Karim est chez le médecin.", Blocked, Sensitive, "health"},
		{"Emmener karim chez le médecin jeudi.", Blocked, Sensitive, "health"},
		{"Rappel : rendez-vous chez le médecin à 14 h pour jade.", Blocked, Sensitive, "health"},
		{"Emmener les jumeaux chez le médecin, ils ont la varicelle.", Blocked, Sensitive, "health"},
		{"the lad from the thursday LGBT youth group, his parents dont know", Blocked, Sensitive, "sexuality"},
		{"the woman from the AA meeting called", Blocked, Sensitive, "health"},
		{"A nurse from the diabetes clinic will give a talk.", OK, 0, ""},
		{"la voisine est chez le médecin", Blocked, Sensitive, "health"},

		{"Atelier : entretenir ses appareils auditifs et son implant cochléaire.", OK, 0, ""},
		{"Thème de l'atelier : se repérer à l'hôpital et prendre rendez-vous chez le médecin", OK, 0, ""},
		{"Atelier : aller chez le médecin", OK, 0, ""},
	})
}

// Public text about health, law and faith: a definition with a relative
// clause about the thing, a vocabulary list, the grounds of a
// discrimination in the law, an exam class, an offer to the reader, a
// seated class.
func TestPublicTextAboutSensitiveTopics(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La rétinite pigmentaire est une maladie génétique de la rétine qui réduit progressivement le champ visuel.", OK, 0, ""},
		{"La tuberculose est une maladie infectieuse qui se soigne par antibiotiques.", OK, 0, ""},
		{"Vocabulary list for the unit: doctor, pharmacy, prescription, allergy, emergency number 15", OK, 0, ""},
		{"Liste de vocabulaire : médecin, pharmacie, ordonnance, allergie.", OK, 0, ""},
		{"Under the Equality Act 2010 it is unlawful to discriminate against someone because of disability, religion or sexual orientation.", OK, 0, ""},
		{"Il est interdit de discriminer quelqu'un en raison de son handicap, de sa religion ou de son orientation sexuelle.", OK, 0, ""},
		{"La loi interdit la discrimination en raison du handicap.", OK, 0, ""},
		{"Préparation au DELF A2 et au TCF pour la demande de carte de résident", OK, 0, ""},
		{"If you are struggling, Samaritans are free to call on 116 123, 24 hours a day.", OK, 0, ""},
		{"Chair yoga at St Mungo's Church Hall, Wednesdays 2pm, £2 suggested donation.", OK, 0, ""},

		{"La mucoviscidose est une maladie génétique qui touche notre trésorier.", Blocked, Sensitive, "health"},
		{"La mucoviscidose est une maladie génétique qui touche Karim.", Blocked, Sensitive, "health"},
		{"Vocabulaire : Karim, diabétique", Blocked, Sensitive, "health"},
		{"mots clés : le voisin, séropositif", Blocked, Sensitive, "health"},
		{"Vocabulaire : président séropositif, trithérapie", Blocked, Sensitive, "health"},
		{"Mots clés : rose diabétique, insuline", Blocked, Sensitive, "health"},
		{"Vocabulaire : les jumeaux, autisme, orthophoniste", Blocked, Sensitive, "health"},
		{"Vocabulary list: I have cancer, chemo", Blocked, Sensitive, "health"},
		{"Vocabulary list: chairman convicted, prison", Blocked, Sensitive, "criminal"},
		{"Le cancer est une maladie qui a emporté tonton l'an dernier.", Blocked, Sensitive, "health"},
		{"vocabulaire : la voisine diabétique", Blocked, Sensitive, "health"},
		{"discrimination en raison de son handicap", Blocked, Sensitive, "health"},
		{"a subi une discrimination en raison de son handicap au travail", Blocked, Sensitive, "health"},
		{"victime de discrimination à cause de sa religion", Blocked, Sensitive, "religion"},
		{"Karim a subi une discrimination en raison de sa religion.", Blocked, Sensitive, "religion"},
		{"préparation au tcf, il a une carte de résident depuis mars", Blocked, Sensitive, "origin"},
		{"The chair has cancer.", Blocked, Sensitive, "health"},
	})
}

// A board officer named under an office whose label holds the claim in
// brackets stays a doubt, even under a heading that says it is published.
func TestOfficerClaimInLabel(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Président (publié sur notre site) : Marc Dufresne", Doubt, 0, "name"},
		{"Président (publié sur le site) : Marc Dufresne", Blocked, Personal, "name"},
		{"Patient (publié sur notre site) : Marc Dufresne", Blocked, Personal, "name"},
		{"Président (pas sur notre site) : Marc Dufresne", Blocked, 0, ""},
		{"Président (non publié sur notre site) : Marc Dufresne", Blocked, Personal, "name"},
		{"Chair (removed from our website): Mark Jones", Blocked, Personal, "name"},
		{"Chair (listed on our website): Mark Jones; secretary: Sue Hill", Blocked, Personal, "name"},
	})
}

// Break-ins in the plural are internal news.
func TestBreakInsAreNews(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Deux cambriolages dans la résidence ce mois-ci, fermez bien vos portes.", Doubt, 0, "vague"},
		{"On a été cambriolés la semaine dernière.", Doubt, 0, "vague"},
	})
}

// What the reviewers slipped into the frames that free a special word:
// a name the shapes miss (« karim », « Rose », "Tom"), another clause, a
// fact that is not an appointment, one's own relative.
func TestFramesKeepTheFactsOfSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Atelier : chez le médecin, karim a le VIH.", Blocked, Sensitive, "health"},
		{"Atelier : chez le médecin, Pierre est musulman.", Blocked, Sensitive, "religion"},
		{"Participants : Pierre (diabète), Jean (asthme).", Blocked, Sensitive, "health"},
		{"L'islam, le judaïsme et le christianisme face à la conversion de Marine.", Blocked, Sensitive, "religion"},
		{"L'islam et le christianisme face au voile de Rose.", Blocked, Sensitive, "religion"},
		{"Groupe de parole pour les personnes séropositives, 3 place de la Mairie ; Rose y participe.", Blocked, Sensitive, "health"},
		{"Il est interdit de discriminer quelqu'un en raison de sa religion ; Pierre est musulman.", Blocked, Sensitive, "religion"},
		{"Il est interdit de discriminer quelqu'un en raison de son handicap ; karim est aveugle.", Blocked, Sensitive, "health"},
		{"Vocabulaire : hôpital, chimio, ordonnance, sophie.", Blocked, Sensitive, "health"},
		{"Vocabulary list: HIV, clinic, PrEP, Sam.", Blocked, Sensitive, "health"},
		{"Vocabulaire : hôpital, chimio, ordonnance, ma mère.", Blocked, Sensitive, "health"},
		{"Vocabulaire : VIH, schizophrénie. Jiahui a les deux.", Blocked, Sensitive, "health"},
		{"Vocabulaire : diabète, asthme, dépression (J.D.)", Blocked, Sensitive, "health"},
		{"Il est interdit de discriminer quelqu'un en raison de son handicap, comme Zéphyrin", Blocked, Sensitive, "health"},
		{"It is illegal to discriminate against someone because of their disability, as JD experienced", Blocked, Sensitive, "health"},
		{"Atelier : prendre rendez-vous chez le médecin pour Jiahui", Blocked, Sensitive, "health"},

		{"Le bouddhisme, l'islam, le judaïsme et le christianisme face à la mort.", OK, 0, ""},
		{"Conférence : islam et judaïsme, regards croisés.", OK, 0, ""},
		{"Permanence juridique gratuite pour les personnes sortant de détention : chaque mercredi de 10h à 12h, 12 rue Victor-Hugo.", Doubt, 0, "postal-address"},
		{"Bénévoles présents : Rose, Pierre et Claire.", Blocked, Personal, "name"},
	})
}

// The psychiatric hospital in everyday words, not a printer's brand.
func TestPsychiatricHospitalInEverydayWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"la maman du petit de la halte-garderie, elle sort de l'HP depuis pas longtemps", Blocked, Sensitive, "health"},
		{"l'imprimante HP est en panne", OK, 0, ""},
	})
}
