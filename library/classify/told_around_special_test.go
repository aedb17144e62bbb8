package classify

import "testing"

// A special fact told around its noun — by a device (« une pile au
// cœur »), a machine, a treatment's nickname (« ses séances de rayons »),
// slang (« touche à la blanche »), a practice (« ne rate jamais la
// messe ») or a measure (« un bracelet à la cheville ») — is category 4
// about the person the sentence points at
// (lexicon/data/phrases/told_around_special_terms.txt). The same words
// about nobody pass, and the everyday senses of the words about a person
// (a shop's shelves, a drink) stay personal data, category 3.
func TestSpecialFactsToldAroundTheNoun(t *testing.T) {
	for _, kind := range []struct {
		name  string
		cases []ruleCase
	}{
		{"health devices and care", []ruleCase{
			{"Josette a une pile au cœur, elle ne passe pas les portiques", Blocked, Sensitive, ""},
			{"M. Fabre est branché à la machine trois après-midi par semaine", Blocked, Sensitive, ""},
			{"Ginette a ses séances de rayons le matin, elle vient l'après-midi", Blocked, Sensitive, ""},
			{"Lucien est en soins de confort depuis dimanche, visites courtes", Blocked, Sensitive, ""},
			{"Fanny attend les résultats de sa biopsie, ménagez-la", Blocked, Sensitive, ""},
			{"Papi René a du sucre, pas de gâteau pour lui", Blocked, Sensitive, ""},
			{"Our chair Moira is undergoing radiotherapy until Easter", Blocked, Sensitive, ""},
			{"Ken's biopsy results came back, he'll tell you himself", Blocked, Sensitive, ""},
			{"Mme Girard n'entend que d'une oreille, asseyez-vous à sa droite", Blocked, Sensitive, ""},
			{"Le vieux Marcel n'entend rien sans ses appareils", Blocked, Sensitive, ""},
			{"Nadine ne peut pas avoir d'enfants, évitez les questions", Blocked, Sensitive, ""},
			{"Éric broie du noir depuis son licenciement, sa femme s'inquiète", Blocked, Sensitive, ""},
			{"Sandrine prend des cachets pour tenir, elle me l'a dit", Blocked, Sensitive, ""},
			{"Rachel's dad is in a hospice now", Blocked, Sensitive, ""},
			{"Rachid revient de trois semaines au Vinatier, allez-y doucement", Blocked, Sensitive, ""},
			{"Odile a des problèmes cardiaques, pas de randonnée longue pour elle", Blocked, Sensitive, ""},
			{"Messe de Noël à Sainte-Anne, ouverte à tous", OK, 0, ""},
			{"Élodie attend son deuxième, bébé prévu pour avril", Blocked, Sensitive, ""},
			{"Mme Perret fait de la tension, pas de charcuterie pour elle", Blocked, Sensitive, ""},
			{"Ray is on the mend after his op, back on the rota in May", Blocked, Sensitive, ""},
			{"Campagne contre l'hypertension : prise de tension gratuite au marché samedi", OK, 0, ""},
			{"Maurice est sorti de l'hôpital hier, il reprend la chorale en janvier", Blocked, Sensitive, ""},
			{"Atelier « le diabète, parlons-en » : votre taux de sucre expliqué, entrée libre", OK, 0, ""},
			{"Conférence sur les soins de confort en fin de vie, ouverte à tous", OK, 0, ""},
			{"Michel range les rayons du magasin le samedi", Blocked, Personal, ""},
			{"Sylvie apporte du sucre et de la farine pour les crêpes", Blocked, Personal, ""},
		}},
		{"drink and drugs", []ruleCase{
			{"Bruno est à trois ans sans alcool, pas de bouteille sur sa table", Blocked, Sensitive, ""},
			{"Le fils Lopez touche à la blanche, sa tante s'inquiète", Blocked, Sensitive, ""},
			{"Dylan fume du shit dans le local le soir", Blocked, Sensitive, ""},
			{"Gary is five years sober and runs the quiz", Blocked, Sensitive, ""},
			{"Lee has stayed dry since March, keep him off the bar", Blocked, Sensitive, ""},
			{"Soirée sans alcool pour les jeunes du quartier, ouverte à tous", OK, 0, ""},
			{"Mois sans tabac : stand d'information au marché samedi", OK, 0, ""},
		}},
		{"faith practice", []ruleCase{
			{"Mme Caron ne rate jamais la messe, pas de permanence le dimanche pour elle", Blocked, Sensitive, ""},
			{"Samir ne mange rien la journée en ce moment, gardez-lui une part pour le soir", Blocked, Sensitive, ""},
			{"Le curé a donné les derniers sacrements au père de Jeanne", Blocked, Sensitive, ""},
			{"Bridget never misses mass, so not the Sunday shift", Blocked, Sensitive, ""},
			{"Concert de Noël à la messe de minuit, ouvert à tous", OK, 0, ""},
		}},
		{"union, sex life, papers, prison", []ruleCase{
			{"Sébastien est délégué dans sa boîte, il sera pris par la mobilisation interpro", Blocked, Sensitive, ""},
			{"Lina sort avec une fille du club, ne dites rien à ses parents", Blocked, Sensitive, ""},
			{"Please don't out him to the team, Jamie asked me", Blocked, Sensitive, ""},
			{"Ousmane n'a plus de papiers depuis l'été, il dort chez un cousin", Blocked, Sensitive, ""},
			{"Le neveu de Mme Roux est sorti de Fleury en octobre", Blocked, Sensitive, ""},
			{"Le trésorier a un bracelet à la cheville jusqu'en juin", Blocked, Sensitive, ""},
			{"Tony is out on licence, he has to be home by nine", Blocked, Sensitive, ""},
			{"Mickaël a eu des ennuis avec la justice, il ne peut plus encadrer les mineurs", Blocked, Sensitive, ""},
			{"Yvan est interdit de stade depuis le derby, il ne vient plus aux sorties", Blocked, Sensitive, ""},
			{"Le beau-frère de Mme Laurent a été pris la main dans le sac à la supérette", Blocked, Sensitive, ""},
			{"Carl got nicked for fighting outside the pub, he's not on the rota", Blocked, Sensitive, ""},
			{"Bruno a un passé judiciaire, pas d'encadrement des mineurs pour lui", Blocked, Sensitive, ""},
			{"Le cousin de Mme Faure est en liberté conditionnelle jusqu'en 2027", Blocked, Sensitive, ""},
			{"Conférence : la liberté conditionnelle, quel bilan ? Entrée libre", OK, 0, ""},
			{"Le grand frère de Yanis est passé en correctionnelle jeudi", Blocked, Sensitive, ""},
			{"Gavin did eight months for ABH, he's on a tag now", Blocked, Sensitive, ""},
			{"Visite de la centrale nucléaire de Flamanville, samedi", OK, 0, ""},
			{"Marche au départ de Fleury-sur-Orne, dimanche 9 h, gratuite", OK, 0, ""},
			{"Débat : la justice des mineurs, avec un juge et un éducateur, entrée libre", OK, 0, ""},
			{"Atelier bracelets brésiliens pour les enfants, mercredi 14 h", OK, 0, ""},
		}},
		{"gender change and paid sex told by the act", []ruleCase{
			{"Camille, du groupe du jeudi, a changé de sexe l'an dernier, elle ne veut pas qu'on en parle", Blocked, Sensitive, "sexuality"},
			{"Robin est sous hormones depuis l'été et demande le vestiaire des garçons", Blocked, Sensitive, "sexuality"},
			{"Le mari de Josy paie des filles à la sortie du bar, elle l'a découvert", Blocked, Sensitive, "sexuality"},
			{"Our chairman Clive pays for sex on his business trips, his wife found out", Blocked, Sensitive, "sexuality"},
			{"Table ronde : les personnes trans et l'accès aux soins, entrée libre", OK, 0, ""},
		}},
	} {
		t.Run(kind.name, func(t *testing.T) { runRuleCases(t, kind.cases) })
	}
}

