package classify

import "testing"

// A person of the association named beside a cultural event keeps every
// guard: a relation word (« notre bénévole »), a private fact told now
// (health, family, address), an action of now or soon, contact details, a
// civility, an age. These values stay what they were before the cultural
// topic shape (cultural_topic.go) existed: none of them passes.
func TestCulturalTopicKeepsPersonsOfTheAssociation(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Hommage à Jean Dupont, notre bénévole décédé le mois dernier", Blocked, Personal, "name"},
		{"Hommage à Jean Dupont, qui sort d'une dépression", Blocked, Sensitive, "health"},
		{"Hommage à Pierre Roux, hospitalisé depuis lundi", Blocked, Sensitive, "health"},
		{"Concert de Kevin Laurent, qui est séropositif", Blocked, Sensitive, "health"},
		{"Exposition des dessins de Lucas Moreau, 8 ans, à la médiathèque", Doubt, Personal, ""},
		{"Exposition : dessins de Lina Benali, qui est en CE2", Blocked, Personal, "name"},
		{"Lecture de poèmes de Marie Lefort, qui viendra samedi", Doubt, Personal, ""},
		{"Chansons de Paul Girard, notre adhérent, au programme", Blocked, Personal, "name"},
		{"Exposition des photos de Sophie Marchal, 06 12 34 56 78", Blocked, Personal, "phone"},
		{"Poèmes de Mme Durand au programme de la soirée", Doubt, Personal, ""},
		{"Au programme : chansons de Nadia Haddad, qui vit seule avec ses trois enfants", Doubt, Personal, ""},
		{"Poèmes de Claire Martin, qui a appelé ce matin, au programme", Doubt, Personal, ""},
		{"Tribute to John Miller, our volunteer who passed away last month", Blocked, Personal, "name"},
		{"Songs by Emma Clark, who will come on Saturday", Doubt, Personal, ""},
		{"Exposition sur Jean Moulin : Karim Benchérif, bénévole, fera la visite", Blocked, Personal, "name"},
		// a role or a person noun that is no public title, a past illness, a workshop's bill
		{"Hommage à Paul Durand, ancien président de l'association", Doubt, Personal, ""},
		{"Poèmes de Léa Girard, élève de CM2", Doubt, Personal, ""},
		{"Chansons de Lucie Moreau, habitante du quartier", Doubt, Personal, ""},
		{"Tribute to Sam Lee, former treasurer of the club", Blocked, Personal, "name"},
		{"Hommage à Marc Blanc, qui a lutté contre le cancer pendant dix ans", Doubt, Personal, ""},
		{"Paul Martin au programme de l'atelier du mardi", Blocked, Personal, "name"},
	})
}

// A full name or a surname that is the topic or the author of a public
// cultural event or work (« hommage à », « chansons de », « au programme »,
// "tribute to", "songs by"), in a sentence with no tie to the association
// and no private fact, is a public figure even when no kept list holds it.
func TestCulturalTopicIsAPublicFigure(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Hommage à Robert Badinter, qui a aboli la peine de mort", OK, 0, ""},
		{"Concert : chansons de Brassens et Barbara", OK, 0, ""},
		{"Jean Moulin, héros de la Résistance, au programme de l'expo", OK, 0, ""},
		{"Lecture de poèmes de Louise Michel", OK, 0, ""},
		{"Soirée cinéma : film de Claude Sautet à la salle des fêtes", OK, 0, ""},
		{"Chansons de Georges Moustaki et de Serge Reggiani au café associatif", OK, 0, ""},
		{"Lecture de textes d'Annie Ernaux par la troupe du village", OK, 0, ""},
		{"Pièce de Yasmina Reza jouée par l'atelier théâtre samedi", OK, 0, ""},
		{"Tribute to Nina Simone at the community hall on Friday", OK, 0, ""},
		{"Poèmes de Maryse Condé lus par les jeunes du quartier", OK, 0, ""},
		{"Hommage à Georges Brassens", OK, 0, ""},
		{"Lecture de textes de Gisèle Halimi", OK, 0, ""},
	})
}

// The subject of a talk was public whatever followed it: a private fact
// or an action of now told of the subject keeps it a person too.
func TestTalkSubjectKeepsTheCulturalGuards(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Conférence sur Michel Petit, qui est hospitalisé depuis lundi.", Blocked, Sensitive, ""},
		{"Conférence sur Michel Petit, qui a appelé hier.", Blocked, Personal, ""},
		{"Conférence sur Victor Hugo à la médiathèque samedi.", OK, Public, ""},
		{"Talk on Martin Luther King at the library.", OK, Public, ""},
	})
}
