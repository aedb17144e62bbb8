package classify

import "testing"

// A special word in an everyday phrase of other_senses.txt tells no fact;
// the same word said of someone still does.
func TestEverydaySenseTellsNoFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Enceinte Bluetooth à gagner pour la fête de la musique !", OK, 0, ""},
		{"Rendez-vous à l'entrée de l'enceinte du stade municipal.", OK, 0, ""},
		{"Dégustation de vins à l'aveugle organisée par le comité des fêtes.", OK, 0, ""},
		{"Le club de natation a détenu le record régional du relais pendant dix ans.", OK, 0, ""},
		{"Fromage d'appellation d'origine protégée offert par la fromagerie.", OK, 0, ""},
		{"Route condamnée pour travaux : accès au stade par la rue Pasteur.", OK, 0, ""},
		{"Stage de karaté pour les ceintures noires, samedi au dojo.", OK, 0, ""},
		{"Black belt grading for the juniors on Saturday at the dojo.", OK, 0, ""},
		{"Nettoyage des plages après la marée noire : rendez-vous au port.", OK, 0, ""},
	})
}

func TestSameWordSaidOfSomeoneStays(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Ma voisine est enceinte de sept mois.", Blocked, Sensitive, "health"},
		{"La bénévole du jeudi est enceinte, elle ne porte plus les cartons.", Blocked, Sensitive, "health"},
		{"Le trésorier a été condamné pour vol.", Blocked, Sensitive, "criminal"},
		{"Karim est en dépression depuis son licenciement.", Blocked, Sensitive, "health"},
		{"Mon voisin est aveugle depuis l'accident, il faut l'accompagner au stade.", Blocked, Sensitive, "health"},
		{"Le détenu que nous visitons sort en mars.", Blocked, Sensitive, "criminal"},
		{"Le nouveau bénévole, peau noire, cherche un logement.", Blocked, Sensitive, "origin"},
	})
}

// A feast before its day is the feast ("Easter Monday"); a first name
// before a surname stays a name.
func TestFeastBeforeItsDay(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Office closed on Easter Monday; the food bank reopens on Wednesday.", OK, 0, ""},
		{"Noël Martin viendra lundi.", Blocked, Personal, "name"},
		{"Easter Smith called about the bin rota.", Blocked, Personal, "name"},
	})
}

// A sponsor thanked « pour son soutien » supports the association, not
// a party; a party or a politician after it is still an opinion.
func TestSupportThanked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Merci à Michelin pour son soutien à l'ASM Clermont handisport.", OK, 0, ""},
		{"Nous remercions la mairie pour son soutien à notre festival.", OK, 0, ""},
		{"Merci à Karim pour son soutien au Rassemblement national.", Blocked, Sensitive, "politics"},
		{"Paul apporte son soutien à la France insoumise.", Blocked, Sensitive, "politics"},
	})
}

// A colour that names a grade is no one's skin: the teacher named stays a
// person, not an origin.
func TestGradeColourIsNoOrigin(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Stage de judo encadré par Karim Bensaïd, ceinture noire 4e dan.", Blocked, Personal, "name"},
		{"Our coach Daniel Osei, a black belt, runs the Saturday class.", Blocked, Personal, "name"},
	})
}