// A troubled mind in other tenses and genders is told; figures that
// speak for themselves, a character, a toddler, being disturbed by a
// noise and « cingler » are not.
func TestTroubledMindAndItsIdioms(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les deux sœurs du 3e parlent toutes seules dans la cour.", Blocked, Sensitive, "health"},
		{"My neighbour talked to himself all night.", Blocked, Sensitive, "health"},
		{"Ma voisine est un brin dérangée.", Blocked, Sensitive, "health"},
		{"Mon voisin est complètement cinglé, il crie la nuit.", Blocked, Sensitive, "health"},
	})
	for _, text := range []string{"Le bilan financier de notre trésorier parle tout seul : +12 % de dons.",
		"Les chiffres de notre présidente parlent tout seuls.", "Le trésorier était un peu dérangé par le bruit des travaux.",
		"Le vent a cinglé le visage de mon voisin.", "Notre présidente a une idée un peu cinglée : courir le marathon déguisée.",
		"Le fils de ma voisine, 2 ans, parle tout seul dans son lit le soir."} {
		if r := New(Rules{}).Classify(text); r.Category == Sensitive {
			t.Errorf("%q: %v, want no sensitive finding", text, r.Findings)
		}
	}
}

// Slang of prison, drink, drugs and pregnancy near a role is a fact
// about that person; a check of records for everyone is not.
func TestSlangNearARole(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"L'animateur a pris du ferme.", Blocked, Sensitive, "criminal"},
		{"The caretaker hits the bottle every night.", Blocked, Sensitive, "health"},
		{"The treasurer got a DUI.", Blocked, Sensitive, "criminal"},
		{"The secretary is up the duff.", Blocked, Sensitive, "health"},
		{"Three of the boys in the hostel have criminal records.", Blocked, Sensitive, "criminal"},
		{"Criminal records checks for all volunteers.", OK, 0, ""},
	})
}
