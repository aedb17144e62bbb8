package classify

import "testing"

// A special-category word in a whole statement that names and points at
// no one is a doubt, not a block: a human looks, nothing is copied
// unseen. The same words in a field's value, a note on a file, or beside
// a person, a pronoun, a moment or an age keep the precaution's block.
func TestGeneralStatementOfTheWorldIsADoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les lecteurs de glycémie en continu sont désormais remboursés par l'Assurance maladie.", Doubt, Sensitive, "health"},
		{"La rééducation après une fracture du col du fémur dure plusieurs mois en moyenne.", Doubt, Sensitive, "health"},
		{"Résume en quelques lignes simples les règles de la protection subsidiaire.", Doubt, Sensitive, "origin"},
		{"The dialysis units of the region were reorganised by the health authority.", Doubt, Sensitive, "health"},
	})
}

func TestSpecialFactNearSomeoneStaysBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// a field's value, a note on a file
		{"Insuline matin et soir", Blocked, Sensitive, "health"},
		{"Rééducation du genou gauche, séances à reprendre en janvier", Blocked, Sensitive, "health"},
		// a person's noun, a pronoun or a possessive
		{"La rééducation du gardien du gymnase durera encore plusieurs semaines.", Blocked, Sensitive, "health"},
		{"Sa rééducation après la fracture du col du fémur dure plusieurs mois.", Blocked, Sensitive, "health"},
		{"The dialysis unit he goes to was reorganised by the health authority.", Blocked, Sensitive, "health"},
		// a moment, an age, a name, initials
		{"La chimiothérapie commence lundi prochain à la clinique du Parc.", Blocked, Sensitive, "health"},
		{"La rééducation, 67 ans, après une fracture du col du fémur, durera plusieurs mois.", Blocked, Sensitive, "health"},
		{"La rééducation de Ty après la fracture du col du fémur dure plusieurs mois.", Blocked, Sensitive, "health"},
		{"La rééducation de JPM après la fracture du col du fémur dure plusieurs mois.", Blocked, Sensitive, "health"},
		// a word that describes someone by itself, biometrics
		{"La salariée hospitalisée depuis mars ne reprendra pas avant l'été prochain.", Blocked, Sensitive, "health"},
		{"Le nouveau lecteur d'empreintes digitales enregistre les entrées du local associatif.", Blocked, Sensitive, "biometric"},
	})
}

// « interné » written without its accents is « interne »: a document
// kept inside, a boarder, an intern, no psychiatric internment.
func TestInterneIsNoInternment(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Contrôle interne des caisses prévu avant l'assemblée générale.", Doubt, Personal, "internal"},
		{"Les internes du lycée agricole dînent à 19 h au réfectoire.", OK, 0, ""},
		// an « interne » is a boarder or an intern: someone
		{"La seule interne de 4e qui rentre chez elle le mercredi habite Saint-Agrève.", Blocked, Personal, "indirect"},
		{"Son frère a été interné en psychiatrie le mois dernier.", Blocked, Sensitive, "health"},
	})
}

// Amounts in a document marked internal are the association's unpublished
// finances; the mark alone on a figure, a survey, a vote is a doubt.
func TestDocumentMarkedInternal(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Budget interne de la fête du quartier : 3 400 € de dépenses, 2 100 € de recettes.", Blocked, Sensitive, "finance"},
		{"Résultats du sondage interne sur les horaires de l'accueil : à discuter au bureau.", Doubt, Personal, "internal"},
		{"Chiffre interne : les inscriptions à l'atelier couture ont baissé de moitié.", Doubt, Personal, "internal"},
	})
}

// Excision is a health fact about the person it was done to.
func TestExcisionIsHealth(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mariam a subi une excision à six ans, elle en parle à sa conseillère.", Blocked, Sensitive, "health"},
		{"She told our caseworker about her FGM last week.", Blocked, Sensitive, "health"},
	})
}
