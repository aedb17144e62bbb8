package classify

import "testing"

// « Dans L'Avare, Harpagon… »: a sentence that opens inside a work whose
// title is written without quotes tells of characters; a place, an
// organisation or a state told of someone keeps the person.
func TestUnquotedTitleFrame(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Dans L'Avare, Harpagon enterre sa cassette au fond du jardin et soupçonne tout le monde de la lui voler.", OK, 0, ""},
		{"Dans Les Misérables, Fantine vend ses cheveux puis ses dents.", OK, 0, ""},
		{"In The Hobbit, Bilbo steals the ring from Gollum.", OK, 0, ""},
		{"Dans La Rochelle, Mme Roux est hospitalisée.", Blocked, 4, ""},
		{"Dans La Poste, Karim est en arrêt maladie.", Blocked, 4, ""},
		{"Dans Les Mureaux, Karim est séropositif.", Blocked, 4, ""},
		{"Dans Le Parisien, Paul Girard a raconté son cancer.", Blocked, 4, ""},
	})
}
