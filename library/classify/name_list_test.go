package classify

import "testing"

// A list of first names typed in lower case names people; a list of
// flowers, days or towns does not.
func TestLowerCaseListOfFirstNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"présents : sandrine, kevin, mohamed et la nouvelle", Blocked, Personal, "name"},
		{"absents excusés : nadia et thierry", Blocked, Personal, "name"},
		{"dispo samedi : karim, lucas", Blocked, Personal, "name"},
		{"on a vu rose, olive et jasmin au marché aux fleurs", OK, 0, ""},
		{"lundi, mardi et jeudi de 14 h à 17 h", OK, 0, ""},
		{"paris, lyon et marseille accueillent le festival", OK, 0, ""},
	})
}

// A list of surnames after a label names people; a list of communes, of
// brands, or of famous surnames in a programme does not.
func TestSurnameListAfterALabelIsNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Ordre de passage : Kerjean, Bouaziz, Lefèvre, Santoni, Nowak.", Blocked, Personal, "name"},
		{"Retards de cotisation : Giraud (2023), Benhamou (2024), Lopes (2024).", Blocked, Personal, "name"},
		{"Binômes pour la maraude : Moreau/Tall, Kermarrec/Pinto.", Blocked, Personal, "name"},
		{"Chauffeurs de la semaine : Bensalem ; Kowalczyk ; Le Dantec ; Ferreira.", Blocked, Personal, "name"},
		{"Still to pay: Okafor, Kowalski and Nguyen.", Blocked, Personal, "name"},
		{"Étapes : Montbrison, Feurs, Boën, Roanne.", OK, 0, ""},
		{"Partenaires : Leclerc, Carrefour, Intermarché, Lidl.", OK, 0, ""},
		{"Au programme du concert : Debussy, Ravel, Satie, Fauré.", OK, 0, ""},
		{"Ingrédients : farine, sucre, beurre, œufs.", OK, 0, ""},
	})
}
