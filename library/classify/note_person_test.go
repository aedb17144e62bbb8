package classify

import "testing"

// A note without its subject is its person's: a feast or a fast said
// there is that person's practice; a reminder, a question or a public
// timetable has no person.
func TestNoteWithoutSubjectOwnsItsWeakWord(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Absente pendant le ramadan.", Blocked, Sensitive, "religion"},
		{"Ne vient pas pendant le ramadan.", Blocked, Sensitive, "religion"},
		{"Absente pour l'Aïd.", Blocked, Sensitive, "religion"},
		{"Absent during Passover.", Blocked, Sensitive, "religion"},

		{"Travaille pendant le ramadan mais ne mange pas le midi.", Blocked, Sensitive, "religion"},

		{"Ne pas programmer d'atelier pendant le ramadan.", OK, 0, ""},
		{"Est ouvert pendant le ramadan jusqu'à 19h.", OK, 0, ""},
		{"Va falloir adapter les horaires pendant le ramadan.", OK, 0, ""},
		{"Horaires adaptés pendant le ramadan.", OK, 0, ""},
		{"Pendant le ramadan, la distribution a lieu après 20h.", OK, 0, ""},
		{"Is it safe for an adult to take paracetamol and ibuprofen together for a sprained ankle?", OK, 0, ""},
	})
}

// An object pronoun before its verb stands for someone: a union's or a
// party's weak word is then that person's membership.
func TestObjectPronounOwnsItsWeakWord(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le syndicat l'a exclu.", Blocked, Sensitive, "union"},
		{"Le parti l'a investi aux municipales.", Blocked, Sensitive, "politics"},
		{"Le syndicat lui a proposé un poste.", Blocked, Sensitive, "union"},

		{"Le syndicat a appelé à la grève.", OK, 0, ""},
		{"Formation : le syndicat l'a organisée en mars ?", OK, 0, ""},
	})
}

// A note that opens on the practice of a feast or a fast, or on its
// person's absence, is that person's, even with the feast in the plural
// (« les fêtes juives ») or in a heading before a note without subject.
// A reminder, a timetable and the feast as an event stay public.
func TestNoteOpenedOnAPracticeOwnsItsFeast(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Jeûne pendant le ramadan, éviter les goûters.", Blocked, Sensitive, "religion"},
		{"Jeune pendant le careme", Blocked, Sensitive, "religion"},
		{"Suit le ramadan, repas à part.", Blocked, Sensitive, "religion"},
		{"Fait son ramadan cette année.", Blocked, Sensitive, "religion"},
		{"Observe le shabbat, pas d'activité le samedi.", Blocked, Sensitive, "religion"},
		{"Fasting during Ramadan, no snacks please.", Blocked, Sensitive, "religion"},
		{"Ramadan : ne mange pas avant 18h.", Blocked, Sensitive, "religion"},
		{"Absente pendant les fêtes juives.", Blocked, Sensitive, "religion"},
		{"Excusé : fêtes juives.", Blocked, Sensitive, "religion"},

		{"Jeûne du ramadan : horaires d'ouverture adaptés.", OK, 0, ""},
		{"Ramadan : ne pas programmer d'atelier le soir.", OK, 0, ""},
		{"Ramadan : l'accueil ferme à 17h.", OK, 0, ""},
		{"Fait le point sur le ramadan avec l'équipe.", OK, 0, ""},
		{"Fête du ramadan samedi au centre social.", OK, 0, ""},
		{"Suit-on le ramadan pour les horaires ?", OK, 0, ""},
	})
}

// A word that describes a person by itself, opening a note before a
// comma, is the note's person's, even beside a workshop; an absence said
// in a note's heading owns the special word after it. An appeal to the
// reader, a heading on the word and a group's absence stay public.
func TestNoteOpenedOnAConditionOrAnAbsence(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Diabétique insulinodépendante, prévoir une collation pendant l'atelier.", Blocked, Sensitive, "health"},
		{"Diabétique, prévoir une collation pendant l'atelier.", Blocked, Sensitive, "health"},
		{"Cours de FLE : absent car en garde à vue depuis hier.", Blocked, Sensitive, "criminal"},
		{"Trésorier : absent — cure alcoologie.", Blocked, Sensitive, "health"},
		{"Absent depuis son arrestation.", Blocked, Sensitive, "criminal"},
		{"Workshop attendance: absent since his arrest last Friday.", Blocked, Sensitive, "criminal"},

		{"Diabétique ? Venez à l'atelier cuisine.", OK, 0, ""},
		{"Diabétique, venez à l'atelier cuisine du jeudi.", OK, 0, ""},
		{"Diabétiques, venez à l'atelier cuisine du jeudi.", OK, 0, ""},
		{"Diabétique : les bons réflexes, atelier du jeudi.", OK, 0, ""},
		{"Atelier cuisine : absents excusés pour cause de grève SNCF.", OK, 0, ""},
		{"L'arrestation de Jean Moulin à Caluire en 1943.", OK, 0, ""},
	})
}
